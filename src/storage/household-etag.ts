// A household's enrollment version as an ETag: the id of its latest enrollment event and the time of
// its latest open season election (both are recorded on the enrollee, whose id is the household id).
// Any recorded change moves it, which is what optimistic concurrency on enrollments relies on.
import { PshbError } from '../errors.ts';
import type { Query } from './raw-query.ts';

const VERSION_SQL = `select
    (select coalesce((select id from enrollment_event where person_id = $1 order by id desc limit 1), 0))::bigint as last_event,
    (select coalesce(to_char(max(recorded_at) at time zone 'UTC', 'YYYYMMDDHH24MISSUS'), '0')
       from open_season_election where person_id = $1) as last_election`;

export async function householdEtag(query: Query, householdId: number): Promise<string> {
  const [row] = await query<{ last_event: number | string; last_election: string }>(VERSION_SQL, [
    householdId,
  ]);
  return `"h${householdId}.e${row?.last_event ?? 0}.s${row?.last_election ?? '0'}"`;
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
