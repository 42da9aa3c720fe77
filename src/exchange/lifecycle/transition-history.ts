// A household's recorded lifecycle transitions, oldest first: who asked, why, what the rules decided
// and under which paragraphs, when it takes effect and when it was recorded.
import type { Executor } from '../../storage/executor.ts';
import { selectTransitions } from '../../storage/enrollment/transitions.ts';
import { dayOf } from '../../storage/raw-query.ts';

export interface TransitionRecord {
  readonly id: number;
  readonly householdId: number;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly effectiveOn: string;
  readonly requestedOn: string;
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly reason: string;
  readonly citations: readonly string[];
  readonly explanation: string;
  readonly premiumAdjustment: unknown;
}

export async function listTransitions(
  executor: Executor,
  householdId: number,
  after: number,
  limit: number,
): Promise<TransitionRecord[]> {
  const rows = await selectTransitions(executor, householdId, after, limit);
  return rows.map((r) => ({
    id: Number(r.id),
    householdId: Number(r.person_id),
    action: r.action,
    from: r.from_status,
    to: r.to_status,
    effectiveOn: dayOf(r.effective_on),
    requestedOn: dayOf(r.requested_on),
    recordedAt: new Date(r.recorded_at).toISOString(),
    actor: { id: r.actor_id, role: r.actor_role },
    reason: r.reason,
    citations: r.citations,
    explanation: r.explanation,
    premiumAdjustment:
      typeof r.premium_adjustment === 'string' ? JSON.parse(r.premium_adjustment) : r.premium_adjustment,
  }));
}
