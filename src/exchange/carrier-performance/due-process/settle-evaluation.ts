// Settles an evaluation whose amount has been collected and deposited in the plan's contingency
// reserve (48 CFR 1632.170(a)(2)); PERFORMANCE_MONEY_MISMATCH while a balance is open. Settling a
// settled evaluation answers its statement.
import { PshbError } from '../../../errors.ts';
import type { DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import type { Store } from '../../../storage/store.ts';
import { requireState, runStep, type StepContext } from './due-process-step.ts';
import { readMoney, type MoneyStatementView } from './money-ledger.ts';
import { settleIfDone } from './record-money-entry.ts';

export async function settle(
  store: Store,
  actor: DueProcessActor,
  input: StepContext & { readonly evaluationId: number },
): Promise<MoneyStatementView> {
  return runStep(store, actor, 'settle', input.evaluationId, 'settle', input, async (tx, evaluation) => {
    if (evaluation.state === 'settled') return readMoney(tx, evaluation, input.today);
    requireState('settle', evaluation);
    const statement = await settleIfDone(tx, evaluation, input.today, actor.subject);
    if (statement.state !== 'settled')
      throw new PshbError(
        'PERFORMANCE_MONEY_MISMATCH',
        `evaluation ${input.evaluationId}: ${statement.decision.explanation}`,
      );
    return statement;
  });
}
