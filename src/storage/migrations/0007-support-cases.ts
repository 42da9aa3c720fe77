// Support cases of the multi-partner network: one row per case holding where it stands (status,
// partner, skill queue, due time), and its history as append-only events (opened, note, transferred,
// escalated, resolved, reopened). The case row changes only in the transaction that appends the event
// explaining the change, so the history always accounts for the current state. Incidents of the
// technical command center are linked to the cases they cause.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table support_case (
      id bigserial primary key,
      person_id bigint not null,
      channel text not null check (channel in ('phone', 'web_chat', 'email', 'mail', 'walk_in')),
      request_type text not null,
      skill text not null,
      priority text not null check (priority in ('urgent', 'high', 'normal', 'low')),
      partner text not null,
      status text not null check (status in ('open', 'in_progress', 'transferred', 'escalated', 'resolved', 'reopened')),
      plan_id text not null,
      plan_version text not null,
      subject text not null,
      opened_at timestamptz not null default now(),
      queued_at timestamptz not null default now(),
      clock_started_at timestamptz not null default now(),
      due_at timestamptz not null,
      resolved_at timestamptz,
      opened_by text not null,
      event_count integer not null default 1
    )`,
    // The access check asks, for every personal read, which partners a person's active cases are with.
    sql`create index support_case_person_active on support_case (person_id) where status <> 'resolved'`,
    sql`create index support_case_queue on support_case (partner, skill, id) where status <> 'resolved'`,

    sql`create table support_case_event (
      case_id bigint not null references support_case (id),
      seq integer not null,
      kind text not null check (kind in ('opened', 'note', 'transferred', 'escalated', 'resolved', 'reopened')),
      from_status text,
      to_status text not null,
      from_partner text,
      to_partner text not null,
      actor_id text not null,
      actor_role text not null,
      actor_partner text,
      text text not null,
      details jsonb not null default '{}'::jsonb,
      recorded_at timestamptz not null default now(),
      primary key (case_id, seq)
    )`,

    sql`create table support_incident (
      id bigserial primary key,
      title text not null,
      description text not null,
      severity text not null check (severity in ('critical', 'major', 'minor')),
      partner text not null,
      opened_by text not null,
      opened_at timestamptz not null default now()
    )`,

    sql`create table support_incident_case (
      incident_id bigint not null references support_incident (id),
      case_id bigint not null references support_case (id),
      linked_by text not null,
      linked_at timestamptz not null default now(),
      primary key (incident_id, case_id)
    )`,
    sql`create index support_incident_case_case on support_incident_case (case_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
