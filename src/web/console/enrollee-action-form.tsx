// An enrollee action taken on the caller's behalf: the action the enrollment state allows, what it
// needs (the plan, the life event), and a reason, which is required because the change is recorded
// under the specialist's name and audited. Sent with the state's ETag, so a change made meanwhile by
// someone else is refused rather than overwritten.
import { Alert, AlertText, Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { plansQuery, type PayFrequency } from './caller-plan.ts';
import type { PlanOffer, RecordedTransition } from './console-types.ts';
import { CoverageFields, LifeEventFields } from './enrollee-action-fields.tsx';
import {
  EMPTY_ACTION,
  enrolleeActionBody,
  enrolleeActionErrors,
  needsCoverage,
  type ConsoleAction,
  type EnrolleeActionField,
  type EnrolleeActionValues,
} from './enrollee-action.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { fieldMessages } from '../forms/field-messages.ts';
import { SelectField } from '../forms/select-field.tsx';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { hasErrors, serverFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import { useAction } from '../api/use-action.ts';

const ORDER: readonly EnrolleeActionField[] = [
  'action',
  'event',
  'eventDate',
  'change',
  'enrollmentType',
  'enrollmentCode',
  'reason',
];

export function EnrolleeActionForm({
  personId,
  etag,
  actions,
  openSeasonId,
  payFrequency,
  residenceState,
  actor,
  onDone,
}: {
  personId: number;
  etag: string | null;
  actions: readonly ConsoleAction[];
  openSeasonId: string;
  /** The caller's pay frequency: the premiums the picker shows are theirs. */
  payFrequency: PayFrequency;
  /** The caller's state: only the plans offered there are offered (null: nationwide plans only). */
  residenceState: string | null;
  actor: string;
  onDone: (recorded: RecordedTransition) => void;
}) {
  const { t } = useTranslation('console');
  const [values, setValues] = useState<EnrolleeActionValues>(EMPTY_ACTION);
  const [errors, setErrors] = useState<FieldErrors<EnrolleeActionField>>({});
  const action = useAction<RecordedTransition>();
  const coverage = needsCoverage(values.action);
  const plans = useApi<{ items: PlanOffer[] }>(
    coverage && values.enrollmentType
      ? plansQuery({ payFrequency, enrollmentType: values.enrollmentType, residenceState })
      : null,
  );
  const set = (field: EnrolleeActionField) => (value: string) =>
    setValues((previous) => ({
      ...previous,
      [field]: value,
      // A plan chosen for one enrollment type is not a plan of another.
      ...(field === 'enrollmentType' ? { enrollmentCode: '' } : {}),
    }));
  const labels: Record<EnrolleeActionField, string> = {
    action: t('act.action'),
    event: t('act.event'),
    eventDate: t('act.eventDate'),
    change: t('act.change'),
    enrollmentType: t('act.enrollmentType'),
    enrollmentCode: t('act.plan'),
    reason: t('act.reason'),
  };
  const messages = fieldMessages(
    { ...serverFieldErrors(action.problem, ORDER), ...errors },
    ORDER,
    (field) => `act-${field}`,
    (key, field) => t(key, { field: labels[field] }),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = enrolleeActionErrors(values);
    setErrors(found);
    if (hasErrors(found)) return;
    const recorded = await action.run(async () => {
      const body = enrolleeActionBody(values, plans.data?.items ?? [], openSeasonId);
      const { data } = await postJson<RecordedTransition>(`persons/${personId}/transitions`, body, {
        ifMatch: etag,
      });
      return data;
    });
    if (recorded) {
      setValues(EMPTY_ACTION);
      onDone(recorded);
    }
  };

  return (
    <Form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="act-heading"
      className="maxw-full"
    >
      <Alert type="info" slim>
        <AlertText data-testid="act-audit-notice">{t('act.auditNotice', { actor })}</AlertText>
      </Alert>
      <ErrorSummary items={messages.summary} area="console" />
      {action.problem ? <ProblemAlert problem={action.problem} heading={t('act.failed')} /> : null}
      <SelectField
        id="act-action"
        label={labels.action}
        value={values.action}
        onChange={(value) => setValues({ ...EMPTY_ACTION, action: value, reason: values.reason })}
        error={messages.message('action')}
        required
        placeholder={t('form.choose')}
        choices={actions.map((name) => ({ value: name, label: t(`act.actions.${name}`) }))}
      />
      {values.action === 'life_event_change' ? (
        <LifeEventFields values={values} labels={labels} set={set} message={messages.message} />
      ) : null}
      {coverage ? (
        <CoverageFields
          values={values}
          labels={labels}
          set={set}
          message={messages.message}
          plans={plans}
          residenceState={residenceState}
        />
      ) : null}
      <TextAreaField
        inputClassName="height-10"
        id="act-reason"
        label={labels.reason}
        hint={t('act.reasonHint')}
        value={values.reason}
        onChange={set('reason')}
        error={messages.message('reason')}
        required
      />
      <Button type="submit" disabled={action.pending} data-testid="act-submit">
        {t('act.submit')}
      </Button>
    </Form>
  );
}
