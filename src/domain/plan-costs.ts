// What the year's cost estimate of a plan and the plans-where-I-live lookup rest on: use-level profiles
// (how much care a low, medium or high year holds) and ZIP Code prefixes with their state, both reference
// data with a source and a version (reference-data/plan-costs/).
import { z } from 'zod';
import { copays } from './catalogue.ts';

const cents = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

export const useLevel = z.enum(['low', 'medium', 'high']);
export type UseLevel = z.infer<typeof useLevel>;
export const USE_LEVELS = useLevel.options;

/** One year's expected care for an enrollment (everyone it covers together). */
export const useProfile = z.strictObject({
  primaryCareVisits: count,
  specialistVisits: count,
  genericPrescriptions: count,
  emergencyVisits: count,
  /** Allowed charges billed at cost (labs, imaging, a hospital stay), in cents: deductible, then coinsurance. */
  otherCharges: cents,
});
export type UseProfile = z.infer<typeof useProfile>;

/**
 * What a visit or prescription costs in full, in cents, by the kinds of care a copay is given for: what
 * an HDHP enrollee pays until the deductible is met.
 */
export const allowedCosts = copays;
export type AllowedCosts = z.infer<typeof allowedCosts>;

export const useLevelProfiles = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  source: z.string().min(1),
  levels: z.strictObject({ low: useProfile, medium: useProfile, high: useProfile }),
  allowedCosts,
});
export type UseLevelProfiles = z.infer<typeof useLevelProfiles>;

/** A range of three-digit ZIP Code prefixes, both ends included, and the state (or territory) it serves. */
export const zipPrefixRange = z.strictObject({
  from: z.string().regex(/^\d{3}$/),
  to: z.string().regex(/^\d{3}$/),
  state: z.string().regex(/^[A-Z]{2}$/),
});
export type ZipPrefixRange = z.infer<typeof zipPrefixRange>;

export const zipPrefixTable = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  source: z.string().min(1),
  ranges: z.array(zipPrefixRange).min(1),
});
export type ZipPrefixTable = z.infer<typeof zipPrefixTable>;
