// A household's enrollment version as an ETag: the id of its latest enrollment event and the time of
// its latest open season election (both are recorded on the enrollee, whose id is the household id).
// Any recorded change moves it, which is what optimistic concurrency on enrollments relies on.
import { PshbError } from '../errors.ts';
import type { Query } from './raw-query.ts';
import type { RawTransaction } from './store.ts';

const VERSION_COLUMNS = `
    (select coalesce((select id from enrollment_event where person_id = $1 order by id desc limit 1), 0))::bigint as last_event,
    (select coalesce(${electionStamp('max(recorded_at)')}, '0')
       from open_season_election where person_id = $1) as last_election`;

/** How an election's recording time appears in the ETag: UTC to the microsecond. */
export function electionStamp(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYYMMDDHH24MISSUS')`;
}

export interface HouseholdVersion {
  readonly householdId: number;
  readonly lastEvent: number | string;
  readonly lastElection: string;
}

export function formatEtag(version: HouseholdVersion): string {
  return `"h${version.householdId}.e${version.lastEvent}.s${version.lastElection}"`;
}

export async function householdEtag(query: Query, householdId: number): Promise<string> {
  const [row] = await query<{ last_event: number | string; last_election: string }>(
    `select ${VERSION_COLUMNS}`,
    [householdId],
  );
  return formatEtag({
    householdId,
    lastEvent: row?.last_event ?? 0,
    lastElection: row?.last_election ?? '0',
  });
}

/**
 * Locks the enrollee's row, so changes to one household queue up behind each other, and returns the
 * household's version as it stands under the lock. Two statements: under READ COMMITTED a statement
 * sees the data as it was when it began, so a version read by the locking statement itself would miss
 * a change committed while it waited for the lock, and two changes on one ETag would both pass.
 */
export async function lockHousehold(
  tx: Pick<RawTransaction, 'prepared'>,
  householdId: number,
): Promise<HouseholdVersion> {
  const locked = await tx.prepared('household-lock', 'select id from person where id = $1 for update', [
    householdId,
  ]);
  if (locked.length === 0) throw new PshbError('NOT_FOUND', `no person with id ${householdId}`);
  const [row] = await tx.prepared<{ last_event: number | string; last_election: string }>(
    'household-version',
    `select ${VERSION_COLUMNS}`,
    [householdId],
  );
  return { householdId, lastEvent: row?.last_event ?? 0, lastElection: row?.last_election ?? '0' };
}

/** Throws PRECONDITION_FAILED unless the If-Match value names the current ETag (or is *). */
export function checkIfMatch(ifMatch: string, current: string): void {
  const candidates = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (candidates.includes('*') || candidates.includes(current)) return;
  throw new PshbError(
    'PRECONDITION_FAILED',
    `the enrollment changed since it was read (If-Match ${ifMatch}, now ${current}); read it again and retry`,
  );
}
