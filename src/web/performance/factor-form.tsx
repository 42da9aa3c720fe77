// Deciding one element's factor: the proposed factor (or the one decided before) is filled in, to keep
// or change, and a written reason is required either way. Problems are named at their fields and in
// the summary above the form; the API's refusal is shown as it says it.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { fieldMessages } from '../forms/field-messages.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { useFormat } from '../i18n/format.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { ElementProposal, EvaluationView } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';
import { formatFactor, parseFactor } from './performance-values.ts';

type Field = 'factor' | 'reason';
const REASON_MAX = 4000;

export function FactorForm({
  evaluation,
  element,
  current,
  etag,
  onDone,
}: {
  evaluation: EvaluationView;
  element: ElementProposal;
  current: number | null;
  /** The version of the evaluation read (If-Match): a decision on a changed evaluation is refused. */
  etag: string | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const [factor, setFactor] = useState(String(current ?? element.proposedFactor));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [attempt, setAttempt] = useState(0);
  const action = useAction<unknown>();
  // An adjustment may reward: its factors go below zero as far as they go above.
  const minFactor = evaluation.proposal.outcomeKind === 'adjustment' ? -element.maxFactor : 0;
  const idOf = (field: Field) => `${field}-${element.elementId}`;
  const messages = fieldMessages(errors, ['factor', 'reason'], idOf, (key) =>
    t(key, {
      element: element.label,
      min: formatFactor(minFactor, format.locale),
      max: formatFactor(element.maxFactor, format.locale),
    }),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseFactor(factor, element.maxFactor, evaluation.proposal.outcomeKind);
    const found: FieldErrors<Field> = {};
    if ('problem' in parsed) found.factor = `form.${parsed.problem}`;
    if (!reason.trim()) found.reason = 'form.reasonRequired';
    setErrors(found);
    if (Object.keys(found).length > 0 || !('factor' in parsed)) {
      setAttempt((n) => n + 1);
      return;
    }
    const sent = await action.run(async () => {
      const path = `${PERFORMANCE_API}/evaluations/${evaluation.id}/factors/${encodeURIComponent(element.elementId)}`;
      const body = { factor: parsed.factor, reason: reason.trim() };
      return (await postJson<unknown>(path, body, { ifMatch: etag })).data ?? true;
    });
    if (sent) {
      setReason('');
      onDone(
        t('findings.decidedDone', {
          element: element.label,
          factor: formatFactor(parsed.factor, format.locale),
        }),
      );
    }
  }

  return (
    <div className="margin-top-2">
      <ErrorSummary area="dashboard" items={messages.summary} attempt={attempt} />
      {action.problem ? <ProblemAlert problem={action.problem} /> : null}
      <Form
        onSubmit={submit}
        noValidate
        className="maxw-full"
        aria-label={t('findings.formLabel', { element: element.label })}
      >
        <TextField
          id={idOf('factor')}
          name="factor"
          label={t('findings.factorLabel', { element: element.label })}
          hint={t('findings.factorHint', {
            proposed: formatFactor(element.proposedFactor, format.locale),
            min: formatFactor(minFactor, format.locale),
            max: formatFactor(element.maxFactor, format.locale),
          })}
          value={factor}
          onChange={setFactor}
          error={messages.message('factor')}
          inputMode="decimal"
          maxLength={12}
          autoComplete="off"
          required
        />
        <TextAreaField
          id={idOf('reason')}
          name="reason"
          label={t('findings.reasonLabel')}
          hint={t('findings.reasonHint')}
          value={reason}
          onChange={setReason}
          error={messages.message('reason')}
          maxLength={REASON_MAX}
          required
        />
        <Button type="submit" disabled={action.pending} data-testid={`decide-${element.elementId}`}>
          {t('findings.submit', { element: element.label })}
        </Button>
      </Form>
    </div>
  );
}
