// Premiums and contributions (5 U.S.C. 8906(b), 8903c(i)): the program-wide enrollment-weighted average
// of PSHB total premiums per enrollment type, the Government contribution (72% of that average, but not
// more than 75% of the plan's premium) and the enrollee share. Biweekly for employees, monthly for
// annuitants, each from the catalogue's published figure (never derived from the other).
//
// Money is integer cents. Rounding: every division rounds half up to the whole cent, computed exactly
// in integers (no floating point): round(a / b) = floor((2a + b) / 2b).
import type { Catalogue, EnrollmentType, PlanOption } from '../../domain/catalogue.ts';
import type { ContributionParameters, Ratio } from '../../domain/lifecycle.ts';
import type { Decision } from '../decision.ts';
import type { PayFrequency } from './requests.ts';

const TYPES: readonly EnrollmentType[] = ['self_only', 'self_plus_one', 'self_and_family'];

/** a / b rounded half up, for non-negative integers. */
export function divideRoundHalfUp(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

export function applyRatio(cents: number, share: Ratio): number {
  return divideRoundHalfUp(cents * share.numerator, share.denominator);
}

export interface EnrollmentCount {
  readonly enrollmentCode: string;
  readonly count: number;
}

export interface WeightedAverage {
  readonly enrollments: number;
  readonly biweekly: number;
  readonly monthly: number;
}

export type WeightedAverages = Readonly<Partial<Record<EnrollmentType, WeightedAverage>>>;

/**
 * 5 U.S.C. 8906(a) with 8903c(i): per enrollment type, the average of PSHB total premiums weighted by
 * enrollment. Counts for codes not in the catalogue (or of FEHB options) are ignored.
 */
export function programWeightedAverages(
  counts: readonly EnrollmentCount[],
  catalogue: Catalogue,
): WeightedAverages {
  const byCode = new Map<string, { type: EnrollmentType; biweekly: number; monthly: number }>();
  for (const option of catalogue.options) {
    // 5 U.S.C. 8903c(i): PSHB plan rates only.
    if (option.program !== 'PSHB') continue;
    for (const type of TYPES) {
      const premium = option.premiums[type];
      if (premium)
        byCode.set(premium.enrollmentCode, {
          type,
          biweekly: premium.biweekly.total,
          monthly: premium.monthly.total,
        });
    }
  }
  const sums = new Map<EnrollmentType, { n: number; biweekly: number; monthly: number }>();
  for (const { enrollmentCode, count } of counts) {
    const rate = byCode.get(enrollmentCode);
    if (!rate || count <= 0) continue;
    const sum = sums.get(rate.type) ?? { n: 0, biweekly: 0, monthly: 0 };
    sums.set(rate.type, {
      n: sum.n + count,
      biweekly: sum.biweekly + rate.biweekly * count,
      monthly: sum.monthly + rate.monthly * count,
    });
  }
  const averages: Partial<Record<EnrollmentType, WeightedAverage>> = {};
  for (const [type, sum] of sums) {
    averages[type] = {
      enrollments: sum.n,
      biweekly: divideRoundHalfUp(sum.biweekly, sum.n),
      monthly: divideRoundHalfUp(sum.monthly, sum.n),
    };
  }
  return averages;
}

export interface ContributionDecision extends Decision<'government_contribution' | 'not_offered'> {
  readonly payFrequency: PayFrequency;
  readonly total: number;
  readonly government: number;
  readonly enrollee: number;
}

export function governmentContribution(
  option: PlanOption,
  type: EnrollmentType,
  averages: WeightedAverages,
  payFrequency: PayFrequency,
  parameters: Pick<ContributionParameters, 'shareOfWeightedAverage' | 'capShareOfPremium'>,
): ContributionDecision {
  const premium = option.premiums[type];
  const average = averages[type];
  if (!premium || !average) {
    return {
      rule: 'contribution',
      outcome: 'not_offered',
      citations: ['5 U.S.C. 8906(b)'],
      facts: { planCode: option.planCode, optionCode: option.optionCode, type, payFrequency },
      explanation: `No ${premium ? 'weighted average' : 'premium'} for ${type.replaceAll('_', ' ')} in option ${option.planCode}/${option.optionCode}.`,
      payFrequency,
      total: 0,
      government: 0,
      enrollee: 0,
    };
  }
  const total = premium[payFrequency].total;
  const averageCents = average[payFrequency];
  // 5 U.S.C. 8906(b)(1): 72% of the weighted average.
  const ofAverage = applyRatio(averageCents, parameters.shareOfWeightedAverage);
  // 5 U.S.C. 8906(b)(2): not more than 75% of the plan's premium.
  const cap = applyRatio(total, parameters.capShareOfPremium);
  const capped = cap < ofAverage;
  const government = capped ? cap : ofAverage;
  const enrollee = total - government;
  const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;
  const period = payFrequency === 'biweekly' ? 'biweekly (employees)' : 'monthly (annuitants)';
  return {
    rule: 'contribution',
    outcome: 'government_contribution',
    citations: [
      '5 U.S.C. 8903c(i)',
      '5 U.S.C. 8906(b)',
      capped ? '5 U.S.C. 8906(b)(2)' : '5 U.S.C. 8906(b)(1)',
    ],
    facts: {
      enrollmentCode: premium.enrollmentCode,
      payFrequency,
      total,
      weightedAverage: averageCents,
      ofWeightedAverage: ofAverage,
      capOfPremium: cap,
      government,
      enrollee,
      publishedGovernment: premium[payFrequency].government,
      publishedEnrollee: premium[payFrequency].enrollee,
    },
    explanation: `${premium.enrollmentCode} ${period}: total ${money(total)}; the Government pays ${money(government)} (${capped ? `75% of the premium, ${money(cap)}, being less than 72% of the weighted average, ${money(ofAverage)}` : `72% of the weighted average of ${money(averageCents)}, within the 75% cap of ${money(cap)}`}); the enrollee pays ${money(enrollee)}.`,
    payFrequency,
    total,
    government,
    enrollee,
  };
}

/** Compare a computed biweekly contribution with OPM's published maximum (for reports only). */
export function compareWithPublishedMaximum(
  type: EnrollmentType,
  biweeklyGovernment: number,
  parameters: ContributionParameters,
): { readonly published: number | null; readonly difference: number | null } {
  const published = parameters.publishedMaximumBiweekly[type] ?? null;
  return { published, difference: published === null ? null : biweeklyGovernment - published };
}
