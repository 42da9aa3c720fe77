// The proposal for a carrier's contract year under a method: every item judged on the evidence
// (score-item.ts), each element's factor the sum of its items' parts within the element's range,
// the total within the method's cap, and the amount: "The total premium will be multiplied by the
// sum of all the factors" (48 CFR 1609.7101-2). The contracting officer then accepts or changes each
// element's factor (accepted-factors.ts); the engine only proposes.
import { decision } from '../decision.ts';
import { cappedTotal, inForce, withinElementRange, yearsInForce } from './factor-cap.ts';
import type { MethodElement, PerformanceMethod } from './performance-method.ts';
import type {
  CarrierYearEvidence,
  ElementProposal,
  EvaluationProposal,
  PremiumBase,
} from './performance-types.ts';
import { formatCents, premiumTimesFactor, roundFactor } from './premium-amount.ts';
import { scoreItem } from './score-item.ts';

export const ELEMENT_RULE = 'carrier-performance.element';
export const EVALUATION_RULE = 'carrier-performance.evaluation';

export type AmountOutcome = 'amount-due' | 'amount-credited' | 'nothing-due';

export function amountOutcome(totalFactor: number): AmountOutcome {
  return totalFactor > 0 ? 'amount-due' : totalFactor < 0 ? 'amount-credited' : 'nothing-due';
}

function proposeElement(
  method: PerformanceMethod,
  element: MethodElement,
  evidence: CarrierYearEvidence,
): ElementProposal {
  const items = element.items.map((item) => scoreItem(method, element, item, evidence));
  // Summed from the unrounded parts, so three thirds of a share make the whole share.
  const span = element.maxFactor - element.minFactor;
  const parts = items.reduce((sum, finding, index) => {
    const weight = element.items[index]!.weight;
    if (finding.decision.outcome === 'no-evidence') return sum + span * weight;
    return finding.score === null ? sum : sum + span * weight * (1 - Math.min(1, finding.score));
  }, 0);
  const proposedFactor = withinElementRange(element, element.minFactor + parts);
  const flagged = items.filter((item) => item.decision.outcome === 'no-evidence');
  const notApplicable = items.filter((item) => !item.applicable);
  const charged = items.filter((item) => item.proposedFactor > 0);
  const why =
    charged.length === 0
      ? 'every item was met or not applicable'
      : charged.map((item) => `${item.label} ${item.proposedFactor}`).join(', ');
  const explanation =
    `${element.label} (${element.weight * 100}% of the total, factor ${element.minFactor} to ${element.maxFactor}): ` +
    `proposed ${proposedFactor}, because ${why}.` +
    (flagged.length > 0
      ? ` ${flagged.length} item(s) lack evidence and need the contracting officer's decision.`
      : '') +
    (notApplicable.length > 0 ? ` ${notApplicable.length} item(s) not applicable cost nothing.` : '');
  return {
    elementId: element.id,
    label: element.label,
    maxFactor: element.maxFactor,
    proposedFactor,
    items,
    decision: decision(
      ELEMENT_RULE,
      charged.length === 0 ? 'no-factor' : 'factor-proposed',
      [method.source.citation, element.citation],
      {
        weight: element.weight,
        minFactor: element.minFactor,
        maxFactor: element.maxFactor,
        proposedFactor,
        itemsCharged: charged.length,
        itemsWithoutEvidence: flagged.length,
        itemsNotApplicable: notApplicable.length,
      },
      explanation,
    ),
  };
}

/** What the engine proposes for a carrier's contract year under `method`. */
export function proposeEvaluation(
  method: PerformanceMethod,
  evidence: CarrierYearEvidence,
  premiumBase: PremiumBase,
): EvaluationProposal {
  const elements = method.elements.map((element) => proposeElement(method, element, evidence));
  const { sum, total, capApplied } = cappedTotal(
    method,
    elements.map((element) => element.proposedFactor),
  );
  const amountCents = premiumTimesFactor(premiumBase.amountCents, total);
  const applies = inForce(method, evidence.contractYear);
  const explanation =
    `${method.title}: the factors sum to ${sum}` +
    (capApplied ? `, held to the cap of ${sum > total ? method.cap.max : method.cap.min}` : '') +
    `; ${formatCents(premiumBase.amountCents)} premium x ${total} = ${formatCents(amountCents)}` +
    (method.outcomeKind === 'withhold' ? ' to be withheld.' : ' performance adjustment.') +
    (applies
      ? ''
      : ` Note: the method is in force for contract years ${yearsInForce(method)}, not ${evidence.contractYear}.`);
  return {
    methodId: method.id,
    methodVersion: method.version,
    carrierCode: evidence.carrierCode,
    planCode: evidence.planCode ?? null,
    contractYear: evidence.contractYear,
    outcomeKind: method.outcomeKind,
    elements,
    totalFactor: total,
    capApplied,
    premiumBase,
    amountCents,
    decision: decision(
      EVALUATION_RULE,
      amountOutcome(total),
      [method.source.citation, method.premiumBase.citation, method.cap.citation],
      {
        sumOfFactors: roundFactor(sum),
        cap: method.cap.max,
        capMin: method.cap.min,
        capApplied,
        totalFactor: total,
        premiumBaseCents: premiumBase.amountCents,
        amountCents,
        methodInForce: applies,
      },
      explanation,
    ),
  };
}
