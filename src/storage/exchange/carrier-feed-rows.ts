// What a carrier's 834 files are made from, read in bounded batches (the program has 1.7 million
// people): the enrollment events since the carrier's watermark that concern it, the membership it
// holds on a day, and the people of the households involved. Each batch is one statement; callers page
// by keyset (event id for changes, household id for the audit), so nothing is held beyond a batch.
import { sql, type RawBuilder } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

/** The plan codes a carrier offers, in any catalogue version on record. */
export async function carrierPlanCodes(executor: Executor, carrierCode: string): Promise<string[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('plan_option')
      .select('plan_code')
      .distinct()
      .where('carrier_code', '=', carrierCode)
      .orderBy('plan_code'),
  );
  return rows.map((row) => row.plan_code);
}

/** Where an event leaves the enrollment: the transition's status, or what an open season run event implies. */
function statusAfter(event: string, transition: string): string {
  return `coalesce(${transition}.to_status, case ${event}.event_type
    when 'automatic_enrollment' then 'enrolled' when 'open_season_election' then 'enrolled'
    when 'termination' then 'terminated' when 'open_season_decline' then 'declined'
    else 'not_enrolled' end)`;
}

/**
 * First day of coverage under the event's enrollment code: the earliest effective day among the
 * household's events with that code since the last event with another code.
 */
function coverageSince(householdId: string, eventId: string, enrollmentCode: string): string {
  return `(select to_char(min(y.effective_on), 'YYYY-MM-DD') from enrollment_event y
    where y.person_id = ${householdId} and y.id <= ${eventId} and y.enrollment_code = ${enrollmentCode}
      and y.id > coalesce((select max(z.id) from enrollment_event z where z.person_id = ${householdId}
        and z.id < ${eventId} and z.enrollment_code is distinct from ${enrollmentCode}), 0))`;
}

export interface ChangeEventRow {
  readonly event_id: string | number;
  readonly household_id: string | number;
  /** The lifecycle action, or the open season run's event type when no transition recorded it. */
  readonly action: string;
  readonly enrollment_code: string | null;
  readonly plan_code: string | null;
  readonly option_code: string | null;
  readonly enrollment_type: string | null;
  readonly effective_on: string;
  readonly status: string;
  readonly coverage_since: string | null;
  readonly transition_id: string | number | null;
  /** The request as the lifecycle recorded it (JSON), or null for a run event. */
  readonly request: unknown;
  /** The state the transition left (JSON), or null for a run event. */
  readonly state_after: unknown;
  readonly previous_event_id: string | number | null;
  readonly previous_enrollment_code: string | null;
  readonly previous_plan_code: string | null;
  readonly previous_option_code: string | null;
  readonly previous_enrollment_type: string | null;
  readonly previous_status: string | null;
  readonly previous_coverage_since: string | null;
  readonly previous_effective_on: string | null;
  /** The request of the transition before (JSON): what temporary continuation's end needs to name. */
  readonly previous_request: unknown;
}

async function run<Row>(executor: Executor, query: RawBuilder<Row>): Promise<Row[]> {
  const compiled = query.compile(sqlBuilder);
  return executor.query<Row>(compiled.sql, compiled.parameters);
}

/**
 * Whether any enrollment event ever named one of the plans (the (plan, person) index answers it). A
 * carrier none of whose plans was ever chosen has no change to send, and its file of changes is never
 * recorded, so its watermark stays at zero: without this check every day's run would read the whole
 * history of events looking for its plans.
 */
export async function anyEventInPlans(executor: Executor, planCodes: readonly string[]): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('enrollment_event')
      .select(sql<number>`1`.as('found'))
      .where('plan_code', 'in', [...planCodes])
      .limit(1),
  );
  return rows.length > 0;
}

/**
 * Enrollment events with an id in (afterEventId, upToEventId] whose enrollment, or the enrollment held just
 * before, is in one of the plans: a move away from a carrier ends coverage with that carrier. Oldest
 * first, at most `limit`.
 */
export function readChangeEvents(
  executor: Executor,
  planCodes: readonly string[],
  afterEventId: number,
  upToEventId: number,
  limit: number,
): Promise<ChangeEventRow[]> {
  return run(
    executor,
    sql<ChangeEventRow>`
    select e.id as event_id, e.person_id as household_id, coalesce(t.action, e.event_type) as action,
      e.enrollment_code, e.plan_code, e.option_code, e.enrollment_type,
      to_char(e.effective_on, 'YYYY-MM-DD') as effective_on,
      ${sql.raw(statusAfter('e', 't'))} as status, ${sql.raw(coverageSince('e.person_id', 'e.id', 'e.enrollment_code'))} as coverage_since,
      t.id as transition_id, t.request, t.state_after,
      p.id as previous_event_id, p.enrollment_code as previous_enrollment_code, p.plan_code as previous_plan_code,
      p.option_code as previous_option_code, p.enrollment_type as previous_enrollment_type,
      case when p.id is null then null else ${sql.raw(statusAfter('p', 'pt'))} end as previous_status,
      case when p.id is null then null else ${sql.raw(coverageSince('p.person_id', 'p.id', 'p.enrollment_code'))} end as previous_coverage_since,
      to_char(p.effective_on, 'YYYY-MM-DD') as previous_effective_on, pt.request as previous_request
    from enrollment_event e
    left join lifecycle_transition t on t.event_id = e.id
    left join lateral (
      select x.* from enrollment_event x where x.person_id = e.person_id and x.id < e.id order by x.id desc limit 1
    ) p on true
    left join lifecycle_transition pt on pt.event_id = p.id
    where e.id > ${afterEventId} and e.id <= ${upToEventId}
      and (e.plan_code = any(${[...planCodes]}::text[]) or p.plan_code = any(${[...planCodes]}::text[]))
    order by e.id
    limit ${limit}`,
  );
}

