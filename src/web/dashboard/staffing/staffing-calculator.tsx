// The Erlang staffing calculator: calls in an interval, how long they take and the target in; the
// fewest agents meeting the target out (Erlang C, or Erlang A when callers' patience is given, since
// callers who hang up change the answer). Problems are named by field, in a summary and at each field.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/api-problem.ts';
import { postJson } from '../../api/client.ts';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { StaffingResult } from '../dashboard-api-types.ts';
import { ErrorSummary } from '../../forms/error-summary.tsx';
import { SelectField } from '../../forms/select-field.tsx';
import { TextField } from '../../forms/text-field.tsx';
import {
  checkStaffingForm,
  fieldOfPath,
  STAFFING_DEFAULTS,
  STAFFING_FIELDS,
  type StaffingField,
  type StaffingFormValues,
} from './staffing-form-values.ts';
import { StaffingResultView } from './staffing-result.tsx';

const fieldId = (field: StaffingField) => `staffing-${field}`;

export function StaffingCalculator() {
  const { t } = useTranslation('dashboard');
  const [values, setValues] = useState<StaffingFormValues>(STAFFING_DEFAULTS);
  const [errors, setErrors] = useState<Partial<Record<StaffingField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ plan: StaffingResult; values: StaffingFormValues } | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: StaffingField) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const messageFor = (field: StaffingField, problemKey: string) =>
    t(`staffing.errors.${problemKey}`, { field: t(`staffing.fields.${field}`) });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const check = checkStaffingForm(values);
    if (!check.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(check.problems).map(([field, key]) => [
            field,
            messageFor(field as StaffingField, key),
          ]),
        ),
      );
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { data } = await postJson<StaffingResult>('support/staff', check.request);
      setResult({ plan: data, values });
    } catch (error) {
      const apiProblem =
        error instanceof ApiProblem
          ? error
          : new ApiProblem({ status: 0, code: 'UNKNOWN', detail: String(error) });
      const fieldErrors: Partial<Record<StaffingField, string>> = {};
      for (const fieldProblem of apiProblem.errors) {
        const field = fieldOfPath(fieldProblem.path);
        if (field) fieldErrors[field] = `${t(`staffing.fields.${field}`)}: ${fieldProblem.message}`;
      }
      if (Object.keys(fieldErrors).length > 0) {
        setErrors(fieldErrors);
        setAttempt((n) => n + 1);
      } else setProblem(apiProblem);
    } finally {
      setBusy(false);
    }
  }

  const summary = STAFFING_FIELDS.filter((field) => errors[field]).map((field) => ({
    fieldId: fieldId(field),
    message: errors[field]!,
  }));

  const field = (
    name: Exclude<StaffingField, 'intervalMinutes'>,
    inputMode: 'numeric' | 'decimal' = 'decimal',
  ) => (
    <TextField
      id={fieldId(name)}
      label={t(`staffing.fields.${name}`)}
      hint={t(`staffing.hints.${name}`)}
      inputMode={inputMode}
      value={values[name]}
      onChange={set(name)}
      error={errors[name]}
    />
  );

  return (
    <section aria-labelledby="calculator-heading">
      <h2 id="calculator-heading">{t('staffing.calculatorHeading')}</h2>
      <p>{t('staffing.calculatorIntro')}</p>
      <ErrorSummary items={summary} area="dashboard" attempt={attempt} />
      <Form onSubmit={submit} large noValidate aria-labelledby="calculator-heading">
        {field('calls', 'numeric')}
        <SelectField
          id={fieldId('intervalMinutes')}
          name="intervalMinutes"
          label={t('staffing.fields.intervalMinutes')}
          value={values.intervalMinutes}
          onChange={set('intervalMinutes')}
          choices={['15', '30', '60'].map((minutes) => ({
            value: minutes,
            label: t('staffing.minutes', { count: Number(minutes) }),
          }))}
        />
        {field('ahtSeconds')}
        {field('serviceLevelPercent')}
        {field('answerWithinSeconds')}
        {field('patienceSeconds')}
        {field('shrinkagePercent')}
        <Button type="submit" disabled={busy} data-testid="staffing-submit">
          {busy ? t('staffing.working') : t('staffing.submit')}
        </Button>
      </Form>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {result ? <StaffingResultView plan={result.plan} /> : null}
    </section>
  );
}
