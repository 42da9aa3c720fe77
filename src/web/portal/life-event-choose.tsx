// The first step of a life-event report: what happened and when, the change asked for, who the new
// person is when the change covers more people, and the plan and enrollment type wanted (the current
// ones chosen to start with). Nothing is sent from here: Continue checks the form and shows the check step.
import { Button, Form, Radio } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { LIFE_EVENT_CHANGES, LIFE_EVENTS } from '../api/life-events.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import type { FieldErrors } from '../forms/field-errors.ts';
import { fieldMessages } from '../forms/field-messages.ts';
import { FieldsetField } from '../forms/form-field.tsx';
import { SelectField } from '../forms/select-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { StepHeading } from './flow-steps.tsx';
import {
  addsPerson,
  NEW_PERSON_RELATIONSHIPS,
  type LifeEventField,
  type LifeEventValues,
} from './life-event-form.ts';
import { MemorableDate } from './memorable-date.tsx';
import type { PlanOption } from './plan-options.ts';
import { ENROLLMENT_TYPES } from './portal-types.ts';

export const LIFE_EVENT_FIELD_IDS: Record<LifeEventField, string> = {
  event: 'life-event',
  eventDate: 'life-event-date',
  change: 'life-event-change',
  personName: 'life-event-person-name',
  personBirthDate: 'life-event-person-birth',
  relationship: 'life-event-relationship',
  planOption: 'life-event-plan',
  enrollmentType: 'life-event-type',
};
const IDS = LIFE_EVENT_FIELD_IDS;

/** Radios for one question, each labelled by its translation. */
function RadioChoice({
  id,
  name,
  choices,
  labelOf,
  value,
  onChange,
}: {
  id: string;
  name: string;
  choices: readonly string[];
  labelOf: (choice: string) => string;
  value: string;
  onChange: (choice: string) => void;
}) {
  return choices.map((choice) => (
    <Radio
      key={choice}
      id={`${id}-${choice}`}
      name={name}
      value={choice}
      label={labelOf(choice)}
      checked={value === choice}
      onChange={() => onChange(choice)}
    />
  ));
}

function NewPersonFields({
  values,
  set,
  message,
}: {
  values: LifeEventValues;
  set: (change: Partial<LifeEventValues>) => void;
  message: (field: LifeEventField) => string | undefined;
}) {
  const { t } = useTranslation('portal');
  return (
    <fieldset className="usa-fieldset margin-top-4" data-testid="life-event-person">
      <legend className="usa-legend usa-legend--large">{t('lifeEvent.person.heading')}</legend>
      <p className="usa-hint">{t('lifeEvent.person.hint')}</p>
      <TextField
        id={IDS.personName}
        label={t('lifeEvent.person.name')}
        error={message('personName')}
        value={values.personName}
        onChange={(personName) => set({ personName })}
        maxLength={100}
        autoComplete="off"
      />
      <MemorableDate
        id={IDS.personBirthDate}
        legend={t('lifeEvent.person.birthDate')}
        value={{ month: values.personMonth, day: values.personDay, year: values.personYear }}
        error={message('personBirthDate')}
        onChange={(date) => set({ personMonth: date.month, personDay: date.day, personYear: date.year })}
      />
      <FieldsetField
        id={IDS.relationship}
        legend={t('lifeEvent.person.relationship')}
        error={message('relationship')}
      >
        <RadioChoice
          id={IDS.relationship}
          name="relationship"
          choices={NEW_PERSON_RELATIONSHIPS}
          labelOf={(choice) => t(`lifeEvent.person.relationships.${choice}`)}
          value={values.relationship}
          onChange={(relationship) => set({ relationship })}
        />
      </FieldsetField>
    </fieldset>
  );
}

export function LifeEventChooseStep({
  values,
  set,
  errors,
  attempt,
  options,
  onContinue,
}: {
  values: LifeEventValues;
  set: (change: Partial<LifeEventValues>) => void;
  errors: FieldErrors<LifeEventField>;
  /** Failed tries so far, so the summary takes focus again when the same problems remain. */
  attempt: number;
  options: readonly PlanOption[];
  onContinue: () => void;
}) {
  const { t } = useTranslation('portal');
  const { message, summary } = fieldMessages(
    errors,
    Object.keys(IDS) as LifeEventField[],
    (field) => IDS[field],
    (key) => t(key),
  );
  return (
    <Form onSubmit={(event) => (event.preventDefault(), onContinue())} large noValidate>
      <StepHeading>{t('lifeEvent.chooseHeading')}</StepHeading>
      <ErrorSummary items={summary} area="portal" attempt={attempt} />
      <SelectField
        id={IDS.event}
        name="event"
        label={t('lifeEvent.event')}
        error={message('event')}
        value={values.event}
        onChange={(event) => set({ event })}
        placeholder={t('form.select')}
        choices={LIFE_EVENTS.map((event) => ({ value: event, label: t(`lifeEvents.${event}`) }))}
      />
      <MemorableDate
        id={IDS.eventDate}
        legend={t('lifeEvent.date')}
        value={values}
        error={message('eventDate')}
        onChange={(date) => set(date)}
      />
      <FieldsetField id={IDS.change} legend={t('lifeEvent.change')} error={message('change')}>
        <RadioChoice
          id={IDS.change}
          name="change"
          choices={LIFE_EVENT_CHANGES}
          labelOf={(change) => t(`lifeEventChanges.${change}`)}
          value={values.change}
          onChange={(change) => set({ change })}
        />
      </FieldsetField>
      {addsPerson(values) ? <NewPersonFields values={values} set={set} message={message} /> : null}
      <SelectField
        id={IDS.planOption}
        name="plan"
        label={t('lifeEvent.plan')}
        hint={t('lifeEvent.planHint')}
        error={message('planOption')}
        value={values.planOption}
        onChange={(planOption) => set({ planOption })}
        placeholder={t('form.select')}
        choices={options.map((option) => ({ value: option.key, label: option.label }))}
      />
      <FieldsetField id={IDS.enrollmentType} legend={t('lifeEvent.type')} error={message('enrollmentType')}>
        <RadioChoice
          id={IDS.enrollmentType}
          name="enrollmentType"
          choices={ENROLLMENT_TYPES}
          labelOf={(type) => t(`types.${type}`)}
          value={values.enrollmentType}
          onChange={(enrollmentType) => set({ enrollmentType })}
        />
      </FieldsetField>
      <Button type="submit" data-testid="life-event-continue">
        {t('enroll.continue')}
      </Button>
    </Form>
  );
}
