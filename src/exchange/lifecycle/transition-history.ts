// A household's recorded lifecycle transitions, oldest first: who asked, why, what the rules decided
// and under which paragraphs, when it takes effect and when it was recorded.
import { confirmationNumber } from '../../domain/confirmation-number.ts';
import { addDays } from '../../domain/dates.ts';
import type { Coverage } from '../../domain/lifecycle.ts';
import type { Executor } from '../../storage/executor.ts';
import { selectTransitions } from '../../storage/enrollment/transitions.ts';
import { dayOf } from '../../storage/raw-query.ts';
import { lifeEventsTable } from './lifecycle-context.ts';

export interface TransitionRecord {
  readonly id: number;
  /** What the person is told to quote: derived from the id (src/domain/confirmation-number.ts). */
  readonly confirmationNumber: string;
  readonly householdId: number;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly effectiveOn: string;
  readonly requestedOn: string;
  /** The program day of the decision: the date its notice bears, from which reconsideration runs. */
  readonly decidedOn: string;
  /** The last day to ask for reconsideration (5 CFR 890.1607 with 890.104(b)), as its notice says. */
  readonly reconsiderationDeadline: string;
  /** The real instant it was recorded. */
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly reason: string;
  readonly citations: readonly string[];
  readonly explanation: string;
  readonly premiumAdjustment: unknown;
  /** The coverage the change left (or last held), so its notice can name the plan; null when none. */
  readonly coverage: Coverage | null;
}

export async function listTransitions(
  executor: Executor,
  householdId: number,
  after: number,
  limit: number,
): Promise<TransitionRecord[]> {
  const rows = await selectTransitions(executor, householdId, after, limit);
  const days = lifeEventsTable().periods.reconsiderationRequestDays;
  return rows.map((r) => ({
    id: Number(r.id),
    confirmationNumber: confirmationNumber(Number(r.id)),
    householdId: Number(r.person_id),
    action: r.action,
    from: r.from_status,
    to: r.to_status,
    effectiveOn: dayOf(r.effective_on),
    requestedOn: dayOf(r.requested_on),
    decidedOn: dayOf(r.decided_on),
    reconsiderationDeadline: addDays(dayOf(r.decided_on), days),
    recordedAt: new Date(r.recorded_at).toISOString(),
    actor: { id: r.actor_id, role: r.actor_role },
    reason: r.reason,
    citations: r.citations,
    explanation: r.explanation,
    premiumAdjustment:
      typeof r.premium_adjustment === 'string' ? JSON.parse(r.premium_adjustment) : r.premium_adjustment,
    coverage: coverageOf(r.state_after),
  }));
}

function coverageOf(stateAfter: unknown): Coverage | null {
  const state = (typeof stateAfter === 'string' ? JSON.parse(stateAfter) : stateAfter) as {
    coverage?: Coverage | null;
  } | null;
  return state?.coverage ?? null;
}
