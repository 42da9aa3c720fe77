// Callbacks scheduled from a support case: a specialist promises to call the person back at an instant
// (entered in the specialist's time zone, kept here with that zone), with a short note. No phone number:
// the person's contact is on their record. Both tables are append-only: a callback is closed (done or
// cancelled) by one event of its own, never by changing the row.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table support_callback (
    id bigserial primary key,
    case_id bigint not null references support_case (id),
    due_at timestamptz not null,
    time_zone text not null,
    note text not null check (char_length(note) <= 500),
    scheduled_by text not null,
    scheduled_partner text,
    recorded_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index support_callback_case on support_callback (case_id, due_at, id)`.execute(db);
  await sql`create index support_callback_due on support_callback (due_at, id)`.execute(db);
  await sql`create table support_callback_event (
    id bigserial primary key,
    callback_id bigint not null references support_callback (id),
    kind text not null check (kind in ('done', 'cancelled')),
    actor_id text not null,
    actor_partner text,
    recorded_at timestamptz not null default now()
  )`.execute(db);
  // A callback is closed once: done or cancelled, not both, not twice.
  await sql`create unique index support_callback_event_once on support_callback_event (callback_id)`.execute(
    db,
  );
}
