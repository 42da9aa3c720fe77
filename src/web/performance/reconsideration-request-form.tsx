// The carrier asks for a finding to be looked at again: which element (or the whole evaluation), on
// what grounds, and the evidence it offers. The request is recorded in the history and the
// contracting officer decides it.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import type { FieldErrors } from '../forms/field-errors.ts';
import { requiredErrors } from '../forms/field-errors.ts';
import { fieldMessages } from '../forms/field-messages.ts';
import { SelectField } from '../forms/select-field.tsx';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { EvaluationView } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';

type Field = 'grounds' | 'evidence';
const IDS: Record<Field, string> = {
  grounds: 'reconsideration-grounds',
  evidence: 'reconsideration-evidence',
};

export function ReconsiderationRequestForm({
  evaluation,
  onDone,
}: {
  evaluation: EvaluationView;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('performance');
  const [elementId, setElementId] = useState('');
  const [grounds, setGrounds] = useState('');
  const [evidence, setEvidence] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [attempt, setAttempt] = useState(0);
  const action = useAction<unknown>();
  const messages = fieldMessages(
    errors,
    ['grounds', 'evidence'],
    (f) => IDS[f],
    (key, field) => t(`reconsider.missing.${field}`, { defaultValue: t(key) }),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = requiredErrors({ grounds, evidence }, ['grounds', 'evidence']);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const body = {
      ...(elementId ? { elementId } : {}),
      grounds: grounds.trim(),
      evidence: evidence.trim(),
    };
    const sent = await action.run(
      async () =>
        (await postJson<unknown>(`${PERFORMANCE_API}/evaluations/${evaluation.id}/reconsideration`, body))
          .data ?? true,
    );
    if (sent) {
      setGrounds('');
      setEvidence('');
      onDone(t('reconsider.done'));
    }
  }

  return (
    <section aria-labelledby="reconsider-heading" className="margin-top-4">
      <h3 id="reconsider-heading">{t('reconsider.heading')}</h3>
      <p>{t('reconsider.intro')}</p>
      <ErrorSummary area="dashboard" items={messages.summary} attempt={attempt} />
      {action.problem ? <ProblemAlert problem={action.problem} /> : null}
      <Form onSubmit={submit} noValidate className="maxw-full" aria-label={t('reconsider.heading')}>
        <SelectField
          id="reconsideration-element"
          name="elementId"
          label={t('reconsider.element')}
          hint={t('reconsider.elementHint')}
          value={elementId}
          onChange={setElementId}
          placeholder={t('reconsider.allFindings')}
          choices={evaluation.proposal.elements.map((e) => ({ value: e.elementId, label: e.label }))}
        />
        <TextAreaField
          id={IDS.grounds}
          name="grounds"
          label={t('reconsider.grounds')}
          hint={t('reconsider.groundsHint')}
          value={grounds}
          onChange={setGrounds}
          error={messages.message('grounds')}
          maxLength={4000}
          required
        />
        <TextAreaField
          id={IDS.evidence}
          name="evidence"
          label={t('reconsider.evidence')}
          hint={t('reconsider.evidenceHint')}
          value={evidence}
          onChange={setEvidence}
          error={messages.message('evidence')}
          maxLength={4000}
          required
        />
        <Button type="submit" disabled={action.pending} data-testid="reconsideration-submit">
          {t('reconsider.submit')}
        </Button>
      </Form>
    </section>
  );
}
