// Medicare entitlement verification with CMS and SSA (5 CFR 890.1612; docs/medicare-exchange.md).
// medicare_request: one row per person named in a request file, its id echoed by the agency's
// response line, with the name and birth date as sent (to check the answer is about the same person).
// medicare_fact_event: every response line as received, with its provenance (partner, file, day) and
// whether it was applied to the person's Medicare facts; both append-only. medicare_pending_action: a
// decision the program office must take after a response (a removal under 890.1608(b) needs the
// equity and good conscience finding of (b)(2)), with the notice prepared, worked to resolution.
// A response file is read once: a second copy (the same SHA-256) finds the first one's row and stops,
// and two runs at once queue on the unique index, the second finding the first's file.
// Like the enrollment tables (0001), the bulk tables carry no foreign keys: the request writer and the
// ingest write a file's rows in the transaction that records the file, and the ingest matches every
// line to its request before it appends anything; a key check per row would cost more than the rest.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table medicare_request (
      request_id text primary key check (request_id ~ '^[A-Z0-9]{1,20}$'),
      file_id bigint not null,
      partner text not null,
      person_id bigint not null,
      id_type text not null check (id_type in ('M', 'S')),
      last_name text not null,
      first_name text not null,
      birth_date date not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index medicare_request_person on medicare_request (person_id, file_id)`,

    sql`create table medicare_fact_event (
      id bigserial primary key,
      request_id text not null,
      person_id bigint not null,
      partner text not null,
      file_id bigint not null,
      line_number integer not null check (line_number > 0),
      received_on date not null,
      outcome text not null check (outcome in ('matched', 'no_match', 'name_mismatch',
        'birth_date_mismatch', 'changed_since_request')),
      applied boolean not null,
      part_a_start date,
      part_a_end date,
      part_b_start date,
      part_b_end date,
      recorded_at timestamptz not null default now()
    )`,
    // A response line is taken once: the same answer in a second file changes nothing.
    sql`create unique index medicare_fact_event_request on medicare_fact_event (request_id)`,
    sql`create index medicare_fact_event_person on medicare_fact_event (person_id, id)`,

    sql`create table medicare_pending_action (
      id bigserial primary key,
      person_id bigint not null,
      household_id bigint not null,
      kind text not null check (kind in ('part_b_removal_review')),
      fact_event_id bigint not null references medicare_fact_event (id),
      citation text not null,
      removal_effective_on date,
      temporary_extension_ends date,
      notice text not null,
      opened_on date not null,
      resolved_on date,
      resolution text,
      check ((resolved_on is null) = (resolution is null))
    )`,
    sql`create unique index medicare_pending_action_open on medicare_pending_action (person_id, kind)
      where resolved_on is null`,

    sql`create unique index exchange_file_medicare_response_digest on exchange_file (sha256)
      where kind = 'medicare_response'`,
  ];
  for (const statement of statements) await statement.execute(db);
}
