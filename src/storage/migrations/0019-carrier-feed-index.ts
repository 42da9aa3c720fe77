// A carrier's audit file reads only the households that ever had one of its plans: with twelve
// carriers, scanning every household for each would read the program's 1.7 million people twelve
// times a month (src/storage/exchange/carrier-feed-rows.ts, readAuditWindow).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index enrollment_event_plan_person on enrollment_event (plan_code, person_id)`.execute(db);
}
