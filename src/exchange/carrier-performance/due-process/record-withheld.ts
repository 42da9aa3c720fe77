// An amount withheld from one of the premium payments of the first quarter of the following contract
// period (48 CFR 1609.7101-2; 48 CFR 1632.170(a)(2)). Without a payment number, the first scheduled
// payment not yet withheld in full. The same payment (or reference) recorded twice is recorded once.
import { PshbError } from '../../../errors.ts';
import type { DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import type { Store } from '../../../storage/store.ts';
import { runStep } from './due-process-step.ts';
import { readMoney, type MoneyStatementView } from './money-ledger.ts';
import { checkMoneyInput, recordMoneyEntry, type MoneyInput } from './record-money-entry.ts';

export async function recordWithheld(
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
    'premium withheld',
    input,
    async (tx, evaluation) => {
      const statement = await readMoney(tx, evaluation, input.today);
      if (statement.scheduled.length === 0)
        throw new PshbError(
          'PERFORMANCE_EVALUATION_STATE',
          `evaluation ${input.evaluationId} has no withhold scheduled (pshb performance money schedule ${input.evaluationId})`,
        );
      const payment =
        input.paymentNumber ??
        statement.scheduled.find((s) => s.withheldCents < s.amountCents)?.payment ??
        null;
      if (payment === null || !statement.scheduled.some((s) => s.payment === payment))
        throw new PshbError(
          'INVALID_INPUT',
          `paymentNumber: no scheduled payment ${payment ?? ''} to withhold from`,
          [
            {
              field: 'paymentNumber',
              message: `one of ${statement.scheduled.map((s) => s.payment).join(', ')}`,
            },
          ],
        );
      const key = input.reference ?? `payment:${payment}`;
      return recordMoneyEntry(
        tx,
        evaluation,
        'withheld',
        { ...input, paymentNumber: payment },
        key,
        actor.subject,
      );
    },
  );
}
