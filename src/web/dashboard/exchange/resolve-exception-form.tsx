// Resolving one exception with a note saying what was done. The note is checked before sending; a
// second person who resolved it first is answered by the API with a conflict, shown as such.
import { Button, ButtonGroup, Form } from '@trussworks/react-uswds';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorSummary } from '../../forms/error-summary.tsx';
import { TextAreaField } from '../../forms/textarea-field.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { ExchangeException } from './exchange-api-types.ts';

const NOTE_ID = 'exception-resolution-note';

export function ResolveExceptionForm({
  item,
  onDone,
  onCancel,
}: {
  item: ExchangeException;
  onDone: (resolved: ExchangeException) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('dashboard');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const action = useAction<ExchangeException>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [item.id]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (note.trim() === '') {
      setError(t('exchange.queue.noteMissing'));
      setAttempt((n) => n + 1);
      return;
    }
    setError(undefined);
    const resolved = await action.run(async () => {
      const answer = await postJson<ExchangeException>(`exceptions/${item.id}/resolve`, {
        note: note.trim(),
      });
      return answer.data;
    });
    if (resolved) onDone(resolved);
  }

  return (
    <section aria-labelledby="resolve-heading" className="margin-top-4">
      <h3 id="resolve-heading" ref={heading} tabIndex={-1}>
        {t('exchange.queue.resolveHeading', { id: item.id, partner: item.partner })}
      </h3>
      <ErrorSummary
        area="dashboard"
        items={error ? [{ fieldId: NOTE_ID, message: error }] : []}
        attempt={attempt}
      />
      {action.problem ? (
        <ProblemAlert
          problem={action.problem}
          heading={action.problem.status === 409 ? t('exchange.queue.conflictHeading') : undefined}
        />
      ) : null}
      <Form
        onSubmit={submit}
        noValidate
        className="maxw-full"
        aria-label={t('exchange.queue.resolveFormLabel')}
      >
        <TextAreaField
          id={NOTE_ID}
          label={t('exchange.queue.note')}
          hint={t('exchange.queue.noteHint')}
          value={note}
          onChange={setNote}
          error={error}
          maxLength={2000}
          required
        />
        <ButtonGroup>
          <Button type="submit" disabled={action.pending} data-testid="exception-resolve-submit">
            {t('exchange.queue.resolveSubmit')}
          </Button>
          <Button type="button" outline onClick={onCancel}>
            {t('exchange.queue.cancel')}
          </Button>
        </ButtonGroup>
      </Form>
    </section>
  );
}
