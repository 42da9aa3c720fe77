// The evaluation engine, as the rest of this folder calls it: the pure method engine
// (src/rules/carrier-performance) and the catalogue of methods. Until the engine is on this branch
// this file stands in with the contract's signatures; merging the engine replaces it with
// re-exports, and nothing else changes.
import type { Decision } from '../../rules/decision.ts';
import type {
  AcceptedFactor,
  CarrierYearEvidence,
  EvaluationProposal,
  PremiumBase,
} from '../../rules/carrier-performance/performance-types.ts';
import { PshbError } from '../../errors.ts';

export interface PerformanceMethod {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly source: string;
  readonly effectiveFromYear: number;
  readonly effectiveToYear?: number;
  readonly outcomeKind: 'withhold' | 'adjustment';
  readonly cap: { readonly max: number; readonly min?: number };
  readonly elements: readonly {
    readonly id: string;
    readonly label: string;
    readonly maxFactor: number;
    readonly weight: number;
    readonly citation: string;
    readonly items: readonly { readonly id: string; readonly label: string; readonly measure?: string }[];
  }[];
}

const noDecision = (words: string): Decision => ({
  rule: 'carrier-performance',
  outcome: 'proposed',
  citations: [],
  facts: {},
  explanation: words,
});

/** Stand-in: proposes no factor for any element (the engine replaces it). */
export function proposeEvaluation(
  method: PerformanceMethod,
  evidence: CarrierYearEvidence,
  premiumBase: PremiumBase,
): EvaluationProposal {
  return {
    methodId: method.id,
    methodVersion: method.version,
    carrierCode: evidence.carrierCode,
    planCode: evidence.planCode ?? null,
    contractYear: evidence.contractYear,
    outcomeKind: method.outcomeKind,
    elements: method.elements.map((element) => ({
      elementId: element.id,
      label: element.label,
      maxFactor: element.maxFactor,
      proposedFactor: 0,
      items: [],
      decision: noDecision('stand-in engine'),
    })),
    totalFactor: 0,
    capApplied: false,
    premiumBase,
    amountCents: 0,
    decision: noDecision('stand-in engine'),
  };
}

/** Stand-in: the sum of the accepted factors, capped, times the premium base. */
export function amountForAcceptedFactors(
  method: PerformanceMethod,
  premiumBase: PremiumBase,
  accepted: readonly AcceptedFactor[],
): { totalFactor: number; capApplied: boolean; amountCents: number; decision: Decision } {
  const sum = accepted.reduce((total, a) => total + a.factor, 0);
  const totalFactor = Math.min(sum, method.cap.max);
  return {
    totalFactor,
    capApplied: totalFactor !== sum,
    amountCents: Math.round(premiumBase.amountCents * totalFactor),
    decision: noDecision('stand-in engine'),
  };
}

const STAND_IN_METHODS: readonly PerformanceMethod[] = [
  {
    id: 'fehbar-1998',
    version: 'stand-in',
    title: '48 CFR 1609.7101 (stand-in)',
    source: '63 FR 55336',
    effectiveFromYear: 1999,
    effectiveToYear: 2015,
    outcomeKind: 'withhold',
    cap: { max: 0.01 },
    elements: [
      {
        id: 'customer-service',
        label: 'Customer Service',
        maxFactor: 0.007,
        weight: 0.7,
        citation: '48 CFR 1609.7101-1(a)',
        items: [],
      },
      {
        id: 'critical-contract-compliance',
        label: 'Critical Contract Compliance',
        maxFactor: 0.003,
        weight: 0.3,
        citation: '48 CFR 1609.7101-1(b)',
        items: [],
      },
    ],
  },
];

export function loadPerformanceMethods(_dir?: string): readonly PerformanceMethod[] {
  return STAND_IN_METHODS;
}

export function methodFor(contractYear: number, methodId?: string, _dir?: string): PerformanceMethod {
  const found = STAND_IN_METHODS.find((m) =>
    methodId !== undefined
      ? m.id === methodId
      : m.effectiveFromYear <= contractYear && (m.effectiveToYear ?? 9999) >= contractYear,
  );
  if (!found) throw new PshbError('NOT_FOUND', `no performance method ${methodId ?? `for ${contractYear}`}`);
  return found;
}
