// A rebate received from the carrier (63 FR 55337: the carrier has 60 days from the final
// determination to rebate the amount before OPM withholds it). The same reference recorded twice is
// recorded once.
import type { DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import type { Store } from '../../../storage/store.ts';
import { runStep } from './due-process-step.ts';
import type { MoneyStatementView } from './money-ledger.ts';
import { checkMoneyInput, recordMoneyEntry, type MoneyInput } from './record-money-entry.ts';

export async function recordRebate(
  store: Store,
  actor: DueProcessActor,
  input: MoneyInput,
): Promise<MoneyStatementView> {
  checkMoneyInput(input);
  return runStep(
    store,
    actor,
    'record_money',
    input.evaluationId,
    'rebate received',
    input,
    async (tx, evaluation) => {
      const key = input.reference ?? `${input.on}:${input.amountCents}`;
      return recordMoneyEntry(
        tx,
        evaluation,
        'rebate',
        { ...input, paymentNumber: null },
        key,
        actor.subject,
      );
    },
  );
}
