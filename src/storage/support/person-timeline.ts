// What a person's timeline is made of, newest first, each source cut at `limit`: the support cases about
// them (with who opened each: an enrollee's own is a portal request), the lifecycle transitions recorded
// on their household's enrollment (each the decision a notice states), and the decisions on the
// household's reconsideration requests (each with its notice).
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

/** The person's cases, newest first; only those `heldByPartner` holds or has held when it is given. */
export function selectTimelineCases(
  executor: Executor,
  personId: number,
  heldByPartner: string | null,
  limit: number,
) {
  let select = sqlBuilder
    .selectFrom('support_case as c')
    .innerJoin('support_case_event as o', (join) => join.onRef('o.case_id', '=', 'c.id').on('o.seq', '=', 1))
    .select([
      'c.id',
      'c.channel',
      'c.request_type',
      'c.subject',
      'c.status',
      'c.partner',
      'c.opened_at',
      'c.resolved_at',
      'o.actor_role as opener_role',
    ])
    .where('c.person_id', '=', personId);
  if (heldByPartner !== null)
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom('support_case_event as e')
          .select(sql.lit(1).as('one'))
          .whereRef('e.case_id', '=', 'c.id')
          .where('e.to_partner', '=', heldByPartner),
      ),
    );
  return execute(executor, select.orderBy('c.opened_at', 'desc').orderBy('c.id', 'desc').limit(limit));
}

/** The household's lifecycle transitions, newest first. */
export function selectTimelineTransitions(executor: Executor, householdId: number, limit: number) {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('lifecycle_transition')
      .select(['id', 'action', 'from_status', 'to_status', 'effective_on', 'decided_on', 'recorded_at'])
      .where('person_id', '=', householdId)
      .orderBy('recorded_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit),
  );
}

/** The decisions on the household's reconsideration requests, newest first. */
export function selectTimelineReconsiderationNotices(executor: Executor, householdId: number, limit: number) {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('reconsideration_decision as d')
      .innerJoin('reconsideration_request as r', 'r.id', 'd.request_id')
      .select(['r.id', 'r.subject', 'd.result', 'd.decided_on', 'd.recorded_at'])
      .where('r.person_id', 'in', (eb) =>
        eb.selectFrom('person').select('id').where('household_id', '=', householdId),
      )
      .orderBy('d.recorded_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(limit),
  );
}
