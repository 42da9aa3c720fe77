// How a measured value scores under each kind of scoring, and what an item proposes.
import { describe, expect, it } from 'vitest';
import { evidenceFor, shippedMethod } from '../../../test-support/performance-fixtures.ts';
import { itemShare, scoreItem, scoreValue } from './score-item.ts';

const fehbar = shippedMethod('fehbar-1998');
const customerService = fehbar.elements[0]!;
const compliance = fehbar.elements[1]!;

describe('48 CFR 1609.7101-1 items scored from evidence', () => {
  it('1609.7101-1(a)(1): on time scores 1, a little late 0.5, later 0', () => {
    const scoring = customerService.items[0]!.measures[0]!.scoring;
    expect([0, 1, 14, 15, 90].map((days) => scoreValue(scoring, days))).toEqual([1, 0.5, 0.5, 0, 0]);
  });

  it('1609.7101-1(a)(4): cooperation in surveys is yes or no', () => {
    const scoring = customerService.items[3]!.measures[0]!.scoring;
    expect(scoreValue(scoring, true)).toBe(1);
    expect(scoreValue(scoring, false)).toBe(0);
  });

  it('1609.7101-1(a)(5)(ii): reconciliation "on a quarterly basis": four quarters 1, three 0.5, fewer 0', () => {
    const measure = customerService.items[4]!.measures.find(
      (candidate) => candidate.measure === 'enrollment-reconciliation.quarters-initiated-on-time',
    )!;
    expect([4, 3, 2, 0].map((quarters) => scoreValue(measure.scoring, quarters))).toEqual([1, 0.5, 0, 0]);
  });

  it('1609.7101-2: rank 1 of Customer Service is 6/21 of .007 and rank 3 of Critical Contract Compliance 1/6 of .003', () => {
    expect(itemShare(customerService, customerService.items[0]!)).toBe(0.002);
    expect(itemShare(customerService, customerService.items[5]!)).toBe(0.0003333333);
    expect(itemShare(compliance, compliance.items[2]!)).toBe(0.0005);
  });

  it('1609.7101-1(a)(5): an item of several measures scores their weighted sum', () => {
    const finding = scoreItem(
      fehbar,
      customerService,
      customerService.items[4]!,
      evidenceFor(fehbar, 2010, {
        'paperless-enrollment.first-pass-acceptance-rate': 0.96,
        'enrollment-reconciliation.discrepancies-aged-over-90-days': 400,
      }),
    );
    // 0.25 x 0.5 + 0.25 x 1 + 0.25 x 1 + 0.25 x 0 = 0.625 of a share of 2/21 of .007
    expect(finding.score).toBe(0.625);
    expect(finding.decision.outcome).toBe('partly-met');
    expect(finding.proposedFactor).toBe(0.00025);
    expect(finding.decision.citations.at(-1)).toBe('48 CFR 1609.7101-1(a)(5)');
    expect(finding.decision.explanation).toContain('96%');
  });

  it('80 FR 37178: a benchmark scores on a line, clamped at the floor and the target', () => {
    const ppa = shippedMethod('ppa-2015');
    const readmissions = ppa.elements[2]!.items[0]!.measures[0]!.scoring;
    expect([6, 8, 10, 12, 20].map((rate) => scoreValue(readmissions, rate))).toEqual([1, 1, 0.5, 0, 0]);
  });
});
