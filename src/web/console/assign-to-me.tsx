// Assign to me: the specialist takes a case of their partner's queue that no one works yet. Someone
// faster is told plainly (409 CONFLICT names who took it).
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { SupportCase } from './console-types.ts';

export function AssignToMe({ caseId, onDone }: { caseId: number; onDone: (updated: SupportCase) => void }) {
  const { t } = useTranslation('console');
  const action = useAction<SupportCase>();
  const assign = async () => {
    const updated = await action.run(
      async () => (await postJson<SupportCase>(`cases/${caseId}/assign`, {})).data,
    );
    if (updated) onDone(updated);
  };
  return (
    <div className="margin-top-2">
      {action.problem ? <ProblemAlert problem={action.problem} /> : null}
      <Button
        type="button"
        onClick={() => void assign()}
        disabled={action.pending}
        data-testid="assign-to-me"
      >
        {t('assign.button')}
      </Button>
    </div>
  );
}
