// The Erlang staffing calculator: calls in an interval, how long they take and the target in; the
// fewest agents meeting the target out (Erlang C, or Erlang A when callers' patience is given, since
// callers who hang up change the answer). Problems are named by field, in a summary and at each field.
import { Button, Form, Select, FormGroup, Label } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/api-problem.ts';
import { postJson } from '../../api/client.ts';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { StaffingResult } from '../dashboard-api-types.ts';
import { ErrorSummary } from '../error-summary.tsx';
import { TextField } from '../text-field.tsx';
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

  return (
    <section aria-labelledby="calculator-heading">
      <h2 id="calculator-heading">{t('staffing.calculatorHeading')}</h2>
      <p>{t('staffing.calculatorIntro')}</p>
      <ErrorSummary problems={summary} attempt={attempt} />
      <Form onSubmit={submit} large noValidate aria-labelledby="calculator-heading">
        <TextField
          id={fieldId('calls')}
          label={t('staffing.fields.calls')}
          hint={t('staffing.hints.calls')}
          inputMode="numeric"
          value={values.calls}
          onChange={set('calls')}
          error={errors.calls}
        />
        <FormGroup>
          <Label htmlFor={fieldId('intervalMinutes')}>{t('staffing.fields.intervalMinutes')}</Label>
          <Select
            id={fieldId('intervalMinutes')}
            name="intervalMinutes"
            value={values.intervalMinutes}
            onChange={(event) => set('intervalMinutes')(event.target.value)}
          >
            {['15', '30', '60'].map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('staffing.minutes', { count: Number(minutes) })}
              </option>
            ))}
          </Select>
        </FormGroup>
        <TextField
          id={fieldId('ahtSeconds')}
          label={t('staffing.fields.ahtSeconds')}
          hint={t('staffing.hints.ahtSeconds')}
          inputMode="decimal"
          value={values.ahtSeconds}
          onChange={set('ahtSeconds')}
          error={errors.ahtSeconds}
        />
        <TextField
          id={fieldId('serviceLevelPercent')}
          label={t('staffing.fields.serviceLevelPercent')}
          hint={t('staffing.hints.serviceLevelPercent')}
          inputMode="decimal"
          value={values.serviceLevelPercent}
          onChange={set('serviceLevelPercent')}
          error={errors.serviceLevelPercent}
        />
        <TextField
          id={fieldId('answerWithinSeconds')}
          label={t('staffing.fields.answerWithinSeconds')}
          hint={t('staffing.hints.answerWithinSeconds')}
          inputMode="decimal"
          value={values.answerWithinSeconds}
          onChange={set('answerWithinSeconds')}
          error={errors.answerWithinSeconds}
        />
        <TextField
          id={fieldId('patienceSeconds')}
          label={t('staffing.fields.patienceSeconds')}
          hint={t('staffing.hints.patienceSeconds')}
          inputMode="decimal"
          value={values.patienceSeconds}
          onChange={set('patienceSeconds')}
          error={errors.patienceSeconds}
        />
        <Button type="submit" disabled={busy} data-testid="staffing-submit">
          {busy ? t('staffing.working') : t('staffing.submit')}
        </Button>
      </Form>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {result ? <StaffingResultView plan={result.plan} /> : null}
    </section>
  );
}
