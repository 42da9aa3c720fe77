// The year's cost of a plan for a person: what HealthCare.gov's plan compare calls the estimated total
// yearly cost. It adds
//  - the enrollee's share of the premium (5 U.S.C. 8906(b)), 26 biweekly withholdings for an employee
//    or 12 monthly ones for an annuitant (5 U.S.C. 8906(d)), the pay frequency the plan page decides;
//  - the option's yearly membership fee, which 890.1605(c) treats as a cost of its own (an option "that
//    charges no association or membership fee");
//  - the out-of-pocket spending a year of care at a use level brings (reference-data/plan-costs/
//    use-levels-2025.json): copays for visits, prescriptions and an emergency room visit, and the
//    deductible then coinsurance on care billed at cost, all capped by the out-of-pocket maximum.
// In a high deductible health plan copays start only after the deductible; the estimate counts every
// visit and prescription at its full allowed cost against the deductible, then coinsurance. The
// estimate explains itself: each figure it used, in cents.
import type { CostSharing, Premium, PlanBenefits } from '../domain/catalogue.ts';
import type { AllowedCosts, UseProfile } from '../domain/plan-costs.ts';

export type PayFrequency = 'biweekly' | 'monthly';

/** Pay periods a year: employees every two weeks, annuitants every month (5 U.S.C. 8906(d)). */
export const PERIODS_A_YEAR: Readonly<Record<PayFrequency, number>> = { biweekly: 26, monthly: 12 };

export interface CostEstimateInput {
  readonly premium: Premium;
  readonly payFrequency: PayFrequency;
  readonly hdhp: boolean;
  /** Absent in catalogue versions from before benefits were given: the estimate then holds premiums only. */
  readonly benefits: PlanBenefits | undefined;
  readonly costSharing: CostSharing | undefined;
  readonly use: UseProfile;
  readonly allowedCosts: AllowedCosts;
}

/** The figures of one estimate, in cents; outOfPocket and total are null when the option has no benefits. */
export interface CostEstimate {
  readonly periods: number;
  readonly premiumPerPeriod: number;
  readonly premiums: number;
  readonly membershipFee: number;
  /** Copays, deductible and coinsurance before the cap. */
  readonly spendingBeforeCap: number | null;
  readonly outOfPocket: number | null;
  readonly cappedAtMaximum: boolean;
  readonly total: number | null;
  readonly citations: readonly string[];
}

const CITATIONS = ['5 U.S.C. 8906(b)', '5 U.S.C. 8906(d)', '5 CFR 890.1605(c)'] as const;

/** What a person pays on charges billed at cost: the deductible first, then coinsurance on the rest. */
function deductibleThenCoinsurance(charges: number, deductible: number, percent: number): number {
  const underDeductible = Math.min(charges, deductible);
  return underDeductible + Math.round(((charges - underDeductible) * percent) / 100);
}

/** Out-of-pocket spending of a year at the use level, before the out-of-pocket maximum. */
function spending(input: CostEstimateInput, benefits: PlanBenefits, sharing: CostSharing): number {
  const { use, allowedCosts } = input;
  if (input.hdhp) {
    const charges =
      use.primaryCareVisits * allowedCosts.primaryCare +
      use.specialistVisits * allowedCosts.specialist +
      use.genericPrescriptions * allowedCosts.genericDrug +
      use.emergencyVisits * allowedCosts.emergencyRoom +
      use.otherCharges;
    return deductibleThenCoinsurance(charges, sharing.deductible, benefits.coinsurancePercent);
  }
  const { copays } = benefits;
  return (
    use.primaryCareVisits * copays.primaryCare +
    use.specialistVisits * copays.specialist +
    use.genericPrescriptions * copays.genericDrug +
    use.emergencyVisits * copays.emergencyRoom +
    deductibleThenCoinsurance(use.otherCharges, sharing.deductible, benefits.coinsurancePercent)
  );
}

export function estimateYearlyCost(input: CostEstimateInput): CostEstimate {
  const periods = PERIODS_A_YEAR[input.payFrequency];
  const premiumPerPeriod = input.premium[input.payFrequency].enrollee;
  const premiums = premiumPerPeriod * periods;
  const { benefits, costSharing } = input;
  const membershipFee = benefits?.membershipFeeYearly ?? 0;
  if (!benefits || !costSharing)
    return {
      periods,
      premiumPerPeriod,
      premiums,
      membershipFee,
      spendingBeforeCap: null,
      outOfPocket: null,
      cappedAtMaximum: false,
      total: null,
      citations: CITATIONS,
    };
  const before = spending(input, benefits, costSharing);
  const outOfPocket = Math.min(before, costSharing.outOfPocketMax);
  return {
    periods,
    premiumPerPeriod,
    premiums,
    membershipFee,
    spendingBeforeCap: before,
    outOfPocket,
    cappedAtMaximum: before > costSharing.outOfPocketMax,
    total: premiums + membershipFee + outOfPocket,
    citations: CITATIONS,
  };
}
