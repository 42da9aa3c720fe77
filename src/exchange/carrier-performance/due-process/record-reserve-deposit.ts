// An amount rebated or withheld deposited in the plan's contingency reserve (48 CFR 1632.170(a)(2));
// when everything owed has been collected and deposited, the evaluation is settled.
import type { DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import type { Store } from '../../../storage/store.ts';
import { runStep } from './due-process-step.ts';
import type { MoneyStatementView } from './money-ledger.ts';
import { checkMoneyInput, recordMoneyEntry, type MoneyInput } from './record-money-entry.ts';

export async function recordReserveDeposit(
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
    'contingency reserve deposit',
    input,
    async (tx, evaluation) => {
      const key = input.reference ?? `${input.on}:${input.amountCents}`;
      return recordMoneyEntry(
        tx,
        evaluation,
        'reserve_deposit',
        { ...input, paymentNumber: null },
        key,
        actor.subject,
      );
    },
  );
}
