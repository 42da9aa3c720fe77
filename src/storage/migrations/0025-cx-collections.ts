// The quarterly customer-experience data collections (issue 14, docs/customer-experience.md): one per
// service, fiscal year and quarter, in the states of GSA Touchpoints' CX collection (draft, submitted,
// published, change_requested, not_reported, archived), with a reflection of at most 5,000 characters
// and a rating. cx_collection holds the current state; every change is a row of cx_collection_event
// with its author and time, appended and never updated (a trigger refuses updates and deletes).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table cx_collection (
      id bigserial primary key,
      service text not null,
      fiscal_year integer not null check (fiscal_year between 2000 and 2200),
      fiscal_quarter smallint not null check (fiscal_quarter between 1 and 4),
      state text not null default 'draft' check (state in
        ('draft', 'submitted', 'published', 'change_requested', 'not_reported', 'archived')),
      reflection text check (char_length(reflection) <= 5000),
      rating text check (rating in ('TRUE', 'FALSE', 'PARTIAL')),
      due_on date not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (service, fiscal_year, fiscal_quarter)
    )`,
    sql`create table cx_collection_event (
      id bigserial primary key,
      collection_id bigint not null references cx_collection (id),
      kind text not null check (kind in ('created', 'edited', 'submit', 'publish', 'request_change',
        'reopen', 'mark_not_reported', 'archive')),
      from_state text,
      to_state text not null,
      reflection text check (char_length(reflection) <= 5000),
      rating text,
      note text,
      author text not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index cx_collection_event_of on cx_collection_event (collection_id, id)`,
    sql`create function cx_collection_event_is_appended() returns trigger language plpgsql as $$
      begin
        raise exception 'collection events are appended, never changed' using errcode = '42501';
      end
    $$`,
    sql`create trigger cx_collection_event_appended before update or delete on cx_collection_event
      for each row execute function cx_collection_event_is_appended()`,
  ];
  for (const statement of statements) await statement.execute(db);
}
