// A household's enrollment events (what was decided and recorded for it: open season outcomes, lifecycle
// transitions), in the order they were recorded, paged by id.
import { execute, sqlBuilder, type Executor } from '../executor.ts';

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
