// Carrier performance evaluation (issue 13; 48 CFR 1609.7101, Plan Performance Assessment).
// performance_evidence is append-only: a newer row for the same carrier, plan, year and measure
// supersedes an older one by id, and the older one stays as history. performance_evaluation holds one
// evaluation of a carrier's (or plan's) contract year under one method, with its current state and
// the engine's proposal; every step after that (factors accepted or changed with a reason, notices,
// responses, reconsideration, the final determination, the money) is appended to
// performance_evaluation_event with its author, effective date and recorded time.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table performance_evidence (
      id bigserial primary key,
      carrier_code text not null,
      plan_code text,
      contract_year integer not null check (contract_year between 1960 and 2200),
      measure text not null,
      value jsonb,
      applicable boolean not null,
      unit text,
      source_kind text not null check (source_kind in ('exchange', 'import', 'staff')),
      source_reference text not null,
      note text,
      -- A re-run import or exchange computation names the same key and is applied once.
      import_key text,
      recorded_by text not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create unique index performance_evidence_import_key on performance_evidence (import_key)
      where import_key is not null`,
    sql`create index performance_evidence_carrier_year on performance_evidence
      (carrier_code, contract_year, measure, id)`,

    sql`create table performance_evaluation (
      id bigserial primary key,
      carrier_code text not null,
      plan_code text,
      contract_year integer not null check (contract_year between 1960 and 2200),
      method_id text not null,
      method_version text not null,
      state text not null check (state in ('proposed', 'accepted', 'notice_issued',
        'under_reconsideration', 'final', 'settled')),
      premium_base_cents bigint not null check (premium_base_cents >= 0),
      premium_base_kind text not null check (premium_base_kind in ('computed', 'imported')),
      premium_base_source text not null,
      proposal jsonb not null,
      created_by text not null,
      created_at timestamptz not null default now()
    )`,
    sql`create unique index performance_evaluation_one_per_year on performance_evaluation
      (carrier_code, coalesce(plan_code, ''), contract_year, method_id)`,

    sql`create table performance_evaluation_event (
      id bigserial primary key,
      evaluation_id bigint not null references performance_evaluation (id),
      kind text not null,
      element_id text,
      factor numeric(10, 6),
      amount_cents bigint,
      reason text,
      author text not null,
      detail jsonb not null default '{}'::jsonb,
      effective_on date not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index performance_evaluation_event_evaluation on performance_evaluation_event
      (evaluation_id, id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
