import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CostSharing, PlanBenefits, Premium } from '../domain/catalogue.ts';
import { USE_LEVELS, type UseProfile } from '../domain/plan-costs.ts';
import { loadShippedCatalogue, loadUseLevelProfiles } from '../reference-data.ts';
import { estimateYearlyCost, type CostEstimateInput } from './plan-cost.ts';

const shares = (enrollee: number) => ({ total: enrollee * 4, government: enrollee * 3, enrollee });
const PREMIUM: Premium = { enrollmentCode: 'X1A', biweekly: shares(10_000), monthly: shares(21_667) };
const BENEFITS: PlanBenefits = {
  membershipFeeYearly: 3_600,
  copays: { primaryCare: 2_500, specialist: 4_000, genericDrug: 1_000, emergencyRoom: 15_000 },
  coinsurancePercent: 20,
  brochureUrl: 'https://brochures.example/x1.pdf',
  source: 'synthetic',
  sourceNote: '',
};
const SHARING: CostSharing = { deductible: 50_000, outOfPocketMax: 500_000 };
const PROFILES = loadUseLevelProfiles();

const input = (over: Partial<CostEstimateInput> = {}): CostEstimateInput => ({
  premium: PREMIUM,
  payFrequency: 'biweekly',
  hdhp: false,
  benefits: BENEFITS,
  costSharing: SHARING,
  use: PROFILES.levels.medium,
  allowedCosts: PROFILES.allowedCosts,
  ...over,
});

