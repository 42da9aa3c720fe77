// Starting a carrier's evaluation for the year: the engine proposes each element's factor from the
// evidence on record, under the method in force for the year unless one is chosen. The contracting
// officer then decides every factor on the evaluation's page.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { SelectField } from '../forms/select-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { EvaluationView, MethodList } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';

const CARRIER_ID = 'start-evaluation-carrier';

export function StartEvaluationForm({ year, onStarted }: { year: number; onStarted: () => void }) {
  const { t } = useTranslation('performance');
  const methods = useApi<MethodList>(`${PERFORMANCE_API}/methods`);
  const navigate = useNavigate();
  const [carrier, setCarrier] = useState('');
  const [plan, setPlan] = useState('');
  const [method, setMethod] = useState('');
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const action = useAction<EvaluationView>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^[A-Za-z0-9]{2,8}$/.test(carrier.trim())) {
      setError(t('start.carrierMissing'));
      setAttempt((n) => n + 1);
      return;
    }
    setError(undefined);
    const created = await action.run(async () => {
      const body = {
        carrierCode: carrier.trim().toUpperCase(),
        contractYear: year,
        ...(plan.trim() ? { planCode: plan.trim().toUpperCase() } : {}),
        ...(method ? { methodId: method } : {}),
      };
      return (await postJson<EvaluationView>(`${PERFORMANCE_API}/evaluations`, body)).data;
    });
    if (created) {
      onStarted();
      void navigate(`/dashboard/performance/evaluations/${created.id}`);
    }
  }

  return (
    <section aria-labelledby="start-evaluation-heading" className="margin-top-6">
      <h2 id="start-evaluation-heading">{t('start.heading', { year })}</h2>
      <p>{t('start.intro')}</p>
      <ErrorSummary
        area="dashboard"
        items={error ? [{ fieldId: CARRIER_ID, message: error }] : []}
        attempt={attempt}
      />
      {action.problem ? <ProblemAlert problem={action.problem} /> : null}
      <Form onSubmit={submit} noValidate aria-label={t('start.formLabel')}>
        <TextField
          id={CARRIER_ID}
          name="carrierCode"
          label={t('start.carrier')}
          hint={t('start.carrierHint')}
          value={carrier}
          onChange={setCarrier}
          error={error}
          maxLength={8}
          autoComplete="off"
          required
        />
        <TextField
          id="start-evaluation-plan"
          name="planCode"
          label={t('start.plan')}
          hint={t('start.planHint')}
          value={plan}
          onChange={setPlan}
          maxLength={6}
          autoComplete="off"
        />
        <SelectField
          id="start-evaluation-method"
          name="methodId"
          label={t('start.method')}
          hint={t('start.methodHint')}
          value={method}
          onChange={setMethod}
          placeholder={t('start.methodInForce')}
          choices={(methods.data?.items ?? []).map((m) => ({
            value: m.id,
            label: `${m.title} (${m.version})`,
          }))}
        />
        <Button type="submit" disabled={action.pending} data-testid="start-evaluation-submit">
          {t('start.submit')}
        </Button>
      </Form>
    </section>
  );
}
