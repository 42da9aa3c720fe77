// The enrollment core: reference data, the roster, the December 31 FEHB enrollment, open season
// elections, and the append-only history of PSHB enrollment events and coverage decisions.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table reference_dataset (
      kind text not null,
      version text not null,
      source text not null,
      content jsonb not null,
      recorded_at timestamptz not null default now(),
      primary key (kind, version)
    )`,

    sql`create table plan_option (
      catalogue_version text not null,
      program text not null check (program in ('FEHB', 'PSHB')),
      contract_year integer not null,
      carrier_code text not null,
      carrier_name text not null,
      plan_code text not null,
      option_code text not null,
      plan_name text not null,
      option_name text not null,
      hdhp boolean not null,
      membership_fee boolean not null,
      service_area text not null check (service_area in ('nationwide', 'regional')),
      regions text[] not null default '{}',
      source text not null check (source in ('published', 'synthetic')),
      source_note text not null default '',
      primary key (catalogue_version, program, contract_year, plan_code, option_code)
    )`,

    sql`create table plan_premium (
      catalogue_version text not null,
      program text not null,
      contract_year integer not null,
      enrollment_code text not null,
      plan_code text not null,
      option_code text not null,
      enrollment_type text not null check (enrollment_type in ('self_only', 'self_plus_one', 'self_and_family')),
      biweekly_total_cents integer not null,
      biweekly_government_cents integer not null,
      biweekly_enrollee_cents integer not null,
      monthly_total_cents integer not null,
      monthly_government_cents integer not null,
      monthly_enrollee_cents integer not null,
      primary key (catalogue_version, program, contract_year, enrollment_code)
    )`,

    sql`create table crosswalk_entry (
      catalogue_version text not null,
      fehb_plan_code text not null,
      fehb_option_code text not null,
      region text not null default '*',
      fehb_plan_continues boolean not null,
      pshb_plan_code text,
      equivalent_option_code text,
      similar_option_code text,
      primary key (catalogue_version, fehb_plan_code, fehb_option_code, region)
    )`,

    // One row per covered person; household_id is the enrollee's id (the enrollee's own row has id = household_id).
    sql`create table person (
      id bigint primary key,
      household_id bigint not null,
      relationship text not null check (relationship in ('self', 'spouse', 'child')),
      category text not null check (category in ('employee', 'compensationer', 'annuitant', 'survivor_annuitant', 'former_spouse', 'family_member')),
      first_name text not null,
      last_name text not null,
      birth_date date not null,
      sex text not null check (sex in ('F', 'M', 'X')),
      ssn text not null,
      annuitant_since date,
      employed_on_program_start boolean not null default false,
      compensationer_unable_to_return boolean not null default false,
      incapable_of_self_support boolean not null default false,
      residence_country text not null default 'US',
      residence_state text,
      va_enrolled boolean not null default false,
      ihs_eligible boolean not null default false,
      medicare_part_a_start date,
      medicare_part_a_basis text check (medicare_part_a_basis in ('premium_free', 'section_1818', 'section_1818a')),
      medicare_part_b_start date,
      medicare_part_b_end date,
      suspended_for_medicare_plan boolean not null default false,
      covered_by_other_fehb boolean not null default false,
      former_spouse_fehb_enrolled boolean not null default false,
      deceased_annuitant_exception text,
      nonpay_over_365_days boolean not null default false,
      informed_of_part_b_requirement boolean not null default true,
      recorded_at timestamptz not null default now()
    )`,
    sql`create index person_household on person (household_id)`,

    // The tables below refer to person without foreign keys: the roster import checks every reference
    // before it commits, and per-row key checks would double the bulk load of a million enrollments.
    sql`create table evidence (
      person_id bigint not null,
      kind text not null check (kind in ('residence_abroad', 'va_enrollment', 'ihs_eligibility')),
      received_on date not null,
      reference text,
      recorded_at timestamptz not null default now(),
      primary key (person_id, kind, received_on)
    )`,

    sql`create table fehb_enrollment (
      person_id bigint primary key,
      enrollment_code text not null,
      plan_code text not null,
      option_code text not null,
      enrollment_type text not null check (enrollment_type in ('self_only', 'self_plus_one', 'self_and_family')),
      covered_person_id bigint,
      held_on date not null
    )`,

    sql`create table open_season_election (
      person_id bigint not null,
      open_season_id text not null,
      kind text not null check (kind in ('enroll', 'decline')),
      enrollment_code text,
      made_on date not null,
      recorded_at timestamptz not null default now(),
      primary key (person_id, open_season_id, made_on)
    )`,

    // Append-only: a change is a new event with the day it takes effect and the moment it was recorded.
    sql`create table enrollment_event (
      id bigserial primary key,
      person_id bigint not null,
      open_season_id text,
      event_type text not null,
      enrollment_code text,
      plan_code text,
      option_code text,
      enrollment_type text,
      effective_on date not null,
      recorded_at timestamptz not null default now(),
      reason text not null,
      citations text[] not null,
      run_id text
    )`,
    sql`create index enrollment_event_person on enrollment_event (person_id, recorded_at)`,
    sql`create unique index enrollment_event_once_per_season on enrollment_event (person_id, open_season_id, event_type)
      where event_type in ('automatic_enrollment', 'open_season_election', 'open_season_decline')`,

    // The decision each covered person received in a run: eligibility and the Part B requirement.
    sql`create table coverage_decision (
      person_id bigint not null,
      run_id text not null,
      eligibility text not null,
      eligibility_citation text not null,
      part_b text not null,
      part_b_citation text not null,
      covered boolean not null,
      recorded_at timestamptz not null default now(),
      primary key (person_id, run_id)
    )`,

    // A long job's progress, so a run that stops half-way resumes where it left off.
    sql`create table job_run (
      id text primary key,
      kind text not null,
      parameters jsonb not null,
      status text not null check (status in ('running', 'completed')),
      checkpoint bigint not null default 0,
      processed bigint not null default 0,
      started_at timestamptz not null default now(),
      finished_at timestamptz
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
