// A household's recorded lifecycle transitions, oldest first: who asked, why, what the rules decided
// and under which paragraphs, when it takes effect and when it was recorded.
import { dayOf, type Query } from '../../storage/raw-query.ts';

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

interface Row {
  id: number | string;
  person_id: number | string;
  action: string;
  from_status: string;
  to_status: string;
  effective_on: string | Date;
  requested_on: string | Date;
  recorded_at: string | Date;
  actor_id: string;
  actor_role: string;
  reason: string;
  citations: string[];
  explanation: string;
  premium_adjustment: unknown;
}

export async function listTransitions(
  query: Query,
  householdId: number,
  after: number,
  limit: number,
): Promise<TransitionRecord[]> {
  const rows = await query<Row>(
    `select id, person_id, action, from_status, to_status, effective_on, requested_on, recorded_at, actor_id,
       actor_role, reason, citations, explanation, premium_adjustment
     from lifecycle_transition where person_id = $1 and id > $2 order by id limit $3`,
    [householdId, after, limit],
  );
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
