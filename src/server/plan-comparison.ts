// Plan comparison: every PSHB enrollment code of the catalogue in force, with its premium shares for
// the pay frequency asked for (biweekly for employees, monthly for annuitants), its cost sharing, and
// the year's estimated cost at each use level (rules/plan-cost.ts); only the options that serve the
// state asked for, when one is (rules/zip-state.ts).
import { z } from 'zod';
import { enrollmentType, type Catalogue, type EnrollmentType } from '../domain/catalogue.ts';
import { USE_LEVELS, type UseLevelProfiles } from '../domain/plan-costs.ts';
import { estimateYearlyCost } from '../rules/plan-cost.ts';
import { offeredIn } from '../rules/service-area.ts';

export const payFrequency = z.enum(['biweekly', 'monthly']);
export type PayFrequency = z.infer<typeof payFrequency>;

const cents = z.number().int();

const yearlyEstimate = z
  .object({
    premiums: cents.describe('Enrollee premiums for the year: 26 biweekly or 12 monthly'),
    membershipFee: cents,
    outOfPocket: cents.nullable().describe('Copays, deductible and coinsurance, capped by the maximum'),
    cappedAtMaximum: z.boolean(),
    total: cents.nullable().describe('null when the option gives no cost sharing figures'),
  })
  .describe('Estimated cost of a year, in cents');

export const planOffer = z
  .object({
    enrollmentCode: z.string(),
    enrollmentType,
    carrier: z.object({ code: z.string(), name: z.string() }),
    plan: z.object({ code: z.string(), name: z.string() }),
    option: z.object({ code: z.string(), name: z.string() }),
    payFrequency,
    premium: z
      .object({ enrollee: cents, government: cents, total: cents })
      .describe('Premium per pay period in cents'),
    hdhp: z.boolean(),
    membershipFee: z.boolean(),
    serviceArea: z.enum(['nationwide', 'regional']),
    regions: z.array(z.string()),
    source: z.enum(['published', 'synthetic']),
    costSharing: z
      .object({ deductible: cents, outOfPocketMax: cents })
      .nullable()
      .describe('Cents a year for this enrollment type; null in older catalogues'),
    benefits: z
      .object({
        membershipFeeYearly: cents,
        copays: z.object({
          primaryCare: cents,
          specialist: cents,
          genericDrug: cents,
          emergencyRoom: cents,
        }),
        coinsurancePercent: z.number().int(),
        brochureUrl: z.string(),
        source: z.enum(['published', 'synthetic']),
        sourceNote: z.string(),
      })
      .nullable()
      .describe('Copays in cents per visit or prescription; null in older catalogues'),
    estimates: z.object({ low: yearlyEstimate, medium: yearlyEstimate, high: yearlyEstimate }),
  })
  .meta({ id: 'PlanOffer' });
export type PlanOffer = z.infer<typeof planOffer>;

export interface PlanFilter {
  readonly enrollmentType?: EnrollmentType | undefined;
  readonly payFrequency: PayFrequency;
  /**
   * Only options offered where the person lives: a state's two-letter code, or null for abroad
   * (nationwide options only); undefined for every option.
   */
  readonly state?: string | null | undefined;
}

/** The PSHB offers of a catalogue, ordered by carrier name then enrollment code. */
export function comparePlans(
  catalogue: Catalogue,
  filter: PlanFilter,
  profiles: UseLevelProfiles,
): PlanOffer[] {
  const offers: PlanOffer[] = [];
  for (const option of catalogue.options) {
    if (option.program !== 'PSHB') continue;
    if (filter.state !== undefined && !offeredIn(option, filter.state)) continue;
    for (const type of enrollmentType.options) {
      const premium = option.premiums[type];
      if (!premium || (filter.enrollmentType && filter.enrollmentType !== type)) continue;
      const shares = premium[filter.payFrequency];
      const estimate = (level: (typeof USE_LEVELS)[number]) => {
        const e = estimateYearlyCost({
          premium,
          payFrequency: filter.payFrequency,
          hdhp: option.hdhp,
          benefits: option.benefits,
          costSharing: premium.costSharing,
          use: profiles.levels[level],
          allowedCosts: profiles.allowedCosts,
        });
        return {
          premiums: e.premiums,
          membershipFee: e.membershipFee,
          outOfPocket: e.outOfPocket,
          cappedAtMaximum: e.cappedAtMaximum,
          total: e.total,
        };
      };
      offers.push({
        enrollmentCode: premium.enrollmentCode,
        enrollmentType: type,
        carrier: { code: option.carrierCode, name: option.carrierName },
        plan: { code: option.planCode, name: option.planName },
        option: { code: option.optionCode, name: option.optionName },
        payFrequency: filter.payFrequency,
        premium: { enrollee: shares.enrollee, government: shares.government, total: shares.total },
        hdhp: option.hdhp,
        membershipFee: option.membershipFee,
        serviceArea: option.serviceArea,
        regions: option.regions,
        source: option.source,
        costSharing: premium.costSharing ?? null,
        benefits: option.benefits ?? null,
        estimates: { low: estimate('low'), medium: estimate('medium'), high: estimate('high') },
      });
    }
  }
  return offers.sort(
    (a, b) =>
      a.carrier.name.localeCompare(b.carrier.name) || a.enrollmentCode.localeCompare(b.enrollmentCode),
  );
}
