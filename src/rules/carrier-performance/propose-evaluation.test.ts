// The 1998 method (48 CFR 1609.7101) and the Plan Performance Assessment run on the same engine from
// their data files; each test is named after the paragraph it proves.
import { describe, expect, it } from 'vitest';
import {
  MISSED_VALUES,
  evidenceFor,
  evidenceItem,
  premiumBase,
  shippedMethod,
} from '../../../test-support/performance-fixtures.ts';
import { proposeEvaluation } from './propose-evaluation.ts';

const fehbar = shippedMethod('fehbar-1998');
const ppa = shippedMethod('ppa-2015');
const MILLION = 1_000_000_00;

function element(proposal: ReturnType<typeof proposeEvaluation>, id: string) {
  const found = proposal.elements.find((candidate) => candidate.elementId === id);
  if (!found) throw new Error(id);
  return found;
}

describe('48 CFR 1609.7101-2 community-rated carrier performance factors', () => {
  it('1609.7101-2: a carrier that met every obligation has no factor and nothing is withheld', () => {
    const proposal = proposeEvaluation(fehbar, evidenceFor(fehbar, 2005), premiumBase(MILLION));
    expect(proposal.totalFactor).toBe(0);
    expect(proposal.amountCents).toBe(0);
    expect(proposal.decision.outcome).toBe('nothing-due');
    expect(proposal.outcomeKind).toBe('withhold');
  });

  it('1609.7101-2: Customer Service at most .007, Critical Contract Compliance at most .003, the sum at most .01', () => {
    const proposal = proposeEvaluation(
      fehbar,
      evidenceFor(fehbar, 2005, MISSED_VALUES),
      premiumBase(MILLION),
    );
    expect(element(proposal, 'customer-service').proposedFactor).toBe(0.007);
    expect(element(proposal, 'critical-contract-compliance').proposedFactor).toBe(0.003);
    expect(proposal.totalFactor).toBe(0.01);
    expect(proposal.amountCents).toBe(1_000_000);
    expect(proposal.decision.citations).toContain('48 CFR 1609.7101-2; 48 CFR 1632.170(a)(2)');
  });

  it('1609.7101-2: the total premium is multiplied by the sum of all the factors', () => {
    const proposal = proposeEvaluation(
      fehbar,
      evidenceFor(fehbar, 2005, { 'rates-benefits.days-late': 30, 'reports.late-count': 1 }),
      premiumBase(123_456_789),
    );
    // Rank 1 of 6 is 6/21 of .007 = .002 (missed entirely); Timely Submissions is 3/6 of .003,
    // its reports measure half of it, scoring 0.5: .0015 x .5 x .5.
    expect(element(proposal, 'customer-service').proposedFactor).toBe(0.002);
    expect(element(proposal, 'critical-contract-compliance').proposedFactor).toBe(0.000375);
    expect(proposal.totalFactor).toBe(0.002375);
    expect(proposal.amountCents).toBe(Math.round(123_456_789 * 0.002375));
  });
});

