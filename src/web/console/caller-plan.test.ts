import { describe, expect, it } from 'vitest';
import { byEnrolleePremium, currentOffer, payFrequencyOfKind, plansQuery } from './caller-plan.ts';
import type { PlanOffer } from './console-types.ts';

const NO_ESTIMATE = { premiums: 0, membershipFee: 0, outOfPocket: null, cappedAtMaximum: false, total: null };

function offer(code: string, enrollee: number): PlanOffer {
  return {
    enrollmentCode: code,
    enrollmentType: 'self_only',
    carrier: { code: 'C', name: 'Carrier' },
    plan: { code: 'P', name: `Plan ${code}` },
    option: { code: 'O', name: 'High Option' },
    payFrequency: 'biweekly',
    premium: { enrollee, government: 1000, total: enrollee + 1000 },
    hdhp: false,
    membershipFee: false,
    serviceArea: 'nationwide',
    regions: [],
    costSharing: null,
    benefits: null,
    estimates: { low: NO_ESTIMATE, medium: NO_ESTIMATE, high: NO_ESTIMATE },
  };
}

describe("the caller's plan", () => {
  it('pays biweekly as an employee and monthly as an annuitant', () => {
    expect(payFrequencyOfKind('employee')).toBe('biweekly');
    expect(payFrequencyOfKind('annuitant')).toBe('monthly');
  });

  it('finds the offer of the coverage held, or none', () => {
    const offers = [offer('23A', 5000), offer('24A', 4000)];
    const coverage = {
      enrollmentCode: '24A',
      planCode: 'P',
      optionCode: 'O',
      enrollmentType: 'self_only',
    } as const;
    expect(currentOffer(offers, coverage)?.plan.name).toBe('Plan 24A');
    expect(currentOffer(offers, { ...coverage, enrollmentCode: '99Z' })).toBeNull();
    expect(currentOffer(offers, null)).toBeNull();
  });

  it("asks only for the plans of the caller's area: nationwide ones for a caller abroad", () => {
    expect(plansQuery({ payFrequency: 'monthly', enrollmentType: 'self_only', residenceState: 'MD' })).toBe(
      'plans?payFrequency=monthly&limit=200&enrollmentType=self_only&state=MD',
    );
    expect(plansQuery({ payFrequency: 'biweekly', residenceState: null })).toBe(
      'plans?payFrequency=biweekly&limit=200&state=none',
    );
  });

  it('lists the cheapest plan for the caller first', () => {
    const sorted = byEnrolleePremium([offer('B', 300), offer('A', 300), offer('C', 100)]);
    expect(sorted.map((o) => o.enrollmentCode)).toEqual(['C', 'A', 'B']);
  });
});
