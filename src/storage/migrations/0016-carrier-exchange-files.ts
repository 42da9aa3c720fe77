// The carrier data exchange's records (issue 12): the control numbers issued to each partner, every
// file sent or received with its envelope numbers, size and digest, the history of its status
// (acknowledged, rejected, ...) as rows that are never overwritten, and which enrollment events each
// outbound file carried at which INS segment, so any event can be traced to the file that told the
// carrier. Also the mailing address an 834 needs for the subscriber (N3/N4), which the person record
// did not hold.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // One row per partner and kind; allocation is `update ... set last = last + n returning last`, so
    // concurrent callers queue on the row and never get the same number. X12 allows 9 digits.
    sql`create table exchange_control_number (
      partner text not null,
      kind text not null check (kind in ('interchange', 'group', 'transaction')),
      last bigint not null check (last between 0 and 999999999),
      primary key (partner, kind)
    )`,

    sql`create table exchange_file (
      id bigserial primary key,
      partner text not null,
      direction text not null check (direction in ('outbound', 'inbound')),
      kind text not null check (kind in ('834_changes', '834_audit', '999', 'TA1', 'reconciliation',
        'medicare_request', 'medicare_response')),
      interchange_control_number bigint,
      group_control_number bigint,
      transaction_control_numbers bigint[] not null default '{}',
      as_of date not null,
      since_event_id bigint,
      through_event_id bigint,
      member_count integer not null check (member_count >= 0),
      segment_count integer not null check (segment_count >= 0),
      byte_size bigint not null check (byte_size >= 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      file_name text not null,
      created_at timestamptz not null,
      recorded_at timestamptz not null default now()
    )`,
    // An interchange number names one file per partner and direction: what a TA1 or 999 is matched by.
    sql`create unique index exchange_file_interchange on exchange_file (partner, direction, interchange_control_number)
      where interchange_control_number is not null`,
    sql`create index exchange_file_partner on exchange_file (partner, kind, id)`,

    sql`create table exchange_file_status_event (
      id bigserial primary key,
      file_id bigint not null references exchange_file (id),
      status text not null check (status in ('written', 'delivered', 'accepted', 'partially_accepted',
        'rejected', 'unacknowledged')),
      effective_at timestamptz not null,
      recorded_at timestamptz not null default now(),
      detail jsonb not null default '{}'
    )`,
    sql`create index exchange_file_status_event_file on exchange_file_status_event (file_id, id)`,

    sql`create table exchange_file_event (
      file_id bigint not null references exchange_file (id),
      enrollment_event_id bigint not null,
      transition_id bigint,
      member_id bigint not null,
      segment_position integer not null check (segment_position > 0),
      primary key (file_id, enrollment_event_id, member_id)
    )`,
    sql`create index exchange_file_event_event on exchange_file_event (enrollment_event_id)`,

    sql`create table person_address (
      person_id bigint primary key,
      line1 text not null,
      line2 text,
      city text not null,
      state text,
      postal_code text,
      country text not null default 'US',
      recorded_at timestamptz not null default now()
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
