// An evaluation as its readers see it: the carrier's contract year, the method, its state, the
// premium base and the engine's proposal, each element's factor (proposed, then as the contracting
// officer decided it, with the reason and author), the accepted amount, and every event of its
// history. The current factor of an element is the latest 'factor_decided' or
// 'reconsideration_decided' event naming it.
import type { EvaluationProposal, PremiumBase } from '../../rules/carrier-performance/performance-types.ts';
import type { EvaluationEventRow, EvaluationRow } from '../../storage/performance/evaluation-store.ts';
import type { PerformanceEvaluationState } from '../../storage/tables/performance-tables.ts';
import { loadPerformanceMethods } from './engine-port.ts';

export const FACTOR_EVENTS: readonly string[] = ['factor_decided', 'reconsideration_decided'];

export interface EvaluationEventView {
  readonly id: number;
  readonly kind: string;
  readonly elementId: string | null;
  readonly factor: number | null;
  readonly amountCents: number | null;
  readonly reason: string | null;
  readonly author: string;
  readonly effectiveOn: string;
  readonly recordedAt: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface FactorView {
  readonly elementId: string;
  readonly label: string;
  readonly proposedFactor: number;
  /** The decided factor; null until the contracting officer accepts or changes it. */
  readonly factor: number | null;
  readonly reason: string | null;
  readonly author: string | null;
  readonly recordedAt: string | null;
}

export interface EvaluationView {
  readonly id: number;
  readonly carrierCode: string;
  readonly planCode: string | null;
  readonly contractYear: number;
  readonly method: { readonly id: string; readonly version: string; readonly title: string };
  readonly state: PerformanceEvaluationState;
  readonly premiumBase: PremiumBase;
  readonly proposal: EvaluationProposal;
  readonly factors: readonly FactorView[];
  readonly accepted: {
    readonly totalFactor: number;
    readonly capApplied: boolean;
    readonly amountCents: number;
  } | null;
  readonly events: readonly EvaluationEventView[];
  readonly createdBy: string;
  readonly createdAt: string;
}

const isoOf = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));

export function eventView(row: EvaluationEventRow): EvaluationEventView {
  return {
    id: Number(row.id),
    kind: row.kind,
    elementId: row.element_id,
    factor: row.factor === null ? null : Number(row.factor),
    amountCents: row.amount_cents === null ? null : Number(row.amount_cents),
    reason: row.reason,
    author: row.author,
    effectiveOn: row.effective_on,
    recordedAt: isoOf(row.recorded_at),
    detail: (row.detail ?? {}) as Record<string, unknown>,
  };
}

/** Each element's current factor event: the latest factor decision naming it. */
export function currentFactorEvents(
  events: readonly EvaluationEventView[],
): Map<string, EvaluationEventView> {
  const current = new Map<string, EvaluationEventView>();
  for (const event of events)
    if (FACTOR_EVENTS.includes(event.kind) && event.elementId !== null && event.factor !== null)
      current.set(event.elementId, event);
  return current;
}

function methodTitle(id: string): string {
  try {
    return loadPerformanceMethods().find((m) => m.id === id)?.title ?? id;
  } catch {
    return id;
  }
}

export function evaluationView(row: EvaluationRow, rows: readonly EvaluationEventRow[]): EvaluationView {
  const proposal = row.proposal as EvaluationProposal;
  const events = rows.map(eventView);
  const decided = currentFactorEvents(events);
  const accepted = [...events].reverse().find((e) => e.kind === 'accepted');
  return {
    id: Number(row.id),
    carrierCode: row.carrier_code,
    planCode: row.plan_code,
    contractYear: row.contract_year,
    method: { id: row.method_id, version: row.method_version, title: methodTitle(row.method_id) },
    state: row.state,
    premiumBase: {
      amountCents: Number(row.premium_base_cents),
      kind: row.premium_base_kind,
      source: row.premium_base_source,
      ...(proposal.premiumBase?.method !== undefined ? { method: proposal.premiumBase.method } : {}),
    },
    proposal,
    factors: proposal.elements.map((element) => {
      const event = decided.get(element.elementId);
      return {
        elementId: element.elementId,
        label: element.label,
        proposedFactor: element.proposedFactor,
        factor: event?.factor ?? null,
        reason: event?.reason ?? null,
        author: event?.author ?? null,
        recordedAt: event?.recordedAt ?? null,
      };
    }),
    accepted: accepted
      ? {
          totalFactor: accepted.factor ?? 0,
          capApplied: accepted.detail.capApplied === true,
          amountCents: accepted.amountCents ?? 0,
        }
      : null,
    events,
    createdBy: row.created_by,
    createdAt: isoOf(row.created_at),
  };
}
