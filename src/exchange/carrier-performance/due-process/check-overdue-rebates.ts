// The rebates not received by their due day (63 FR 55337): for every final evaluation whose balance
// is still owed after the 60 days and has no withhold scheduled, the withhold is scheduled from the
// first quarter's premium payments (48 CFR 1632.170(a)(2)). Running it again schedules nothing new.
import { PshbError } from '../../../errors.ts';
import { actorAllowed, type DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import { executorOf } from '../../../storage/executor.ts';
import { listEvaluationsInState } from '../../../storage/performance/due-process-store.ts';
import type { Store } from '../../../storage/store.ts';
import { readMoney, type MoneyStatementView } from './money-ledger.ts';
import { scheduleWithhold } from './schedule-withhold.ts';

export interface OverdueCheck {
  readonly checkedOn: string;
  readonly checked: number;
  readonly scheduled: readonly MoneyStatementView[];
}

export async function checkOverdueRebates(
  store: Store,
  actor: DueProcessActor,
  input: { readonly today: string; readonly requestId?: string },
): Promise<OverdueCheck> {
  const allowed = actorAllowed('record_money', actor, '');
  if (allowed.outcome === 'refused')
    throw new PshbError('FORBIDDEN', `check-overdue refused: ${allowed.explanation}`);
  const finals = await listEvaluationsInState(executorOf(store), 'final');
  const scheduled: MoneyStatementView[] = [];
  for (const evaluation of finals) {
    const statement = await readMoney(executorOf(store), evaluation, input.today);
    if (!statement.rebateOverdue) continue;
    scheduled.push(
      await scheduleWithhold(store, actor, {
        evaluationId: Number(evaluation.id),
        today: input.today,
        requestId: input.requestId,
      }),
    );
  }
  return { checkedOn: input.today, checked: finals.length, scheduled };
}
