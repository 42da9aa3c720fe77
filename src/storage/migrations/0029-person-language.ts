// The language a person prefers to be written to in (issue 14, "Responding"): set by the enrollee in
// the portal (PUT /api/v1/me/language), read when a survey invitation is made so its link and form are
// in that language. A table of its own beside person, one row per person who chose; no row means
// English, the program's default. The roster's person rows are left as they are.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table person_language (
    person_id bigint primary key references person (id),
    language text not null check (language in ('en', 'es')),
    updated_at timestamptz not null default now()
  )`.execute(db);
}
