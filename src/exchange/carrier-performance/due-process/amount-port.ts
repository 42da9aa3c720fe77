// The one place due process asks the engine for an amount: after reconsideration changes a factor,
// the amount is computed again from the factors the contracting officer now accepts, by the method's
// own rule (each factor held to its element's range, the sum to the cap, the premium base times the
// sum in whole cents: 48 CFR 1609.7101-2; 1632.170(a)(2)).
import type {
  AcceptedFactor,
  EvaluationProposal,
  PremiumBase,
} from '../../../rules/carrier-performance/performance-types.ts';
import type { Decision } from '../../../rules/decision.ts';
import { amountForAcceptedFactors, methodFor } from '../engine-port.ts';

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

export function amountForFactors(request: AmountRequest): AmountForFactors {
  const method = methodFor(request.contractYear, request.methodId);
  const accepted = request.accepted.map((a) => ({ elementId: a.elementId, factor: a.factor }));
  return amountForAcceptedFactors(method, request.premiumBase, accepted);
}
