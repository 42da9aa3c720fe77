// The one place due process asks the engine for an amount: after reconsideration changes a factor,
// the amount is recomputed from the factors the contracting officer now accepts. The engine's
// amountForAcceptedFactors (src/rules/carrier-performance/accepted-factors.ts, with the method's cap)
// plugs in here; until it does, the amount is the premium base times the sum of the factors, each
// factor kept within its element's maximum, rounded to whole cents half away from zero
// (48 CFR 1609.7101-2).
import type {
  AcceptedFactor,
  EvaluationProposal,
  PremiumBase,
} from '../../../rules/carrier-performance/performance-types.ts';
import { decision, type Decision } from '../../../rules/decision.ts';

export interface AmountForFactors {
  readonly totalFactor: number;
  readonly capApplied: boolean;
  readonly amountCents: number;
  readonly decision: Decision;
}

export interface AmountRequest {
  readonly methodId: string;
  readonly contractYear: number;
  readonly proposal: EvaluationProposal;
  readonly premiumBase: PremiumBase;
  readonly accepted: readonly AcceptedFactor[];
}

/** Factors are summed in millionths, as the table stores them, so 0.0001 + 0.0002 is exactly 0.0003. */
const MILLIONTHS = 1_000_000;

export function amountForFactors(request: AmountRequest): AmountForFactors {
  const maxima = new Map(request.proposal.elements.map((e) => [e.elementId, e.maxFactor]));
  let capApplied = false;
  let millionths = 0;
  for (const a of request.accepted) {
    const max = maxima.get(a.elementId) ?? a.factor;
    const factor = Math.min(a.factor, max);
    if (factor !== a.factor) capApplied = true;
    millionths += Math.round(factor * MILLIONTHS);
  }
  const totalFactor = millionths / MILLIONTHS;
  const exact = (request.premiumBase.amountCents * millionths) / MILLIONTHS;
  const amountCents = Math.sign(exact) * Math.round(Math.abs(exact));
  return {
    totalFactor,
    capApplied,
    amountCents,
    decision: decision(
      'carrier-performance-amount',
      request.proposal.outcomeKind,
      ['48 CFR 1609.7101-2'],
      { premiumBaseCents: request.premiumBase.amountCents, totalFactor, amountCents, capApplied },
      `The premium base of ${request.premiumBase.amountCents} cents times the total factor ${totalFactor} is ${amountCents} cents.`,
    ),
  };
}
