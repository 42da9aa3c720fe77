// An amount rebated or withheld deposited in the plan's contingency reserve (48 CFR 1632.170(a)(2));
// when everything owed has been collected and deposited, the evaluation is settled.
import type { DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import type { Store } from '../../../storage/store.ts';
import type { MoneyStatementView } from './money-ledger.ts';
import { recordUnnumberedEntry, type MoneyInput } from './record-money-entry.ts';

export function recordReserveDeposit(
  store: Store,
  actor: DueProcessActor,
  input: MoneyInput,
): Promise<MoneyStatementView> {
  return recordUnnumberedEntry(store, actor, input, 'reserve_deposit', 'contingency reserve deposit');
}
