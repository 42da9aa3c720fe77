import { describe, expect, it } from 'vitest';
import {
  filtersFromSearch,
  payFrequencyOf,
  searchFromFilters,
  visiblePlans,
  type PlanFilters,
} from './plan-list.ts';
import { findOffer, planOptions } from './plan-options.ts';
import type { PlanOffer } from './portal-types.ts';

const NO_ESTIMATE = { premiums: 0, membershipFee: 0, outOfPocket: null, cappedAtMaximum: false, total: null };

const offer = (
  code: string,
  carrier: string,
  type: PlanOffer['enrollmentType'],
  enrollee: number,
  extra: Partial<PlanOffer> = {},
): PlanOffer => ({
  enrollmentCode: code,
  enrollmentType: type,
  carrier: { code: carrier, name: carrier },
  plan: { code: code.slice(0, 2), name: `${carrier} Plan` },
  option: { code: '1', name: 'High' },
  payFrequency: 'biweekly',
  premium: { enrollee, government: 10000, total: enrollee + 10000 },
  hdhp: false,
  membershipFee: false,
  serviceArea: 'nationwide',
  regions: [],
  costSharing: null,
  benefits: null,
  estimates: { low: NO_ESTIMATE, medium: NO_ESTIMATE, high: NO_ESTIMATE },
  ...extra,
});

const plans = [
  offer('11A', 'Zeta', 'self_only', 9000),
  offer('11C', 'Zeta', 'self_plus_one', 15000),
  offer('22A', 'Alpha', 'self_only', 12000, { hdhp: true }),
  offer('33A', 'Beta', 'self_only', 7000, { serviceArea: 'regional', regions: ['CA'] }),
];
const base: PlanFilters = {
  enrollmentType: 'self_only',
  hdhpOnly: false,
  nationwideOnly: false,
  sort: 'premium',
  payFrequency: 'biweekly',
};

describe('plan comparison rows', () => {
  it('shows my enrollment type, cheapest share first', () => {
    expect(visiblePlans(plans, base).map((p) => p.enrollmentCode)).toEqual(['33A', '11A', '22A']);
  });

  it('shows every offer of every type with "all"', () => {
    expect(visiblePlans(plans, { ...base, enrollmentType: 'all' })).toHaveLength(4);
  });

  it('keeps high deductible plans only, or nationwide plans only', () => {
    expect(visiblePlans(plans, { ...base, hdhpOnly: true }).map((p) => p.enrollmentCode)).toEqual(['22A']);
    expect(visiblePlans(plans, { ...base, nationwideOnly: true }).map((p) => p.enrollmentCode)).toEqual([
      '11A',
      '22A',
    ]);
  });

  it('sorts by carrier name when asked', () => {
    expect(visiblePlans(plans, { ...base, sort: 'carrier' }).map((p) => p.carrier.name)).toEqual([
      'Alpha',
      'Beta',
      'Zeta',
    ]);
  });

  it('reads the filters from the address, with my own type and pay frequency as defaults', () => {
    const defaults = { enrollmentType: 'self_plus_one' as const, payFrequency: 'monthly' as const };
    expect(filtersFromSearch(new URLSearchParams(''), defaults)).toEqual({
      ...base,
      enrollmentType: 'self_plus_one',
      payFrequency: 'monthly',
    });
    const all = filtersFromSearch(new URLSearchParams('enrollmentType=all&hdhp=1&sort=carrier'), defaults);
    expect(all).toMatchObject({ enrollmentType: 'all', hdhpOnly: true, sort: 'carrier' });
    expect(filtersFromSearch(searchFromFilters(all), defaults)).toEqual(all);
    expect(filtersFromSearch(new URLSearchParams('enrollmentType=bogus'), defaults).enrollmentType).toBe(
      'self_plus_one',
    );
  });

  it('pays annuitants monthly and employees every two weeks', () => {
    expect(payFrequencyOf('annuitant')).toBe('monthly');
    expect(payFrequencyOf('employee')).toBe('biweekly');
  });
});

describe('plan options for a form', () => {
  it('lists each option once with the types it offers, and finds the offer of one type', () => {
    const options = planOptions(plans);
    expect(options.map((o) => o.label)).toEqual([
      'Alpha, Alpha Plan: High',
      'Beta, Beta Plan: High',
      'Zeta, Zeta Plan: High',
    ]);
    expect(options.find((o) => o.key === '11:1')?.types).toEqual(['self_only', 'self_plus_one']);
    expect(findOffer(plans, '11:1', 'self_plus_one')?.enrollmentCode).toBe('11C');
    expect(findOffer(plans, '22:1', 'self_and_family')).toBeUndefined();
  });
});
