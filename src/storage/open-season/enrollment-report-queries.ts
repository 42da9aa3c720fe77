// The counts the open season enrollment report is made of, each one grouped query over what the run
// wrote: events by type and enrollment code, the paragraphs households were not enrolled under, and
// coverage decisions by Part B outcome.
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

export interface EventCount {
  readonly event_type: string;
  readonly enrollment_code: string | null;
  readonly households: number;
}

export function countEventsByCode(executor: Executor, openSeasonId: string): Promise<EventCount[]> {
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
      .groupBy(['event_type', 'enrollment_code']),
  );
}

export interface ReasonCount {
  readonly paragraph: string;
  readonly households: number;
}

/** Households not enrolled, by the most specific paragraph cited (the last), most frequent first. */
export function countNotEnrolledReasons(executor: Executor, openSeasonId: string): Promise<ReasonCount[]> {
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

export function countPartBOutcomes(executor: Executor, runId: string): Promise<PartBCount[]> {
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
      .groupBy(['part_b', 'part_b_citation'])
      .orderBy('part_b')
      .orderBy('part_b_citation'),
  );
}