describe('the year’s cost of a plan', () => {
  it('5 U.S.C. 8906(b), (d): 26 biweekly enrollee shares for an employee, 12 monthly for an annuitant', () => {
    expect(estimateYearlyCost(input()).premiums).toBe(260_000);
    const monthly = estimateYearlyCost(input({ payFrequency: 'monthly' }));
    expect(monthly.periods).toBe(12);
    expect(monthly.premiums).toBe(12 * 21_667);
  });

  it('adds the membership fee, copays, the deductible and coinsurance, and explains each figure', () => {
    const use: UseProfile = {
      primaryCareVisits: 2,
      specialistVisits: 1,
      genericPrescriptions: 3,
      emergencyVisits: 1,
      otherCharges: 150_000,
    };
    const estimate = estimateYearlyCost(input({ use }));
    // copays 2*25 + 40 + 3*10 + 150 = 270 dollars; 500 deductible + 20% of 1,000 = 700 dollars
    expect(estimate.spendingBeforeCap).toBe(27_000 + 70_000);
    expect(estimate.outOfPocket).toBe(97_000);
    expect(estimate.membershipFee).toBe(3_600);
    expect(estimate.total).toBe(260_000 + 3_600 + 97_000);
    expect(estimate.cappedAtMaximum).toBe(false);
    expect(estimate.citations).toContain('5 U.S.C. 8906(b)');
  });

  it('caps what care costs at the out-of-pocket maximum', () => {
    const estimate = estimateYearlyCost(
      input({ costSharing: { deductible: 50_000, outOfPocketMax: 60_000 }, use: PROFILES.levels.high }),
    );
    expect(estimate.outOfPocket).toBe(60_000);
    expect(estimate.cappedAtMaximum).toBe(true);
  });

  it('in an HDHP every visit counts against the deductible at its full cost', () => {
    const use: UseProfile = {
      primaryCareVisits: 1,
      specialistVisits: 0,
      genericPrescriptions: 0,
      emergencyVisits: 0,
      otherCharges: 0,
    };
    const estimate = estimateYearlyCost(input({ hdhp: true, use }));
    expect(estimate.outOfPocket).toBe(PROFILES.allowedCosts.primaryCare);
  });

  it('an option without benefit figures (an older catalogue) is estimated on premiums only, with no total', () => {
    const estimate = estimateYearlyCost(input({ benefits: undefined, costSharing: undefined }));
    expect(estimate.premiums).toBe(260_000);
    expect(estimate.outOfPocket).toBeNull();
    expect(estimate.total).toBeNull();
  });

  it('the shipped use levels grow from low to high in every count', () => {
    const { low, medium, high } = PROFILES.levels;
    for (const key of Object.keys(low) as (keyof UseProfile)[]) {
      expect(low[key]).toBeLessThanOrEqual(medium[key]);
      expect(medium[key]).toBeLessThanOrEqual(high[key]);
    }
  });

  it('every PSHB option of the shipped catalogue has benefit figures and an estimate at each level', () => {
    const catalogue = loadShippedCatalogue();
    for (const option of catalogue.options.filter((o) => o.program === 'PSHB'))
      for (const premium of Object.values(option.premiums))
        for (const level of USE_LEVELS) {
          const estimate = estimateYearlyCost(
            input({
              premium,
              hdhp: option.hdhp,
              benefits: option.benefits,
              costSharing: premium.costSharing,
              use: PROFILES.levels[level],
            }),
          );
          expect(estimate.total, `${premium.enrollmentCode} ${level}`).not.toBeNull();
        }
  });

  const money = fc.integer({ min: 0, max: 2_000_000 });
  const count = fc.integer({ min: 0, max: 60 });
  const profile = fc.record({
    primaryCareVisits: count,
    specialistVisits: count,
    genericPrescriptions: count,
    emergencyVisits: fc.integer({ min: 0, max: 5 }),
    otherCharges: fc.integer({ min: 0, max: 10_000_000 }),
  });
  const more = (base: UseProfile) =>
    profile.map((extra): UseProfile => ({
      primaryCareVisits: base.primaryCareVisits + extra.primaryCareVisits,
      specialistVisits: base.specialistVisits + extra.specialistVisits,
      genericPrescriptions: base.genericPrescriptions + extra.genericPrescriptions,
      emergencyVisits: base.emergencyVisits + extra.emergencyVisits,
      otherCharges: base.otherCharges + extra.otherCharges,
    }));
  const plan = fc.record({
    hdhp: fc.boolean(),
    payFrequency: fc.constantFrom('biweekly' as const, 'monthly' as const),
    enrollee: fc.integer({ min: 0, max: 200_000 }),
    fee: fc.integer({ min: 0, max: 50_000 }),
    copays: fc.record({ primaryCare: money, specialist: money, genericDrug: money, emergencyRoom: money }),
    coinsurancePercent: fc.integer({ min: 0, max: 100 }),
    deductible: money,
    outOfPocketMax: money,
  });
  const build = (
    p: {
      hdhp: boolean;
      payFrequency: 'biweekly' | 'monthly';
      enrollee: number;
      fee: number;
      copays: PlanBenefits['copays'];
      coinsurancePercent: number;
      deductible: number;
      outOfPocketMax: number;
    },
    use: UseProfile,
  ): CostEstimateInput =>
    input({
      hdhp: p.hdhp,
      payFrequency: p.payFrequency,
      premium: { enrollmentCode: 'X1A', biweekly: shares(p.enrollee), monthly: shares(p.enrollee) },
      benefits: {
        ...BENEFITS,
        membershipFeeYearly: p.fee,
        copays: p.copays,
        coinsurancePercent: p.coinsurancePercent,
      },
      costSharing: { deductible: p.deductible, outOfPocketMax: p.outOfPocketMax },
      use,
    });

  it('property: never more than premiums + fee + out-of-pocket maximum; low <= medium <= high', () => {
    fc.assert(
      fc.property(
        plan,
        profile.chain((low) =>
          more(low).chain((medium) => more(medium).map((high) => [low, medium, high] as const)),
        ),
        (p, [low, medium, high]) => {
          const [l, m, h] = [low, medium, high].map((use) => estimateYearlyCost(build(p, use)));
          for (const e of [l!, m!, h!]) {
            expect(e.total).not.toBeNull();
            expect(e.total!).toBeLessThanOrEqual(e.premiums + p.fee + p.outOfPocketMax);
            expect(e.total!).toBeGreaterThanOrEqual(e.premiums + p.fee);
          }
          expect(l!.total!).toBeLessThanOrEqual(m!.total!);
          expect(m!.total!).toBeLessThanOrEqual(h!.total!);
        },
      ),
    );
  });
});
