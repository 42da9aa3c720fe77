// Where an evaluation's money stands (63 FR 55337; 48 CFR 1632.170(a)(2)): the final amount, the
// rebate and its due day, the withhold scheduled and withheld per payment, the deposits in the
// contingency reserve and the balance. Read by the contracting officer, the auditor or the carrier
// (its own); every read is audited.
import type { DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import { executorOf } from '../../../storage/executor.ts';
import type { Store } from '../../../storage/store.ts';
import { authorizeRead, type StepContext } from './due-process-step.ts';
import { readMoney, type MoneyStatementView } from './money-ledger.ts';

export async function moneyStatement(
  store: Store,
  actor: DueProcessActor,
  input: StepContext & { readonly evaluationId: number },
): Promise<MoneyStatementView> {
  const evaluation = await authorizeRead(store, actor, input.evaluationId, 'money statement', input);
  return readMoney(executorOf(store), evaluation, input.today);
}
