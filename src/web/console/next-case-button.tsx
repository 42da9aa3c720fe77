// "Next case": takes the oldest case of the partner's queue that no one works yet, assigned to the
// specialist at once (the server makes sure two clicks never get the same case), and opens it.
import { Alert, AlertText, Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';

export function NextCaseButton({ partner }: { partner: string }) {
  const { t } = useTranslation('console');
  const navigate = useNavigate();
  const action = useAction<{ caseId: number | null }>();
  const [none, setNone] = useState(false);
  const take = async () => {
    setNone(false);
    const taken = await action.run(
      async () =>
        (await postJson<{ caseId: number | null }>(`queues/${encodeURIComponent(partner)}/next`, {})).data,
    );
    if (!taken) return;
    if (taken.caseId === null) setNone(true);
    else void navigate(`/console/cases/${taken.caseId}`, { state: { taken: true } });
  };
  return (
    <>
      <Button type="button" onClick={() => void take()} disabled={action.pending} data-testid="next-case">
        {t('queue.nextCase')}
      </Button>
      <div role="status">
        {none ? (
          <Alert type="info" slim className="margin-top-1" data-testid="next-case-none">
            <AlertText>{t('queue.nextCaseNone')}</AlertText>
          </Alert>
        ) : null}
      </div>
      {action.problem ? <ProblemAlert problem={action.problem} /> : null}
    </>
  );
}
