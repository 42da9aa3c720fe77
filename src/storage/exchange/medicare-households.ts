// Households read by id inside a transaction in progress, as the rules take them (the lines
// parseHouseholds reads): a Medicare response re-decides the households of the people it answered,
// before and after their facts change, in the same transaction as the change. One statement a batch.
import { sql } from 'kysely';
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

/**
 * Of these households, those whose latest enrollment event carries coverage (an enrollment in force or
 * changed, not a decline or termination): only there can a removal for missing Part B take effect.
 */
export async function householdsWithCoverage(
  executor: Executor,
  householdIds: readonly number[],
): Promise<Set<number>> {
  if (householdIds.length === 0) return new Set();
  const rows = await runRaw(
    executor,
    sql<{ person_id: number; covered: boolean }>`
      select distinct on (person_id) person_id,
        enrollment_code is not null and event_type not in ('termination', 'open_season_decline') as covered
      from enrollment_event
      where person_id = any(${[...householdIds]}::bigint[])
      order by person_id, id desc`,
  );
  return new Set(rows.filter((r) => r.covered).map((r) => Number(r.person_id)));
}