export interface AuditEnrollmentRow {
  readonly event_id: string | number;
  readonly household_id: string | number;
  readonly action: string;
  readonly enrollment_code: string;
  readonly plan_code: string;
  readonly option_code: string;
  readonly enrollment_type: string;
  readonly effective_on: string;
  readonly status: string;
  readonly coverage_since: string | null;
  readonly state_after: unknown;
}

/** Statuses in which the carrier still pays benefits (the 31-day extension included). */
const COVERED_STATUSES = ['enrolled', 'tcc_enrolled', 'in_temporary_extension'];

/**
 * Households with an id in (after, upTo] whose enrollment on `asOf` is in one of the plans and
 * covered (only households that ever had one of the plans are read: migration 0019's index): each household's latest event in effect that day (latest effective day, then latest
 * recorded), in household order.
 */
export function readAuditWindow(
  executor: Executor,
  planCodes: readonly string[],
  asOf: string,
  after: number,
  upTo: number,
): Promise<AuditEnrollmentRow[]> {
  return run(
    executor,
    sql<AuditEnrollmentRow>`
    select l.event_id, l.household_id, coalesce(t.action, l.event_type) as action, l.enrollment_code,
      l.plan_code, l.option_code, l.enrollment_type, to_char(l.effective_on, 'YYYY-MM-DD') as effective_on,
      ${sql.raw(statusAfter('l', 't'))} as status, t.state_after,
      ${sql.raw(coverageSince('l.household_id', 'l.event_id', 'l.enrollment_code'))} as coverage_since
    from (
      select distinct on (e.person_id) e.id as event_id, e.person_id as household_id, e.event_type,
        e.enrollment_code, e.plan_code, e.option_code, e.enrollment_type, e.effective_on
      from enrollment_event e
      where e.person_id in (
          select c.person_id from enrollment_event c
          where c.plan_code = any(${[...planCodes]}::text[]) and c.person_id > ${after} and c.person_id <= ${upTo}
            and c.effective_on <= ${asOf}::date)
        and e.effective_on <= ${asOf}::date
      order by e.person_id, e.effective_on desc, e.id desc
    ) l
    -- Joined after each household's latest event is chosen: one index probe per member, not a scan.
    left join lifecycle_transition t on t.event_id = l.event_id
    where l.plan_code = any(${[...planCodes]}::text[]) and ${sql.raw(statusAfter('l', 't'))} = any(${COVERED_STATUSES}::text[])
    order by l.household_id`,
  );
}

/**
 * The last household id of the next window of at most `households` households above `after` that
 * ever had one of the plans, or null when there are none: each plan's households read in order from
 * migration 0019's index (plan, household), so a window holds about as many of the carrier's
 * households whatever its share of the program.
 */
export async function auditWindowEnd(
  executor: Executor,
  planCodes: readonly string[],
  after: number,
  households: number,
): Promise<number | null> {
  const [row] = await run(
    executor,
    sql<{ last: string | number | null }>`
    select max(w.person_id) as last from (
      select distinct x.person_id from unnest(${[...planCodes]}::text[]) as p(plan_code)
      cross join lateral (
        select c.person_id from enrollment_event c
        where c.plan_code = p.plan_code and c.person_id > ${after}
        order by c.person_id limit ${households}
      ) x
      order by x.person_id limit ${households}
    ) w`,
  );
  return row?.last == null ? null : Number(row.last);
}

export interface FeedPersonRow {
  readonly id: string | number;
  readonly household_id: string | number;
  readonly relationship: string;
  readonly category: string;
  readonly first_name: string;
  readonly last_name: string;
  readonly birth_date: string;
  readonly sex: string;
  readonly medicare_part_a_start: string | null;
  readonly medicare_part_b_start: string | null;
  readonly medicare_part_b_end: string | null;
  readonly medicare_part_b_periods: string | null;
  /** The FEHB enrollment's Self Plus One member, on the enrollee's row (who Self Plus One covers). */
  readonly designated_member_id: string | number | null;
  readonly address_line1: string | null;
  readonly address_line2: string | null;
  readonly address_city: string | null;
  readonly address_state: string | null;
  readonly address_postal_code: string | null;
  readonly address_country: string | null;
}

/**
 * The people of the households, enrollee and family, in household then person order: what the 834
 * names. The SSN is not read: the carrier files identify people by their exchange id.
 */
export function readFeedPersons(
  executor: Executor,
  householdIds: readonly number[],
): Promise<FeedPersonRow[]> {
  return run(
    executor,
    sql<FeedPersonRow>`
    select p.id, p.household_id, p.relationship, p.category, p.first_name, p.last_name,
      to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.sex,
      to_char(p.medicare_part_a_start, 'YYYY-MM-DD') as medicare_part_a_start,
      to_char(p.medicare_part_b_start, 'YYYY-MM-DD') as medicare_part_b_start,
      to_char(p.medicare_part_b_end, 'YYYY-MM-DD') as medicare_part_b_end,
      p.medicare_part_b_periods, f.covered_person_id as designated_member_id,
      a.line1 as address_line1, a.line2 as address_line2, a.city as address_city, a.state as address_state,
      a.postal_code as address_postal_code, a.country as address_country
    from person p
    -- One index probe per person (each table's key is the person; \`limit 1\` keeps the planner from
    -- turning the probe into a hash join, which would read the whole table again for every window).
    left join lateral (
      select x.covered_person_id from fehb_enrollment x where x.person_id = p.id limit 1
    ) f on true
    left join lateral (select y.* from person_address y where y.person_id = p.id limit 1) a on true
    where p.household_id = any(${[...householdIds]}::bigint[])
    order by p.household_id, p.id`,
  );
}
