// The program office works a 890.1608(b) review opened by a Medicare response: with its (b)(2) finding
// (whether removal would be against equity and good conscience) it records the lifecycle's own
// remove_for_missing_part_b (src/rules/lifecycle/part-b-removal.ts, recorded by recordTransition: the
// enrollment event, the 31-day temporary extension and the notice with reconsideration rights), and the
// review is resolved in the same transaction. When the rules keep the person (a bar of (b)(2)-(4)), the
// review is resolved as kept, with the paragraphs; with no enrollment left to end, it is closed. Nothing
// else changes in either case.
import type { Actor } from '../../domain/lifecycle.ts';
import type { ProgramClock } from '../../domain/program-clock.ts';
import { PshbError } from '../../errors.ts';
import { findPendingAction, resolvePendingAction } from '../../storage/exchange/medicare-pending-actions.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { lifecycleContextFor } from '../lifecycle/lifecycle-context.ts';
import { recordTransition, type RecordedTransition } from '../lifecycle/record-transition.ts';
import { loadSeasonContext } from '../season-context.ts';

export interface RemovalReviewDecision {
  readonly reviewId: number;
  /** OPM's finding under 890.1608(b)(2). */
  readonly equityAndGoodConscience: boolean;
  readonly reason: string;
  readonly actor: Actor;
}

export type RemovalReviewOutcome =
  | { readonly outcome: 'removal_recorded'; readonly transition: RecordedTransition }
  | { readonly outcome: 'kept'; readonly citations: string; readonly explanation: string }
  | { readonly outcome: 'closed'; readonly explanation: string };

export async function decideRemovalReview(
  store: Store,
  decision: RemovalReviewDecision,
  clock: ProgramClock,
): Promise<RemovalReviewOutcome> {
  const review = await findPendingAction(executorOf(store), decision.reviewId);
  if (!review) throw new PshbError('NOT_FOUND', `no Part B removal review ${decision.reviewId}`);
  if (review.resolved_on !== null)
    throw new PshbError(
      'CONFLICT',
      `review ${decision.reviewId} was resolved already (${review.resolution})`,
    );
  const householdId = Number(review.household_id);
  const context = await lifecycleContextFor(
    store,
    householdId,
    'remove_for_missing_part_b',
    await loadSeasonContext(store),
    clock,
  );
  const request = {
    action: 'remove_for_missing_part_b' as const,
    actor: decision.actor,
    reason: decision.reason,
    requestedOn: context.programDay,
    equityAndGoodConscience: decision.equityAndGoodConscience,
    medicareEnrollmentPeriodEnds: null,
  };
  try {
    return await store.transaction(async (tx) => {
      const transition = await recordTransition(
        tx,
        { personId: Number(review.person_id), request, ifMatch: null },
        context,
      );
      await resolveOrConflict(
        tx,
        decision.reviewId,
        context.programDay,
        `removal_recorded: transition ${transition.id}`,
      );
      return { outcome: 'removal_recorded' as const, transition };
    });
  } catch (error) {
    // No enrollment to end (never enrolled, declined, already terminated): nothing to remove.
    if (error instanceof PshbError && error.code === 'INVALID_TRANSITION') {
      await resolveOrConflict(
        executorOf(store),
        decision.reviewId,
        context.programDay,
        `closed: ${error.message}`,
      );
      return { outcome: 'closed', explanation: error.message };
    }
    // 5 CFR 890.1608(b)(2)-(4): the rules keep the person; the review is closed with the reason.
    if (!(error instanceof PshbError) || error.code !== 'RULE_NOT_MET') throw error;
    const citations = error.details.map((d) => d.message).join('; ');
    await resolveOrConflict(executorOf(store), decision.reviewId, context.programDay, `kept: ${citations}`);
    return { outcome: 'kept', citations, explanation: error.message };
  }
}

async function resolveOrConflict(
  executor: Parameters<typeof resolvePendingAction>[0],
  id: number,
  on: string,
  resolution: string,
): Promise<void> {
  if (!(await resolvePendingAction(executor, id, on, resolution)))
    throw new PshbError('CONFLICT', `review ${id} was resolved meanwhile`);
}
