// The two shipped plans simulated over the same season with the same callers (same seed and contacts):
// the plan as first staffed (original-16) against the open season plan (open-season-77). Season
// figures side by side, service level by day as a chart with its table, and each plan's contingency
// firings.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/api-problem.ts';
import { postJson } from '../../api/client.ts';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { SimulationReport } from '../dashboard-api-types.ts';
import { ErrorSummary } from '../../forms/error-summary.tsx';
import { TextField } from '../../forms/text-field.tsx';
import { ContingencyFirings } from './contingency-firings.tsx';
import { DailyServiceLevel } from './daily-service-level.tsx';
import { SeasonComparisonTable } from './season-comparison-table.tsx';

export const COMPARED_PLANS = ['original-16', 'open-season-77'] as const;
const MAX_CONTACTS = 200_000;

export function SimulationComparison() {
  const { t } = useTranslation('dashboard');
  const [contacts, setContacts] = useState('20000');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [reports, setReports] = useState<readonly SimulationReport[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const count = Number(contacts.trim().replace(/,/g, ''));
    if (!Number.isInteger(count) || count < 1 || count > MAX_CONTACTS) {
      setError(t('simulation.contactsError', { max: MAX_CONTACTS.toLocaleString() }));
      setAttempt((n) => n + 1);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      // The same seed for both plans: the same callers arrive, only the staffing and routing differ.
      const answers = await Promise.all(
        COMPARED_PLANS.map((plan) =>
          postJson<SimulationReport>('support/simulations', { plan, seed: 1, contacts: count }),
        ),
      );
      setReports(answers.map((answer) => answer.data));
    } catch (caught) {
      setProblem(
        caught instanceof ApiProblem
          ? caught
          : new ApiProblem({ status: 0, code: 'UNKNOWN', detail: String(caught) }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="simulation-heading" className="margin-top-6">
      <h2 id="simulation-heading">{t('simulation.heading')}</h2>
      <p>{t('simulation.intro')}</p>
      <ErrorSummary
        area="dashboard"
        items={error ? [{ fieldId: 'simulation-contacts', message: error }] : []}
        attempt={attempt}
      />
      <Form onSubmit={submit} noValidate aria-labelledby="simulation-heading">
        <TextField
          id="simulation-contacts"
          label={t('simulation.contacts')}
          hint={t('simulation.contactsHint')}
          inputMode="numeric"
          value={contacts}
          onChange={setContacts}
          error={error}
        />
        <Button type="submit" disabled={busy} data-testid="simulation-submit">
          {busy ? t('simulation.working') : t('simulation.submit')}
        </Button>
      </Form>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {reports ? (
        <div role="status" data-testid="simulation-result">
          <SeasonComparisonTable reports={reports} />
          <DailyServiceLevel reports={reports} />
          <ContingencyFirings reports={reports} />
        </div>
      ) : null}
    </section>
  );
}
