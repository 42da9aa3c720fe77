// A rebate received from the carrier (63 FR 55337: the carrier has 60 days from the final
// determination to rebate the amount before OPM withholds it). The same reference recorded twice is
// recorded once.
import type { DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import type { Store } from '../../../storage/store.ts';
import type { MoneyStatementView } from './money-ledger.ts';
import { recordUnnumberedEntry, type MoneyInput } from './record-money-entry.ts';

export function recordRebate(
  store: Store,
  actor: DueProcessActor,
  input: MoneyInput,
): Promise<MoneyStatementView> {
  return recordUnnumberedEntry(store, actor, input, 'rebate', 'rebate received');
}
