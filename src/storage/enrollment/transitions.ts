// The lifecycle_transition rows: each accepted change to a household's enrollment, with who asked,
// what the rules decided and the state it left. Recorded on the enrollee (the household id).
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import { dayOf } from '../raw-query.ts';
import type { LifecycleTransitionTable } from '../tables/enrollment-tables.ts';

/** The household's latest transition: the event it appended and the state it left (JSON). */
export async function findLatestTransition(
  executor: Executor,
  householdId: number,
): Promise<{ eventId: number; stateAfter: unknown } | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('lifecycle_transition')
      .select(['event_id', 'state_after'])
      .where('person_id', '=', householdId)
      .orderBy('id', 'desc')
      .limit(1),
  );
  return row && { eventId: Number(row.event_id), stateAfter: row.state_after };
}

export interface NewTransition {
  readonly householdId: number;
  readonly action: string;
  readonly fromStatus: string;
  readonly toStatus: string;
  readonly effectiveOn: string;
  readonly requestedOn: string;
  /** The program day of the decision: the date its notice bears. */
  readonly decidedOn: string;
  /** ISO instant, the same as the event's. */
  readonly recordedAt: string;
  readonly actorId: string;
  readonly actorRole: string;
  readonly reason: string;
  readonly citations: readonly string[];
  readonly explanation: string;
  /** JSON text of the request as received. */
  readonly request: string;
  /** JSON text of the state the change leaves. */
  readonly stateAfter: string;
  /** JSON text of the premium adjustment, when the change makes one. */
  readonly premiumAdjustment: string | null;
  readonly eventId: number;
}

/** Appends a transition; returns its id. */
export async function insertTransition(executor: Executor, transition: NewTransition): Promise<number> {
  const t = transition;
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('lifecycle_transition')
      .values({
        person_id: t.householdId,
        action: t.action,
        from_status: t.fromStatus,
        to_status: t.toStatus,
        effective_on: t.effectiveOn,
        requested_on: t.requestedOn,
        decided_on: t.decidedOn,
        recorded_at: t.recordedAt,
        actor_id: t.actorId,
        actor_role: t.actorRole,
        reason: t.reason,
        citations: [...t.citations],
        explanation: t.explanation,
        request: t.request,
        state_after: t.stateAfter,
        premium_adjustment: t.premiumAdjustment,
        event_id: t.eventId,
      })
      .returning('id'),
  );
  return Number(row?.id);
}

export type TransitionRow = Omit<Selectable<LifecycleTransitionTable>, 'request' | 'event_id'>;

/** The household's transitions with an id above `after`, oldest first, at most `limit`. */
export async function selectTransitions(
  executor: Executor,
  householdId: number,
  after: number,
  limit: number,
): Promise<TransitionRow[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('lifecycle_transition')
      .select([
        'id',
        'person_id',
        'action',
        'from_status',
        'to_status',
        'effective_on',
        'requested_on',
        'decided_on',
        'recorded_at',
        'actor_id',
        'actor_role',
        'reason',
        'citations',
        'explanation',
        'premium_adjustment',
        'state_after',
      ])
      .where('person_id', '=', householdId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit),
  );
}

/** A transition recorded on the household, as a reconsideration request names it, or undefined. */
export async function findHouseholdTransition(
  executor: Executor,
  transitionId: number,
  householdId: number,
): Promise<{ action: string; fromStatus: string; toStatus: string; decidedOn: string } | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('lifecycle_transition')
      .select(['action', 'from_status', 'to_status', 'decided_on'])
      .where('id', '=', transitionId)
      .where('person_id', '=', householdId),
  );
  return (
    row && {
      action: row.action,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      decidedOn: dayOf(row.decided_on),
    }
  );
}
