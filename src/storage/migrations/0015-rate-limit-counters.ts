// Rate limit counters shared by every server process: one row per client key (an address or a hashed
// session) and window. UNLOGGED: the counts are worth nothing after a crash, so they skip the
// write-ahead log, which keeps a counter's update as cheap as the read beside it. Rows whose window
// has ended are reused by the next request of the same key and deleted by the purge job.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unlogged table rate_limit_counter (
    key text primary key,
    hits integer not null,
    window_ends timestamptz not null
  )`.execute(db);
  await sql`create index rate_limit_counter_window_ends on rate_limit_counter (window_ends)`.execute(db);
}
