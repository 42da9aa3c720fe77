import { describe, expect, it } from 'vitest';
import { loadContributionParameters } from '../../reference-data.ts';
import { mostSpecificCitation } from '../decision.ts';
import { TEST_CATALOGUE } from '../../../test-support/rules-fixtures.ts';
import {
  compareWithPublishedMaximum,
  divideRoundHalfUp,
  governmentContribution,
  programWeightedAverages,
} from './contributions.ts';

const PARAMETERS = loadContributionParameters(2025);
const option = (plan: string, code: string) =>
  TEST_CATALOGUE.options.find((o) => o.planCode === plan && o.optionCode === code)!;
// Synthetic counts: 3 in N1 option 1 self only (total $320.00), 1 in N1 option 2 (total $280.00).
const AVERAGES = programWeightedAverages(
  [
    { enrollmentCode: 'N1A', count: 3 },
    { enrollmentCode: 'N1D', count: 1 },
    { enrollmentCode: 'UNKNOWN', count: 99 },
  ],
  TEST_CATALOGUE,
);

describe('5 U.S.C. 8906(b) and 8903c(i) contributions', () => {
  it('8903c(i): the weighted average uses PSHB rates weighted by enrollment, rounded half up', () => {
    expect(AVERAGES.self_only).toEqual({ enrollments: 4, biweekly: 31_000, monthly: 67_166 });
    expect(divideRoundHalfUp(5, 2)).toBe(3);
    expect(divideRoundHalfUp(4, 3)).toBe(1);
  });

  it('8906(b)(1): 72% of the weighted average when under the cap; the enrollee pays the rest', () => {
    const made = governmentContribution(option('N1', '1'), 'self_only', AVERAGES, 'biweekly', PARAMETERS);
    expect(made.government).toBe(22_320);
    expect(made.enrollee).toBe(32_000 - 22_320);
    expect(mostSpecificCitation(made)).toBe('5 U.S.C. 8906(b)(1)');
  });

  it('8906(b)(2): not more than 75% of the plan premium', () => {
    const made = governmentContribution(option('N1', '2'), 'self_only', AVERAGES, 'biweekly', PARAMETERS);
    expect(made.government).toBe(21_000);
    expect(made.enrollee).toBe(7_000);
    expect(mostSpecificCitation(made)).toBe('5 U.S.C. 8906(b)(2)');
  });

  it('8906(b): annuitants monthly, from the published monthly premium', () => {
    const made = governmentContribution(option('N1', '1'), 'self_only', AVERAGES, 'monthly', PARAMETERS);
    expect(made.total).toBe(69_333);
    expect(made.government).toBe(48_360);
    expect(made.enrollee).toBe(20_973);
  });

  it('8906(b): no average for a type nobody holds', () => {
    expect(
      governmentContribution(option('N1', '1'), 'self_and_family', AVERAGES, 'biweekly', PARAMETERS).outcome,
    ).toBe('not_offered');
  });

  it('8906(b): the published maximum is for comparison only', () => {
    expect(compareWithPublishedMaximum('self_only', 28_600, PARAMETERS)).toEqual({
      published: 28_609,
      difference: -9,
    });
  });
});