describe('48 CFR 1609.7101-1 community-rated carrier incentive performance elements', () => {
  it('1609.7101-1(a): Customer Service has the six ranked items, rank 1 weighing most', () => {
    const items = fehbar.elements[0]!.items;
    expect(items.map((item) => item.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(items[0]!.label).toMatch(/^Timely Closure on Rates and Benefits/);
    expect(items[5]!.label).toBe('Reconsideration/Disputed Claims');
    for (let index = 1; index < items.length; index += 1)
      expect(items[index]!.weight).toBeLessThan(items[index - 1]!.weight);
  });

  it('1609.7101-1(a)(3): CAHPS is not applicable before contract year 2000 and costs nothing', () => {
    const proposal = proposeEvaluation(
      fehbar,
      evidenceFor(fehbar, 1999, { 'cahps.getting-needed-care': 10 }),
      premiumBase(MILLION),
    );
    const cahps = element(proposal, 'customer-service').items.find(
      (item) => item.itemId === 'customer-service-standards',
    )!;
    expect(cahps.applicable).toBe(false);
    expect(cahps.proposedFactor).toBe(0);
    expect(proposal.totalFactor).toBe(0);
    const in2000 = proposeEvaluation(
      fehbar,
      evidenceFor(fehbar, 2000, { 'cahps.getting-needed-care': 10 }),
      premiumBase(MILLION),
    );
    expect(in2000.totalFactor).toBeGreaterThan(0);
  });

  it('1609.7101-1(b)(2) and (b)(3): no change of administrator and no significant event cost nothing (63 FR 55336)', () => {
    const proposal = proposeEvaluation(
      fehbar,
      evidenceFor(fehbar, 2010, {}, [
        'contract-administrator-change.days-to-notify',
        'significant-event.days-to-notify',
      ]),
      premiumBase(MILLION),
    );
    const items = element(proposal, 'critical-contract-compliance').items;
    expect(items.filter((item) => !item.applicable).map((item) => item.itemId)).toEqual([
      'contract-administrators',
      'significant-events',
    ]);
    expect(items[1]!.decision.citations).toContain('63 FR 55336 (preamble)');
    expect(proposal.totalFactor).toBe(0);
  });

  it('1609.7101: missing evidence proposes the full share, flagged for the contracting officer', () => {
    const evidence = evidenceFor(fehbar, 2010);
    const without = {
      ...evidence,
      items: evidence.items.filter((item) => item.measure !== 'surveys.cooperated'),
    };
    const proposal = proposeEvaluation(fehbar, without, premiumBase(MILLION));
    const surveys = element(proposal, 'customer-service').items.find(
      (item) => item.itemId === 'cooperation-in-surveys',
    )!;
    expect(surveys.decision.outcome).toBe('no-evidence');
    expect(surveys.proposedFactor).toBe(0.001);
    expect(surveys.decision.explanation).toMatch(/no evidence was recorded/);
  });

  it('1609.7101: evidence of the wrong kind is flagged like missing evidence', () => {
    const evidence = evidenceFor(fehbar, 2010);
    const proposal = proposeEvaluation(
      fehbar,
      { ...evidence, items: [...evidence.items, evidenceItem('surveys.cooperated', 'perhaps')] },
      premiumBase(MILLION),
    );
    const surveys = element(proposal, 'customer-service').items[3]!;
    expect(surveys.decision.outcome).toBe('no-evidence');
    expect(surveys.decision.explanation).toMatch(/not yes or no/);
  });

  it('1609.7101: the method notes a contract year outside the years it is in force', () => {
    const proposal = proposeEvaluation(fehbar, evidenceFor(fehbar, 2020), premiumBase(MILLION));
    expect(proposal.decision.facts.methodInForce).toBe(false);
    expect(proposal.decision.explanation).toMatch(/1999-2015/);
  });
});

describe('80 FR 37178 Plan Performance Assessment', () => {
  it('80 FR 37178: the same engine runs the Plan Performance Assessment as an adjustment', () => {
    const best = proposeEvaluation(ppa, evidenceFor(ppa, 2016), premiumBase(MILLION));
    expect(best.outcomeKind).toBe('adjustment');
    expect(best.totalFactor).toBe(ppa.cap.min);
    expect(best.amountCents).toBe(-1_000_000);
    const worst = proposeEvaluation(ppa, evidenceFor(ppa, 2016, MISSED_VALUES), premiumBase(MILLION));
    expect(worst.totalFactor).toBe(ppa.cap.max);
  });

  it('80 FR 37178: a HEDIS rate between the floor and the target scores on the line between them', () => {
    const proposal = proposeEvaluation(
      ppa,
      evidenceFor(ppa, 2017, { 'hedis.breast-cancer-screening': 72.5 }),
      premiumBase(MILLION),
    );
    const item = element(proposal, 'clinical-quality').items[0]!;
    expect(item.score).toBeCloseTo(0.5, 10);
    // half of its share (.5 of the element's range of .008)
    expect(item.proposedFactor).toBe(0.002);
  });
});
