// The fields an enrollee action needs beyond the action and its reason: the life event (what, when,
// and which change it permits) and the coverage (enrollment type, then a plan offered for it).
import { useTranslation } from 'react-i18next';
import type { ApiState } from '../api/use-api.ts';
import { LIFE_EVENT_CHANGES, LIFE_EVENTS } from '../api/life-events.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { SelectField } from '../forms/select-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { useFormat } from '../i18n/format.ts';
import { byEnrolleePremium } from './caller-plan.ts';
import { ENROLLMENT_TYPES, type PlanOffer } from './console-types.ts';
import type { EnrolleeActionField, EnrolleeActionValues } from './enrollee-action.ts';

export interface ActionFieldsProps {
  readonly values: EnrolleeActionValues;
  readonly labels: Readonly<Record<EnrolleeActionField, string>>;
  /** Sets one field's value. */
  readonly set: (field: EnrolleeActionField) => (value: string) => void;
  /** The message to show under a field, or nothing. */
  readonly message: (field: EnrolleeActionField) => string | undefined;
}

export function LifeEventFields({ values, labels, set, message }: ActionFieldsProps) {
  const { t } = useTranslation('console');
  return (
    <>
      <SelectField
        id="act-event"
        label={labels.event}
        value={values.event}
        onChange={set('event')}
        error={message('event')}
        required
        placeholder={t('form.choose')}
        choices={LIFE_EVENTS.map((name) => ({ value: name, label: t(`act.events.${name}`) }))}
      />
      <TextField
        id="act-eventDate"
        label={labels.eventDate}
        type="date"
        value={values.eventDate}
        onChange={set('eventDate')}
        error={message('eventDate')}
        required
      />
      <SelectField
        id="act-change"
        label={labels.change}
        value={values.change}
        onChange={set('change')}
        error={message('change')}
        required
        placeholder={t('form.choose')}
        choices={LIFE_EVENT_CHANGES.map((name) => ({ value: name, label: t(`act.changes.${name}`) }))}
      />
    </>
  );
}

export function CoverageFields({
  values,
  labels,
  set,
  message,
  plans,
  residenceState,
}: ActionFieldsProps & {
  /** The plans offered for the chosen enrollment type where the caller lives (none asked for until one is chosen). */
  readonly plans: ApiState<{ items: PlanOffer[] }>;
  readonly residenceState: string | null;
}) {
  const { t } = useTranslation('console');
  const format = useFormat();
  return (
    <>
      <SelectField
        id="act-enrollmentType"
        label={labels.enrollmentType}
        value={values.enrollmentType}
        onChange={set('enrollmentType')}
        error={message('enrollmentType')}
        required
        placeholder={t('form.choose')}
        choices={ENROLLMENT_TYPES.map((type) => ({ value: type, label: t(`enrollmentTypes.${type}`) }))}
      />
      {plans.error ? <ProblemAlert problem={plans.error} /> : null}
      <SelectField
        id="act-enrollmentCode"
        label={labels.enrollmentCode}
        hint={
          !values.enrollmentType
            ? t('act.planHint')
            : residenceState
              ? t('act.planArea', { state: residenceState })
              : t('act.planAbroad')
        }
        value={values.enrollmentCode}
        onChange={set('enrollmentCode')}
        error={message('enrollmentCode')}
        required
        placeholder={t('form.choose')}
        choices={byEnrolleePremium(plans.data?.items ?? []).map((offer) => ({
          value: offer.enrollmentCode,
          label: t('act.planChoice', {
            code: offer.enrollmentCode,
            plan: offer.plan.name,
            option: offer.option.name,
            premium: t(`act.premiumPer.${offer.payFrequency}`, {
              amount: format.money(offer.premium.enrollee),
            }),
          }),
        }))}
      />
    </>
  );
}
