// Who identified which caller, and how: a specialist opens a case only about a caller it identified
// (by the caller search, by verified identifiers, or because the person's case is already with its
// partner). Each person a search returned is recorded for the specialist who searched, so the program
// office can see who opened cases about people they never searched for. Append-only.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table caller_identification (
      id bigserial primary key,
      subject text not null,
      role text not null,
      partner text,
      person_id bigint not null,
      method text not null check (method in ('search', 'verified_identifiers', 'identifiers_mismatch')),
      identified_at timestamptz not null default now()
    )`,
    sql`create index caller_identification_subject on caller_identification (subject, person_id, identified_at)`,
    // The per-specialist opening limit counts a specialist's openings of the last hour.
    sql`create index support_case_opened_by on support_case (opened_by, opened_at)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
