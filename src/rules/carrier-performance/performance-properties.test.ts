// Invariants of the engine over random evidence, premiums and factors (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactValue } from '../decision.ts';
import {
  MET_VALUES,
  evidenceFor,
  measuresOf,
  premiumBase,
  shippedMethod,
} from '../../../test-support/performance-fixtures.ts';
import { amountForAcceptedFactors } from './accepted-factors.ts';
import type { PerformanceMethod } from './performance-method.ts';
import { premiumTimesFactor } from './premium-amount.ts';
import { proposeEvaluation } from './propose-evaluation.ts';

const methods = [shippedMethod('fehbar-1998'), shippedMethod('ppa-2015')];

/** A measured value for a measure: booleans for yes/no measures, numbers over the scorings' ranges. */
function valueArbitrary(measure: string): fc.Arbitrary<FactValue> {
  if (typeof MET_VALUES[measure] === 'boolean') return fc.boolean();
  if (measure.endsWith('-rate')) return fc.double({ min: 0, max: 1, noNaN: true });
  return fc.integer({ min: 0, max: 120 });
}

function evidenceArbitrary(method: PerformanceMethod) {
  const measures = measuresOf(method);
  return fc.record({
    year: fc.integer({ min: method.effectiveFromYear, max: method.effectiveFromYear + 10 }),
    values: fc.record(Object.fromEntries(measures.map((measure) => [measure, valueArbitrary(measure)]))),
    notApplicable: fc.subarray(measures),
    premium: fc.integer({ min: 0, max: 50_000_000_000_00 }),
  });
}

/** base x total rounded half away from zero, checked independently of the engine's BigInt. */
function expectedAmount(base: number, total: number): number {
  const exact = base * total;
  return Math.sign(exact) * Math.round(Math.abs(exact));
}

describe('carrier performance engine properties', () => {
  for (const method of methods) {
    it(`${method.id}: the total never leaves the cap (48 CFR 1609.7101-2)`, () => {
      fc.assert(
        fc.property(evidenceArbitrary(method), ({ year, values, notApplicable, premium }) => {
          const proposal = proposeEvaluation(
            method,
            evidenceFor(method, year, values, notApplicable),
            premiumBase(premium),
          );
          expect(proposal.totalFactor).toBeLessThanOrEqual(method.cap.max);
          expect(proposal.totalFactor).toBeGreaterThanOrEqual(method.cap.min);
          for (const element of proposal.elements)
            expect(element.proposedFactor).toBeLessThanOrEqual(element.maxFactor);
        }),
      );
    });

    it(`${method.id}: the amount is the premium base times the total, rounded to the cent`, () => {
      fc.assert(
        fc.property(evidenceArbitrary(method), ({ year, values, notApplicable, premium }) => {
          const proposal = proposeEvaluation(
            method,
            evidenceFor(method, year, values, notApplicable),
            premiumBase(premium),
          );
          expect(
            Math.abs(proposal.amountCents - expectedAmount(premium, proposal.totalFactor)),
          ).toBeLessThanOrEqual(1);
          expect(Math.abs(proposal.amountCents - premium * proposal.totalFactor)).toBeLessThanOrEqual(
            0.5 + 1e-6,
          );
          expect(proposal.amountCents).toBe(premiumTimesFactor(premium, proposal.totalFactor));
        }),
      );
    });

    it(`${method.id}: an item whose event did not occur never costs anything (63 FR 55336)`, () => {
      fc.assert(
        fc.property(
          evidenceArbitrary(method),
          fc.constantFrom(...measuresOf(method)),
          ({ year, values, notApplicable, premium }, measure) => {
            const before = proposeEvaluation(
              method,
              evidenceFor(method, year, values, notApplicable),
              premiumBase(premium),
            );
            const after = proposeEvaluation(
              method,
              evidenceFor(method, year, values, [...notApplicable, measure]),
              premiumBase(premium),
            );
            expect(after.totalFactor).toBeLessThanOrEqual(before.totalFactor);
            for (const element of after.elements)
              for (const item of element.items) if (!item.applicable) expect(item.proposedFactor).toBe(0);
          },
        ),
      );
    });

    it(`${method.id}: worse evidence never lowers the proposed factor`, () => {
      fc.assert(
        fc.property(
          evidenceArbitrary(method),
          fc.constantFrom(...measuresOf(method)),
          ({ year, values, premium }, measure) => {
            const scoring = method.elements
              .flatMap((element) => element.items.flatMap((item) => item.measures))
              .find((candidate) => candidate.measure === measure)!.scoring;
            const value = values[measure];
            let worse: FactValue;
            if (scoring.kind === 'boolean') worse = !scoring.metWhen;
            else {
              const lowerIsBetter = scoring.direction === 'lower-is-better';
              worse = lowerIsBetter ? Number(value) + 5 : Number(value) * 0.8 - 1;
            }
            const before = proposeEvaluation(method, evidenceFor(method, year, values), premiumBase(premium));
            const after = proposeEvaluation(
              method,
              evidenceFor(method, year, { ...values, [measure]: worse }),
              premiumBase(premium),
            );
            expect(after.totalFactor).toBeGreaterThanOrEqual(before.totalFactor);
            // No evidence at all is the worst of all.
            const missing = evidenceFor(method, year, values);
            const without = proposeEvaluation(
              method,
              { ...missing, items: missing.items.filter((item) => item.measure !== measure) },
              premiumBase(premium),
            );
            expect(without.totalFactor).toBeGreaterThanOrEqual(before.totalFactor);
          },
        ),
      );
    });

    it(`${method.id}: accepted factors never leave their ranges or the cap`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), {
            minLength: method.elements.length,
            maxLength: method.elements.length,
          }),
          fc.integer({ min: 0, max: 50_000_000_000_00 }),
          (factors, premium) => {
            const result = amountForAcceptedFactors(
              method,
              premiumBase(premium),
              method.elements.map((element, index) => ({ elementId: element.id, factor: factors[index]! })),
            );
            expect(result.totalFactor).toBeLessThanOrEqual(method.cap.max);
            expect(result.totalFactor).toBeGreaterThanOrEqual(method.cap.min);
            expect(Math.abs(result.amountCents - premium * result.totalFactor)).toBeLessThanOrEqual(
              0.5 + 1e-6,
            );
          },
        ),
      );
    });
  }
});
