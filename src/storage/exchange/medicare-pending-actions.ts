// Decisions a person of the program office must take after a Medicare response: a person newly found
// without a required Part B is reviewed for removal under 5 CFR 890.1608(b), which needs the finding of
// (b)(2) (informed of the requirement; equity and good conscience) that no file carries. Opening one
// already open for the person changes nothing.
import { execute, sqlBuilder, type Executor } from '../executor.ts';

export interface NewPendingAction {
  readonly personId: number;
  readonly factEventId: number;
  readonly citation: string;
}

/** Opens a removal review for each person without one open; returns how many were opened. */
export async function openPartBRemovalReviews(
  executor: Executor,
  actions: readonly NewPendingAction[],
  openedOn: string,
): Promise<number> {
  let opened = 0;
  for (let start = 0; start < actions.length; start += 5_000) {
    const rows = await execute(
      executor,
      sqlBuilder
        .insertInto('medicare_pending_action')
        .values(
          actions.slice(start, start + 5_000).map((a) => ({
            person_id: a.personId,
            kind: 'part_b_removal_review' as const,
            fact_event_id: a.factEventId,
            citation: a.citation,
            opened_on: openedOn,
            resolved_on: null,
            resolution: null,
          })),
        )
        .onConflict((conflict) => conflict.doNothing())
        .returning('id'),
    );
    opened += rows.length;
  }
  return opened;
}

/** The open reviews, oldest first. */
export function openPendingActions(executor: Executor, limit: number) {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('medicare_pending_action')
      .selectAll()
      .where('resolved_on', 'is', null)
      .orderBy('id')
      .limit(limit),
  );
}
