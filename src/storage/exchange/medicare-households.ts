// Households read by id inside a transaction in progress, as the rules take them (the lines
// parseHouseholds reads): a Medicare response re-decides the households of the people it answered,
// before and after their facts change, in the same transaction as the change. One statement a batch.
import type { Executor } from '../executor.ts';
import { householdsByIdsQuery, parseHouseholds, type StoredHousehold } from '../household-reader.ts';
import { runRaw } from './medicare-raw.ts';

export async function householdsByIds(
  executor: Executor,
  openSeasonId: string,
  householdIds: readonly number[],
): Promise<StoredHousehold[]> {
  if (householdIds.length === 0) return [];
  const [row] = await runRaw(executor, householdsByIdsQuery(openSeasonId, householdIds));
  return parseHouseholds(row?.lines ?? '');
}
