// The contracting officer decides a reconsideration: granted, denied or partly granted, the new
// factor of any element that changes (left blank, an element keeps its factor), and the reason.
import { Button, Form, Radio } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { FieldsetField } from '../forms/form-field.tsx';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { useFormat } from '../i18n/format.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { EvaluationView, ReconsiderationOutcome } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';
import { formatFactor, parseFactor } from './performance-values.ts';

const OUTCOMES: readonly ReconsiderationOutcome[] = ['granted', 'partly', 'denied'];
const OUTCOME_ID = 'reconsideration-outcome';
const REASON_ID = 'reconsideration-reason';
const factorId = (elementId: string) => `reconsideration-factor-${elementId}`;

export function ReconsiderationDecisionForm({
  evaluation,
  onDone,
}: {
  evaluation: EvaluationView;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const [outcome, setOutcome] = useState<ReconsiderationOutcome | ''>('');
  const [factors, setFactors] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const action = useAction<unknown>();
  const minOf = (max: number) => (evaluation.proposal.outcomeKind === 'adjustment' ? -max : 0);
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: { fieldId: string; message: string }[] = [];
    if (!outcome) found.push({ fieldId: OUTCOME_ID, message: t('decide.outcomeMissing') });
    const changed: { elementId: string; factor: number }[] = [];
    for (const element of evaluation.proposal.elements) {
      const text = factors[element.elementId] ?? '';
      if (!text.trim() || outcome === 'denied') continue;
      const parsed = parseFactor(text, element.maxFactor, evaluation.proposal.outcomeKind);
      if ('problem' in parsed)
        found.push({
          fieldId: factorId(element.elementId),
          message: t(`form.${parsed.problem}`, {
            element: element.label,
            min: formatFactor(minOf(element.maxFactor), format.locale),
            max: formatFactor(element.maxFactor, format.locale),
          }),
        });
      else changed.push({ elementId: element.elementId, factor: parsed.factor });
    }
    if (!reason.trim()) found.push({ fieldId: REASON_ID, message: t('form.reasonRequired') });
    setErrors(found);
    if (found.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const body = { outcome, factors: changed, reason: reason.trim() };
    const sent = await action.run(
      async () =>
        (
          await postJson<unknown>(
            `${PERFORMANCE_API}/evaluations/${evaluation.id}/reconsideration/decision`,
            body,
          )
        ).data ?? true,
    );
    if (sent) {
      setReason('');
      onDone(t('decide.done'));
    }
  }

  return (
    <section aria-labelledby="decide-reconsideration-heading" className="margin-top-4">
      <h3 id="decide-reconsideration-heading">{t('decide.heading')}</h3>
      <p>{t('decide.intro')}</p>
      <ErrorSummary area="dashboard" items={errors} attempt={attempt} />
      {action.problem ? <ProblemAlert problem={action.problem} /> : null}
      <Form onSubmit={submit} noValidate className="maxw-full" aria-label={t('decide.heading')}>
        <FieldsetField id={OUTCOME_ID} legend={t('decide.outcome')} error={errorOf(OUTCOME_ID)}>
          {OUTCOMES.map((choice) => (
            <Radio
              key={choice}
              id={`${OUTCOME_ID}-${choice}`}
              name="outcome"
              value={choice}
              label={t(`reconsideration.outcomes.${choice}`)}
              checked={outcome === choice}
              onChange={() => setOutcome(choice)}
            />
          ))}
        </FieldsetField>
        {outcome && outcome !== 'denied'
          ? evaluation.proposal.elements.map((element) => {
              const current = evaluation.factors.find((f) => f.elementId === element.elementId);
              return (
                <TextField
                  key={element.elementId}
                  id={factorId(element.elementId)}
                  name={`factor-${element.elementId}`}
                  label={t('decide.newFactor', { element: element.label })}
                  hint={t('decide.newFactorHint', {
                    current: formatFactor(current?.factor ?? element.proposedFactor, format.locale),
                    min: formatFactor(minOf(element.maxFactor), format.locale),
                    max: formatFactor(element.maxFactor, format.locale),
                  })}
                  value={factors[element.elementId] ?? ''}
                  onChange={(text) => setFactors((old) => ({ ...old, [element.elementId]: text }))}
                  error={errorOf(factorId(element.elementId))}
                  inputMode="decimal"
                  maxLength={12}
                  autoComplete="off"
                />
              );
            })
          : null}
        <TextAreaField
          id={REASON_ID}
          name="reason"
          label={t('decide.reason')}
          hint={t('decide.reasonHint')}
          value={reason}
          onChange={setReason}
          error={errorOf(REASON_ID)}
          maxLength={4000}
          required
        />
        <Button type="submit" disabled={action.pending} data-testid="decide-reconsideration-submit">
          {t('decide.submit')}
        </Button>
      </Form>
    </section>
  );
}
