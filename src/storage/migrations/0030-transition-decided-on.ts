// The program day each lifecycle decision was made on (issue 15, "Dates and times"): the date its
// initial decision notice bears and from which the 30 days to ask for reconsideration run (890.1607).
// recorded_at stays the real instant; on a training environment with a fixed program date the two
// differ, and a reconsideration must count from the day the notice stated. Rows recorded before this
// column existed take the UTC day of their instant, which is what the program clock said on the real day.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table lifecycle_transition add column decided_on date`.execute(db);
  await sql`update lifecycle_transition set decided_on = (recorded_at at time zone 'UTC')::date`.execute(db);
  await sql`alter table lifecycle_transition alter column decided_on set not null`.execute(db);
}
