// Open season elections (5 CFR 890.1605(b)): one per enrollee, open season and day received; a second
// election received the same day replaces the first. Written on the election path under load, so the
// write is a named prepared statement that PostgreSQL plans once per connection.
import type { Insertable } from 'kysely';
import type { Executor } from '../executor.ts';
import { electionStamp } from '../household-etag.ts';
import type { Tables } from '../tables.ts';

type ElectionTable = Tables['open_season_election'];

export type ElectionRow = Required<Insertable<ElectionTable>>;

export interface WrittenElection {
  readonly recordedAt: Date | string;
  /** The recording time as the household ETag shows it (see electionStamp). */
  readonly stamp: string;
}

const WRITE_ELECTION = `insert into open_season_election (person_id, open_season_id, kind, enrollment_code, made_on)
     values ($1, $2, $3, $4, $5)
     on conflict (person_id, open_season_id, made_on)
       do update set kind = excluded.kind, enrollment_code = excluded.enrollment_code, recorded_at = clock_timestamp()
     returning recorded_at, ${electionStamp('recorded_at')} as stamp`;

/** Records the election, replacing one received the same day; returns when it was recorded. */
export async function writeElection(
  executor: Pick<Executor, 'prepared'>,
  election: ElectionRow,
): Promise<WrittenElection | undefined> {
  const [row] = await executor.prepared<{ recorded_at: Date | string; stamp: string }>(
    'election-record',
    WRITE_ELECTION,
    [election.person_id, election.open_season_id, election.kind, election.enrollment_code, election.made_on],
  );
  return row && { recordedAt: row.recorded_at, stamp: row.stamp };
}
