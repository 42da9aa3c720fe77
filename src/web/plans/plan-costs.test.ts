import { describe, expect, it } from 'vitest';
import type { PlanOffer, YearlyEstimate } from '../api/api-types.ts';
import { sortByCost, toggleCompared, ZIP_CODE } from './plan-costs.ts';

const estimate = (total: number | null): YearlyEstimate => ({
  premiums: 0,
  membershipFee: 0,
  outOfPocket: total,
  cappedAtMaximum: false,
  total,
});

function offer(
  code: string,
  enrollee: number,
  totals: [number | null, number | null, number | null],
): PlanOffer {
  return {
    enrollmentCode: code,
    enrollmentType: 'self_only',
    carrier: { code: code, name: `Carrier ${code}` },
    plan: { code, name: `Plan ${code}` },
    option: { code: '1', name: 'High' },
    payFrequency: 'biweekly',
    premium: { enrollee, government: 0, total: enrollee },
    hdhp: false,
    membershipFee: false,
    serviceArea: 'nationwide',
    regions: [],
    costSharing: null,
    benefits: null,
    estimates: { low: estimate(totals[0]), medium: estimate(totals[1]), high: estimate(totals[2]) },
  };
}

describe('plans sorted by what a year costs', () => {
  const a = offer('A1A', 100, [1_000, 5_000, 9_000]);
  const b = offer('B1A', 200, [2_000, 3_000, 4_000]);
  const old = offer('C1A', 50, [null, null, null]);

  it('by the estimate at the chosen use level, plans without figures last', () => {
    expect(sortByCost([old, b, a], 'cost', 'low').map((o) => o.enrollmentCode)).toEqual([
      'A1A',
      'B1A',
      'C1A',
    ]);
    expect(sortByCost([old, a, b], 'cost', 'high').map((o) => o.enrollmentCode)).toEqual([
      'B1A',
      'A1A',
      'C1A',
    ]);
  });

  it('by premium or by name', () => {
    expect(sortByCost([a, b, old], 'premium', 'low').map((o) => o.enrollmentCode)).toEqual([
      'C1A',
      'A1A',
      'B1A',
    ]);
    expect(sortByCost([b, old, a], 'name', 'low').map((o) => o.enrollmentCode)).toEqual([
      'A1A',
      'B1A',
      'C1A',
    ]);
  });

  it('compares at most three plans', () => {
    expect(toggleCompared(['A', 'B', 'C'], 'D')).toEqual(['A', 'B', 'C']);
    expect(toggleCompared(['A', 'B'], 'A')).toEqual(['B']);
    expect(toggleCompared(['A'], 'B')).toEqual(['A', 'B']);
  });

  it('a ZIP Code is five digits or ZIP+4', () => {
    expect(ZIP_CODE.test('89501')).toBe(true);
    expect(ZIP_CODE.test('89501-1234')).toBe(true);
    expect(ZIP_CODE.test('8950')).toBe(false);
    expect(ZIP_CODE.test('89501 ')).toBe(false);
  });
});
