// Plan comparison: every PSHB enrollment code of the catalogue in force, with its premium shares for
// the pay frequency asked for (biweekly for employees, monthly for annuitants).
import { z } from 'zod';
import { enrollmentType, type Catalogue, type EnrollmentType } from '../domain/catalogue.ts';

export const payFrequency = z.enum(['biweekly', 'monthly']);
export type PayFrequency = z.infer<typeof payFrequency>;

export const planOffer = z
  .object({
    enrollmentCode: z.string(),
    enrollmentType,
    carrier: z.object({ code: z.string(), name: z.string() }),
    plan: z.object({ code: z.string(), name: z.string() }),
    option: z.object({ code: z.string(), name: z.string() }),
    payFrequency,
    premium: z
      .object({ enrollee: z.number().int(), government: z.number().int(), total: z.number().int() })
      .describe('Premium per pay period in cents'),
    hdhp: z.boolean(),
    membershipFee: z.boolean(),
    serviceArea: z.enum(['nationwide', 'regional']),
    regions: z.array(z.string()),
    source: z.enum(['published', 'synthetic']),
  })
  .meta({ id: 'PlanOffer' });
export type PlanOffer = z.infer<typeof planOffer>;

export interface PlanFilter {
  readonly enrollmentType?: EnrollmentType | undefined;
  readonly payFrequency: PayFrequency;
}

/** The PSHB offers of a catalogue, ordered by carrier name then enrollment code. */
export function comparePlans(catalogue: Catalogue, filter: PlanFilter): PlanOffer[] {
  const offers: PlanOffer[] = [];
  for (const option of catalogue.options) {
    if (option.program !== 'PSHB') continue;
    for (const type of enrollmentType.options) {
      const premium = option.premiums[type];
      if (!premium || (filter.enrollmentType && filter.enrollmentType !== type)) continue;
      const shares = premium[filter.payFrequency];
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
      });
    }
  }
  return offers.sort(
    (a, b) =>
      a.carrier.name.localeCompare(b.carrier.name) || a.enrollmentCode.localeCompare(b.enrollmentCode),
  );
}
