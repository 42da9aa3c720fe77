// Membership reconciliation with carriers (issue 12; 5 CFR 890.110, 48 CFR 1609.7101-1(a)(5)): each
// run comparing a carrier's own membership file with the exchange's audit membership on a day, the
// discrepancies it found (one per member and kind while open, so a discrepancy found again keeps the
// day it was opened) and their history as rows never overwritten.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // Recorded whole when the run completes, in the transaction that records its discrepancies.
    sql`create table reconciliation_run (
      id bigserial primary key,
      carrier text not null,
      as_of date not null,
      file_name text not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      initiated_at timestamptz not null,
      completed_at timestamptz not null,
      exchange_member_count integer not null check (exchange_member_count >= 0),
      carrier_member_count integer not null check (carrier_member_count >= 0),
      discrepancy_count integer not null check (discrepancy_count >= 0),
      opened_count integer not null check (opened_count >= 0),
      resolved_count integer not null check (resolved_count >= 0),
      recorded_at timestamptz not null default now()
    )`,
    sql`create index reconciliation_run_carrier on reconciliation_run (carrier, id)`,

    sql`create table reconciliation_discrepancy (
      id bigserial primary key,
      carrier text not null,
      member_id text not null,
      kind text not null check (kind in ('missing-at-carrier', 'unknown-to-exchange', 'enrollment-code',
        'coverage-dates', 'family', 'medicare')),
      exchange_value text,
      carrier_value text,
      opened_on date not null,
      opened_by_run_id bigint not null references reconciliation_run (id),
      last_run_id bigint not null references reconciliation_run (id),
      owner text,
      resolved_on date,
      resolved_by_run_id bigint references reconciliation_run (id),
      check ((resolved_on is null) = (resolved_by_run_id is null))
    )`,
    // One open discrepancy per carrier, member and kind: a later run finds it again rather than adding one.
    sql`create unique index reconciliation_discrepancy_open on reconciliation_discrepancy (carrier, member_id, kind)
      where resolved_on is null`,

    sql`create table reconciliation_discrepancy_event (
      id bigserial primary key,
      discrepancy_id bigint not null references reconciliation_discrepancy (id),
      run_id bigint references reconciliation_run (id),
      status text not null check (status in ('opened', 'found_again', 'resolved', 'assigned')),
      exchange_value text,
      carrier_value text,
      owner text,
      effective_on date not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index reconciliation_discrepancy_event_discrepancy on reconciliation_discrepancy_event (discrepancy_id, id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
