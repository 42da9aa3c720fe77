// Households read by id inside a transaction in progress, as the rules take them (the lines
// parseHouseholds reads): a Medicare response re-decides the households of the people it answered,
// before and after their facts change, in the same transaction as the change.
import { sql } from 'kysely';
import type { Executor } from '../executor.ts';
import { householdLinesSubquery, parseHouseholds, type StoredHousehold } from '../household-reader.ts';
import { runRaw } from './medicare-raw.ts';

export async function householdsByIds(
  executor: Executor,
  openSeasonId: string,
  householdIds: readonly number[],
): Promise<StoredHousehold[]> {
  if (householdIds.length === 0) return [];
  const lines = householdLinesSubquery('h.id', 'h.season');
  const [row] = await runRaw(
    executor,
    sql<{ lines: string | null }>`
      select string_agg(x.lines, E'\n') as lines
      from (select id, ${openSeasonId}::text as season from unnest(${[...householdIds]}::bigint[]) as u(id)) h
      cross join lateral (select ${sql.raw(lines)} as lines) x`,
  );
  return parseHouseholds(row?.lines ?? '');
}
