// Optimistic concurrency on a household's enrollment: its ETag changes whenever an enrollment event or
// an open season election is recorded for it. Reads return the ETag; a change must send it back in
// If-Match (428 without it, 412 when someone changed the enrollment since it was read).
import type { FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';

export const IF_MATCH_HEADER = 'if-match';

type Query = <Row>(text: string, params: readonly unknown[]) => Promise<Row[]>;

const VERSION_SQL = `select
    (select coalesce(max(id), 0) from enrollment_event where person_id = $1)::bigint as last_event,
    (select coalesce(to_char(max(recorded_at) at time zone 'UTC', 'YYYYMMDDHH24MISSUS'), '0')
       from open_season_election where person_id = $1) as last_election`;

/**
 * The household's enrollment ETag: the id of its latest enrollment event and the time of its latest
 * election (enrollment events and elections are recorded on the enrollee, whose id is the household id).
 */
export async function householdEtag(query: Query, householdId: number): Promise<string> {
  const [row] = await query<{ last_event: number | string; last_election: string }>(VERSION_SQL, [
    householdId,
  ]);
  return `"h${householdId}.e${row?.last_event ?? 0}.s${row?.last_election ?? '0'}"`;
}

/** The If-Match header of a change; throws PRECONDITION_REQUIRED when it is missing. */
export function ifMatchOf(request: FastifyRequest): string {
  const value = request.headers[IF_MATCH_HEADER];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PshbError(
      'PRECONDITION_REQUIRED',
      'send If-Match with the ETag of GET /api/v1/persons/{id}/enrollments to change this enrollment',
    );
  }
  return value.trim();
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
