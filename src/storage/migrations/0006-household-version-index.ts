// The household's enrollment ETag asks for its newest enrollment event on every read and change. An
// index on (person_id, id) answers that with one index probe, whatever the table statistics say; the
// (person_id, recorded_at) index of migration 0001 left the planner free to walk the whole primary key
// backwards when statistics were missing (a bulk-loaded table before ANALYZE).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index enrollment_event_person_id on enrollment_event (person_id, id)`.execute(db);
}
