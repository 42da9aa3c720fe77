// The exchange's exception queue (issue 12): what a partner's file told us that needs a person's
// attention before the exchange and the partner agree again. A carrier's 999 rejecting a transaction
// set or segment, a file left unacknowledged past the partner's deadline, a Medicare response whose
// name or birth date does not match the person asked about, a delivery that kept failing. The
// enrollment reconciliation team works each item to resolution (fixed and resent as a new file);
// the item's row carries its current state, its history is appended to exchange_exception_event.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table exchange_exception (
      id bigserial primary key,
      partner text not null,
      kind text not null check (kind in ('ack_rejected', 'ack_missing', 'medicare_mismatch',
        'medicare_no_match', 'delivery_failed')),
      file_id bigint references exchange_file (id),
      person_id bigint,
      member_id text,
      segment_position integer,
      segment_id text,
      element text,
      error_code text,
      detail jsonb not null default '{}'::jsonb,
      opened_on date not null,
      owner text,
      resolved_on date,
      resolution text,
      resent_file_id bigint references exchange_file (id),
      check ((resolved_on is null) = (resolution is null))
    )`,
    // The same problem reported again (a duplicate 999, a deadline checked twice) is the same item.
    sql`create unique index exchange_exception_open on exchange_exception
      (partner, kind, coalesce(file_id, 0), coalesce(member_id, ''), coalesce(segment_position, 0),
       coalesce(element, ''))
      where resolved_on is null`,
    sql`create index exchange_exception_partner on exchange_exception (partner, resolved_on, id)`,

    sql`create table exchange_exception_event (
      id bigserial primary key,
      exception_id bigint not null references exchange_exception (id),
      status text not null check (status in ('opened', 'assigned', 'resolved')),
      owner text,
      note text,
      resent_file_id bigint references exchange_file (id),
      effective_on date not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index exchange_exception_event_exception on exchange_exception_event (exception_id, id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
