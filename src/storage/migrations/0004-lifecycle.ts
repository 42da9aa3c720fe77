// The enrollment lifecycle: every accepted transition with who asked, why, when it takes effect, when
// it was recorded and the state it left (lifecycle_transition), and reconsideration requests with their
// decisions (890.1607, 890.104). Both are append-only: a decision on a request is its own row.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table lifecycle_transition (
      id bigserial primary key,
      person_id bigint not null,
      action text not null,
      from_status text not null,
      to_status text not null,
      effective_on date not null,
      requested_on date not null,
      recorded_at timestamptz not null default now(),
      actor_id text not null,
      actor_role text not null,
      reason text not null,
      citations text[] not null,
      explanation text not null,
      request jsonb not null,
      state_after jsonb not null,
      premium_adjustment jsonb,
      event_id bigint not null
    )`,
    sql`create index lifecycle_transition_person on lifecycle_transition (person_id, id)`,
    sql`create index lifecycle_transition_event on lifecycle_transition (event_id)`,

    sql`create table reconsideration_request (
      id bigserial primary key,
      person_id bigint not null,
      transition_id bigint,
      subject text not null,
      initial_decision_on date not null,
      filed_on date not null,
      deadline date not null,
      timeliness text not null check (timeliness in ('timely', 'late_excused', 'untimely')),
      grounds text not null,
      not_notified boolean not null,
      prevented_by_circumstances boolean not null,
      explanation text not null,
      citations text[] not null,
      filed_by text not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index reconsideration_request_person on reconsideration_request (person_id, id)`,

    sql`create table reconsideration_decision (
      request_id bigint primary key references reconsideration_request (id),
      result text not null check (result in ('affirmed', 'reversed')),
      decided_on date not null,
      findings text not null,
      notice text not null,
      citations text[] not null,
      decided_by text not null,
      recorded_at timestamptz not null default now()
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
