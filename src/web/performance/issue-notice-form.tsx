// Issuing the findings notice to the carrier once the evaluation is accepted: the response window
// is the method's unless a number of days is given.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { TextField } from '../forms/text-field.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { EvaluationView, NoticeView } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';

const DAYS_ID = 'notice-response-days';

export function IssueNoticeForm({
  evaluation,
  onDone,
}: {
  evaluation: EvaluationView;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('performance');
  const [days, setDays] = useState('');
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const action = useAction<NoticeView | true>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = days.trim();
    if (trimmed !== '' && !/^\d{1,3}$/.test(trimmed)) {
      setError(t('notices.daysInvalid'));
      setAttempt((n) => n + 1);
      return;
    }
    setError(undefined);
    const body = trimmed === '' ? {} : { responseDays: Number(trimmed) };
    const sent = await action.run(
      async () =>
        (await postJson<NoticeView>(`${PERFORMANCE_API}/evaluations/${evaluation.id}/notice`, body)).data ??
        true,
    );
    if (sent) onDone(t('notices.done'));
  }

  return (
    <section aria-labelledby="issue-notice-heading" className="margin-top-4">
      <h3 id="issue-notice-heading">{t('notices.formHeading')}</h3>
      <p>{t('notices.intro')}</p>
      <ErrorSummary
        area="dashboard"
        items={error ? [{ fieldId: DAYS_ID, message: error }] : []}
        attempt={attempt}
      />
      {action.problem ? <ProblemAlert problem={action.problem} /> : null}
      <Form onSubmit={submit} noValidate aria-label={t('notices.formHeading')}>
        <TextField
          id={DAYS_ID}
          name="responseDays"
          label={t('notices.days')}
          hint={t('notices.daysHint')}
          value={days}
          onChange={setDays}
          error={error}
          inputMode="numeric"
          maxLength={3}
          autoComplete="off"
        />
        <Button type="submit" disabled={action.pending} data-testid="issue-notice-submit">
          {t('notices.submit')}
        </Button>
      </Form>
    </section>
  );
}
