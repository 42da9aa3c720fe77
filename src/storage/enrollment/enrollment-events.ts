// The enrollment_event rows: a household's latest event (the open season run's, or a lifecycle change's),
// the event each accepted change appends, and a household's events in the order they were recorded.
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { EnrollmentEventTable } from '../tables.ts';

export type LatestEvent = Pick<
  Selectable<EnrollmentEventTable>,
  'id' | 'event_type' | 'enrollment_code' | 'plan_code' | 'option_code' | 'enrollment_type' | 'effective_on'
>;

/** The household's latest enrollment event (recorded on the enrollee), or undefined before any. */
export async function findLatestEvent(
  executor: Executor,
  householdId: number,
): Promise<LatestEvent | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('enrollment_event')
      .select([
        'id',
        'event_type',
        'enrollment_code',
        'plan_code',
        'option_code',
        'enrollment_type',
        'effective_on',
      ])
      .where('person_id', '=', householdId)
      .orderBy('id', 'desc')
      .limit(1),
  );
  return row;
}

export interface NewEnrollmentEvent {
  readonly householdId: number;
  readonly eventType: string;
  readonly coverage: {
    readonly enrollmentCode: string;
    readonly planCode: string;
    readonly optionCode: string;
    readonly enrollmentType: string;
  } | null;
  readonly effectiveOn: string;
  /** ISO instant: the event and its transition carry the same. */
  readonly recordedAt: string;
  readonly reason: string;
  readonly citations: readonly string[];
}

/** Appends an event on the enrollee; returns its id. */
export async function insertEnrollmentEvent(executor: Executor, event: NewEnrollmentEvent): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('enrollment_event')
      .values({
        person_id: event.householdId,
        event_type: event.eventType,
        enrollment_code: event.coverage?.enrollmentCode ?? null,
        plan_code: event.coverage?.planCode ?? null,
        option_code: event.coverage?.optionCode ?? null,
        enrollment_type: event.coverage?.enrollmentType ?? null,
        effective_on: event.effectiveOn,
        recorded_at: event.recordedAt,
        reason: event.reason,
        citations: [...event.citations],
      })
      .returning('id'),
  );
  return Number(row?.id);
}

/** The household's events with an id above `afterId`, oldest first; at most `limit`. */
export function listEnrollmentEvents(
  executor: Executor,
  householdId: number,
  afterId: number,
  limit: number,
) {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('enrollment_event')
      .selectAll()
      .where('person_id', '=', householdId)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit),
  );
}
