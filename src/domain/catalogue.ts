// Plans, options, premiums and OPM's FEHB-to-PSHB crosswalk: reference data with a source and a version.
import { z } from 'zod';

export const program = z.enum(['FEHB', 'PSHB']);
export type Program = z.infer<typeof program>;

export const enrollmentType = z.enum(['self_only', 'self_plus_one', 'self_and_family']);
export type EnrollmentType = z.infer<typeof enrollmentType>;

/** Money is held in whole cents so sums never drift. */
const cents = z.number().int().nonnegative();

export const premiumShares = z.strictObject({ total: cents, government: cents, enrollee: cents });
export type PremiumShares = z.infer<typeof premiumShares>;

/**
 * What an enrollment type of an option makes a person pay before and beyond its premiums, in cents a
 * year: the deductible, and the out-of-pocket maximum after which the plan pays everything covered.
 * Older catalogue versions have none.
 */
export const costSharing = z.strictObject({ deductible: cents, outOfPocketMax: cents });
export type CostSharing = z.infer<typeof costSharing>;

/** One enrollment code of an option: a type with its biweekly and monthly premiums, both as published. */
export const premium = z.strictObject({
  enrollmentCode: z.string().min(2).max(4),
  biweekly: premiumShares,
  monthly: premiumShares,
  costSharing: costSharing.optional(),
});
export type Premium = z.infer<typeof premium>;

export const rowSource = z.enum(['published', 'synthetic']);

/** The main copays of an option, in cents per visit or per prescription filled. */
export const copays = z.strictObject({
  primaryCare: cents,
  specialist: cents,
  genericDrug: cents,
  emergencyRoom: cents,
});
export type Copays = z.infer<typeof copays>;

/**
 * What an option charges besides its premiums and deductible, the same for every enrollment type: the
 * yearly membership fee (0 when none), the main copays, the coinsurance on care billed at cost once the
 * deductible is met, and its brochure. Their source is given apart from the premiums' (a published
 * premium may come with synthetic benefit figures); older catalogue versions have none.
 */
export const planBenefits = z.strictObject({
  membershipFeeYearly: cents,
  copays,
  coinsurancePercent: z.number().int().min(0).max(100),
  brochureUrl: z.string().url(),
  source: rowSource,
  sourceNote: z.string().default(''),
});
export type PlanBenefits = z.infer<typeof planBenefits>;

export const planOption = z.strictObject({
  program,
  contractYear: z.number().int(),
  carrierCode: z.string().min(1),
  carrierName: z.string().min(1),
  planCode: z.string().min(1),
  optionCode: z.string().min(1),
  planName: z.string().min(1),
  optionName: z.string().min(1),
  hdhp: z.boolean(),
  membershipFee: z.boolean(),
  serviceArea: z.enum(['nationwide', 'regional']),
  /** State codes served by a regional option; empty for nationwide ones. */
  regions: z.array(z.string()).default([]),
  premiums: z.partialRecord(enrollmentType, premium),
  benefits: planBenefits.optional(),
  source: rowSource,
  sourceNote: z.string().default(''),
});
export type PlanOption = z.infer<typeof planOption>;

/**
 * OPM's determination for one FEHB 2024 plan option: whether its carrier keeps the plan in FEHB 2025,
 * which PSHB plan of the carrier serves the same area, and which option OPM found equivalent (when the
 * FEHB plan continues) or similar (when it does not). A region of '*' means every area.
 */
export const crosswalkEntry = z.strictObject({
  fehbPlanCode: z.string().min(1),
  fehbOptionCode: z.string().min(1),
  region: z.string().default('*'),
  fehbPlanContinues: z.boolean(),
  pshbPlanCode: z.string().nullable(),
  equivalentOptionCode: z.string().nullable().default(null),
  similarOptionCode: z.string().nullable().default(null),
});
export type CrosswalkEntry = z.infer<typeof crosswalkEntry>;

export const catalogue = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  source: z.string().min(1),
  contractYear: z.number().int(),
  options: z.array(planOption).min(1),
  crosswalk: z.array(crosswalkEntry).default([]),
});
export type Catalogue = z.infer<typeof catalogue>;
export type CatalogueInput = z.input<typeof catalogue>;
