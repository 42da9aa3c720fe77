// The CX maturity self-assessment and its action plans (OMB Circular A-11, Section 280; seed 002;
// docs/cx-maturity.md). Nothing here is ever updated or deleted: every change is a new row with its
// author, the date it takes effect and the time it was recorded, and the current state is the latest
// row of each kind, so the whole history stays readable.
// - cx_maturity_assessment: one row per fiscal year, with the framework version it is rated against.
// - cx_maturity_rating + cx_maturity_evidence: a rating of one dimension with its evidence links (URLs
//   or paths: the survey results, the support plan, reports); the latest per dimension counts.
// - cx_maturity_focus: the focus areas chosen for the year (the latest choice counts).
// - cx_planned_action: a planned action's identity (its key within the year); cx_planned_action_version
//   its focus area, persona, owner and recorded status over time; cx_action_milestone its dated
//   milestones, the latest row per milestone key counting.
// - cx_maturity_event: the journal of every change above, in order, for the history view.
import { sql, type Kysely } from 'kysely';

const DIMENSIONS = `('measurement', 'governance', 'organization-and-culture', 'customer-research', 'service-design')`;
const APPEND_ONLY = [
  'cx_maturity_assessment',
  'cx_maturity_rating',
  'cx_maturity_evidence',
  'cx_maturity_focus',
  'cx_planned_action',
  'cx_planned_action_version',
  'cx_action_milestone',
  'cx_maturity_event',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table cx_maturity_assessment (
      fiscal_year integer primary key check (fiscal_year between 2000 and 2100),
      framework_id text not null,
      framework_version text not null,
      opened_by text not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create table cx_maturity_rating (
      id bigserial primary key,
      fiscal_year integer not null references cx_maturity_assessment (fiscal_year),
      dimension text not null check (dimension in ${sql.raw(DIMENSIONS)}),
      rating smallint not null check (rating between 1 and 9),
      summary text not null default '',
      author text not null,
      effective_on date not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index cx_maturity_rating_year on cx_maturity_rating (fiscal_year, dimension, id)`,
    sql`create table cx_maturity_evidence (
      rating_id bigint not null references cx_maturity_rating (id),
      position smallint not null check (position >= 0),
      label text not null,
      link text not null,
      primary key (rating_id, position)
    )`,
    sql`create table cx_maturity_focus (
      id bigserial primary key,
      fiscal_year integer not null references cx_maturity_assessment (fiscal_year),
      areas text[] not null,
      reason text not null default '',
      author text not null,
      effective_on date not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index cx_maturity_focus_year on cx_maturity_focus (fiscal_year, id)`,
    sql`create table cx_planned_action (
      id bigserial primary key,
      fiscal_year integer not null references cx_maturity_assessment (fiscal_year),
      action_key text not null,
      recorded_at timestamptz not null default now(),
      unique (fiscal_year, action_key)
    )`,
    sql`create table cx_planned_action_version (
      id bigserial primary key,
      action_id bigint not null references cx_planned_action (id),
      focus_area text not null check (focus_area in ${sql.raw(DIMENSIONS)}),
      title text not null,
      description text not null default '',
      persona_id text not null,
      owner text not null,
      status text not null check (status in ('planned', 'in_progress', 'done')),
      author text not null,
      effective_on date not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index cx_planned_action_version_action on cx_planned_action_version (action_id, id)`,
    sql`create table cx_action_milestone (
      id bigserial primary key,
      action_id bigint not null references cx_planned_action (id),
      milestone_key text not null,
      title text not null,
      due_on date not null,
      done_on date,
      author text not null,
      effective_on date not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index cx_action_milestone_action on cx_action_milestone (action_id, milestone_key, id)`,
    sql`create table cx_maturity_event (
      id bigserial primary key,
      fiscal_year integer not null references cx_maturity_assessment (fiscal_year),
      kind text not null check (kind in ('assessment_opened', 'rated', 'focus_chosen', 'action_added',
        'action_updated', 'milestone_set')),
      subject text not null,
      detail jsonb not null,
      author text not null,
      effective_on date not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index cx_maturity_event_year on cx_maturity_event (fiscal_year, id)`,
    sql`create function cx_maturity_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception '% keeps its history: % is not allowed', tg_table_name, tg_op using errcode = '42501';
      end
    $$`,
    ...APPEND_ONLY.flatMap((table) => [
      sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
        for each row execute function cx_maturity_is_append_only()`,
      sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
        for each statement execute function cx_maturity_is_append_only()`,
    ]),
  ];
  for (const statement of statements) await statement.execute(db);
}
