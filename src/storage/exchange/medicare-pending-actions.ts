// Decisions the program office must take after a Medicare response: a person newly found without a
// required Part B is reviewed for removal under 5 CFR 890.1608(b), which needs the finding of (b)(2)
// (informed of the requirement; equity and good conscience) that no file carries. Each review holds the
// notice prepared for the person. Opening one already open for the person changes nothing; Part B
// confirmed later resolves it.
import { execute, sqlBuilder, type Executor } from '../executor.ts';

export interface NewPendingAction {
  readonly personId: number;
  readonly householdId: number;
  readonly factEventId: number;
  readonly citation: string;
  readonly removalEffectiveOn: string | null;
  readonly temporaryExtensionEnds: string | null;
  readonly notice: string;
}

const CHUNK = 2_000;

/** Opens a removal review for each person without one open; returns the person ids opened for. */
export async function openPartBRemovalReviews(
  executor: Executor,
  actions: readonly NewPendingAction[],
  openedOn: string,
): Promise<number[]> {
  const opened: number[] = [];
  for (let start = 0; start < actions.length; start += CHUNK) {
    const rows = await execute(
      executor,
      sqlBuilder
        .insertInto('medicare_pending_action')
        .values(
          actions.slice(start, start + CHUNK).map((a) => ({
            person_id: a.personId,
            household_id: a.householdId,
            kind: 'part_b_removal_review' as const,
            fact_event_id: a.factEventId,
            citation: a.citation,
            removal_effective_on: a.removalEffectiveOn,
            temporary_extension_ends: a.temporaryExtensionEnds,
            notice: a.notice,
            opened_on: openedOn,
            resolved_on: null,
            resolution: null,
          })),
        )
        .onConflict((conflict) =>
          conflict.columns(['person_id', 'kind']).where('resolved_on', 'is', null).doNothing(),
        )
        .returning('person_id'),
    );
    opened.push(...rows.map((r) => Number(r.person_id)));
  }
  return opened;
}

/** Resolves the open reviews of these people; returns how many were resolved. */
export async function resolvePendingActions(
  executor: Executor,
  personIds: readonly number[],
  resolvedOn: string,
  resolution: string,
): Promise<number> {
  if (personIds.length === 0) return 0;
  const rows = await execute(
    executor,
    sqlBuilder
      .updateTable('medicare_pending_action')
      .set({ resolved_on: resolvedOn, resolution })
      .where('person_id', 'in', [...personIds])
      .where('resolved_on', 'is', null)
      .returning('id'),
  );
  return rows.length;
}

/** The reviews of a person, or every open one, oldest first. */
export function pendingActions(executor: Executor, filter: { personId?: number; limit: number }) {
  let query = sqlBuilder.selectFrom('medicare_pending_action').selectAll().orderBy('id').limit(filter.limit);
  query =
    filter.personId === undefined
      ? query.where('resolved_on', 'is', null)
      : query.where('person_id', '=', filter.personId);
  return execute(executor, query);
}

/** One review by id, or undefined. */
export async function findPendingAction(executor: Executor, id: number) {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('medicare_pending_action').selectAll().where('id', '=', id),
  );
  return row;
}

/** Resolves one open review; false when it was no longer open. */
export async function resolvePendingAction(
  executor: Executor,
  id: number,
  resolvedOn: string,
  resolution: string,
): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .updateTable('medicare_pending_action')
      .set({ resolved_on: resolvedOn, resolution })
      .where('id', '=', id)
      .where('resolved_on', 'is', null)
      .returning('id'),
  );
  return rows.length > 0;
}
