// The amount from the factors the contracting officer accepted: "OPM will apply the Customer Service
// and Critical Contract Compliance Requirements percentage factors specified by the contracting
// officer" (48 CFR 1609.7101-2). Each factor is held to its element's range, the sum to the method's
// cap (.01; 1632.170(a)(2)), and "the total premium will be multiplied by the sum of all the factors"
// in whole cents, half a cent away from zero.
import { PshbError } from '../../errors.ts';
import { decision, type Decision, type FactValue } from '../decision.ts';
import { cappedTotal, withinElementRange } from './factor-cap.ts';
import type { PerformanceMethod } from './performance-method.ts';
import type { AcceptedFactor, PremiumBase } from './performance-types.ts';
import { formatCents, premiumTimesFactor } from './premium-amount.ts';
import { amountOutcome } from './propose-evaluation.ts';

export const ACCEPTED_RULE = 'carrier-performance.accepted';

export interface AcceptedAmount {
  readonly totalFactor: number;
  readonly capApplied: boolean;
  readonly amountCents: number;
  readonly decision: Decision;
}

/** Refuses factors naming no element of the method, naming one twice, or not a number. */
function checkAccepted(method: PerformanceMethod, accepted: readonly AcceptedFactor[]): void {
  const known = new Set(method.elements.map((element) => element.id));
  const seen = new Set<string>();
  accepted.forEach((factor, index) => {
    const field = `accepted[${index}]`;
    if (!known.has(factor.elementId))
      throw new PshbError(
        'INVALID_INPUT',
        `${field}.elementId: "${factor.elementId}" is no element of ${method.id}; elements: ${[...known].join(', ')}`,
        [{ field: `${field}.elementId`, message: `not an element of ${method.id}` }],
      );
    if (seen.has(factor.elementId))
      throw new PshbError('INVALID_INPUT', `${field}.elementId: "${factor.elementId}" is given twice`, [
        { field: `${field}.elementId`, message: 'given twice' },
      ]);
    if (!Number.isFinite(factor.factor))
      throw new PshbError('INVALID_INPUT', `${field}.factor: not a number`, [
        { field: `${field}.factor`, message: 'not a number' },
      ]);
    seen.add(factor.elementId);
  });
}

export function amountForAcceptedFactors(
  method: PerformanceMethod,
  premiumBase: PremiumBase,
  accepted: readonly AcceptedFactor[],
): AcceptedAmount {
  checkAccepted(method, accepted);
  const facts: Record<string, FactValue> = {};
  const notes: string[] = [];
  const factors = method.elements.map((element) => {
    const given = accepted.find((factor) => factor.elementId === element.id);
    if (!given) {
      facts[element.id] = 0;
      notes.push(`${element.label} has no accepted factor and counts as 0`);
      return 0;
    }
    const held = withinElementRange(element, given.factor);
    facts[element.id] = held;
    if (held !== given.factor) {
      facts[`${element.id}.given`] = given.factor;
      notes.push(
        `${element.label} ${given.factor} is held to its range ${element.minFactor} to ${element.maxFactor}: ${held}`,
      );
    }
    return held;
  });
  const { sum, total, capApplied } = cappedTotal(method, factors);
  const amountCents = premiumTimesFactor(premiumBase.amountCents, total);
  Object.assign(facts, {
    sumOfFactors: sum,
    cap: method.cap.max,
    capApplied,
    totalFactor: total,
    premiumBaseCents: premiumBase.amountCents,
    amountCents,
  });
  const explanation =
    `The accepted factors sum to ${sum}` +
    (capApplied ? `, held to the cap of ${sum > total ? method.cap.max : method.cap.min}` : '') +
    `; ${formatCents(premiumBase.amountCents)} premium x ${total} = ${formatCents(amountCents)}.` +
    (notes.length > 0 ? ` ${notes.join('; ')}.` : '');
  return {
    totalFactor: total,
    capApplied,
    amountCents,
    decision: decision(
      ACCEPTED_RULE,
      amountOutcome(total),
      [method.source.citation, method.premiumBase.citation, method.cap.citation],
      facts,
      explanation,
    ),
  };
}
