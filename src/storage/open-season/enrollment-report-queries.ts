// The counts the open season enrollment report is made of, each one grouped query over what the run
// wrote: events by type and enrollment code, the paragraphs households were not enrolled under, and
// coverage decisions by Part B outcome. Each may be narrowed to the days something was recorded on
// (UTC days, both ends included).
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

/** The days, YYYY-MM-DD, an event or decision was recorded on; an end left out is open. */
export interface RecordedDays {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** The row's recorded_at falls on one of the days (true for no days). */
function recordedWithin(days: RecordedDays) {
  const from = days.from ?? null;
  const to = days.to ?? null;
  return sql<boolean>`(${from}::date is null or (recorded_at at time zone 'UTC')::date >= ${from}::date)
    and (${to}::date is null or (recorded_at at time zone 'UTC')::date <= ${to}::date)`;
}

export interface EventCount {
  readonly event_type: string;
  readonly enrollment_code: string | null;
  readonly households: number;
}

export function countEventsByCode(
  executor: Executor,
  openSeasonId: string,
  days: RecordedDays = {},
): Promise<EventCount[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('enrollment_event')
      .select((eb) => [
        'event_type',
        'enrollment_code',
        eb.cast<number>(eb.fn.countAll(), 'integer').as('households'),
      ])
      .where('open_season_id', '=', openSeasonId)
      .where(recordedWithin(days))
      .groupBy(['event_type', 'enrollment_code']),
  );
}

export interface ReasonCount {
  readonly paragraph: string;
  readonly households: number;
}

/** Households not enrolled, by the most specific paragraph cited (the last), most frequent first. */
export function countNotEnrolledReasons(
  executor: Executor,
  openSeasonId: string,
  days: RecordedDays = {},
): Promise<ReasonCount[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('enrollment_event')
      .select((eb) => [
        sql<string>`citations[array_length(citations, 1)]`.as('paragraph'),
        eb.cast<number>(eb.fn.countAll(), 'integer').as('households'),
      ])
      .where('open_season_id', '=', openSeasonId)
      .where('event_type', '=', 'not_enrolled')
      .where(recordedWithin(days))
      .groupBy(sql.lit(1))
      .orderBy(sql.lit(2), 'desc'),
  );
}

export interface PartBCount {
  readonly part_b: string;
  readonly part_b_citation: string;
  readonly people: number;
  readonly covered: number;
}

export function countPartBOutcomes(
  executor: Executor,
  runId: string,
  days: RecordedDays = {},
): Promise<PartBCount[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('coverage_decision')
      .select((eb) => [
        'part_b',
        'part_b_citation',
        eb.cast<number>(eb.fn.countAll(), 'integer').as('people'),
        eb.cast<number>(eb.fn.countAll().filterWhere('covered', '=', true), 'integer').as('covered'),
      ])
      .where('run_id', '=', runId)
      .where(recordedWithin(days))
      .groupBy(['part_b', 'part_b_citation'])
      .orderBy('part_b')
      .orderBy('part_b_citation'),
  );
}
