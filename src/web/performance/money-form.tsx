// Recording money after the final determination: a rebate received, the withhold scheduled over the
// first quarter's payments, an amount withheld, or a deposit in the contingency reserve, each with
// its amount, day and reference.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { SelectField } from '../forms/select-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { EvaluationView, MoneyKind } from './performance-api-types.ts';
import { MONEY_KINDS, PERFORMANCE_API } from './performance-api-types.ts';
import { dollarsToCents } from './performance-values.ts';

const IDS = {
  kind: 'money-kind',
  amount: 'money-amount',
  on: 'money-on',
  reference: 'money-reference',
} as const;
type Field = keyof typeof IDS;

export function MoneyForm({
  evaluation,
  onDone,
}: {
  evaluation: EvaluationView;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation('performance');
  const [kind, setKind] = useState<MoneyKind | ''>('');
  const [amount, setAmount] = useState('');
  const [on, setOn] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const action = useAction<unknown>();
  const summary = (Object.keys(IDS) as Field[]).flatMap((field) =>
    errors[field] ? [{ fieldId: IDS[field], message: errors[field] }] : [],
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const cents = dollarsToCents(amount);
    if (!kind) found.kind = t('moneyForm.kindMissing');
    if (cents === null || cents === 0) found.amount = t('moneyForm.amountInvalid');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) found.on = t('moneyForm.dateMissing');
    if (!reference.trim()) found.reference = t('moneyForm.referenceMissing');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const body = { kind, amountCents: cents, on, reference: reference.trim() };
    const sent = await action.run(
      async () =>
        (await postJson<unknown>(`${PERFORMANCE_API}/evaluations/${evaluation.id}/money`, body)).data ?? true,
    );
    if (sent) {
      setAmount('');
      setReference('');
      onDone(t('moneyForm.done'));
    }
  }

  return (
    <section aria-labelledby="money-form-heading" className="margin-top-4">
      <h3 id="money-form-heading">{t('moneyForm.heading')}</h3>
      <ErrorSummary area="dashboard" items={summary} attempt={attempt} />
      {action.problem ? <ProblemAlert problem={action.problem} /> : null}
      <Form onSubmit={submit} noValidate aria-label={t('moneyForm.heading')}>
        <SelectField
          id={IDS.kind}
          name="kind"
          label={t('moneyForm.kind')}
          value={kind}
          onChange={(value) => setKind(value as MoneyKind | '')}
          placeholder={t('moneyForm.choose')}
          choices={MONEY_KINDS.map((k) => ({ value: k, label: t(`moneyForm.kinds.${k}`) }))}
          error={errors.kind}
          required
        />
        <TextField
          id={IDS.amount}
          name="amount"
          label={t('moneyForm.amount')}
          hint={t('moneyForm.amountHint')}
          value={amount}
          onChange={setAmount}
          error={errors.amount}
          inputMode="decimal"
          maxLength={20}
          autoComplete="off"
          required
        />
        <TextField
          id={IDS.on}
          name="on"
          type="date"
          label={t('moneyForm.on')}
          value={on}
          onChange={setOn}
          error={errors.on}
          required
        />
        <TextField
          id={IDS.reference}
          name="reference"
          label={t('moneyForm.reference')}
          hint={t('moneyForm.referenceHint')}
          value={reference}
          onChange={setReference}
          error={errors.reference}
          maxLength={200}
          autoComplete="off"
          required
        />
        <Button type="submit" disabled={action.pending} data-testid="money-submit">
          {t('moneyForm.submit')}
        </Button>
      </Form>
    </section>
  );
}
