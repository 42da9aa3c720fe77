// The people the program covers, as the rules see them: plain immutable facts, no storage concerns.
import { z } from 'zod';
import { isoDate } from './dates.ts';

/** How a person stands toward the program in their own right (5 CFR 890.1603). */
export const personCategory = z.enum([
  'employee',
  'compensationer',
  'annuitant',
  'survivor_annuitant',
  'former_spouse',
  'family_member',
]);
export type PersonCategory = z.infer<typeof personCategory>;

/** Relationship to the enrollee of the household (5 CFR 890.302 members of family). */
export const relationship = z.enum(['self', 'spouse', 'child']);
export type Relationship = z.infer<typeof relationship>;

/**
 * How a person is entitled to Medicare Part A. Entitlement only through section 1818 or 1818A of the
 * Social Security Act (premium Part A bought in) does not make a "covered Medicare individual"
 * (5 U.S.C. 8903c(a)).
 */
export const partABasis = z.enum(['premium_free', 'section_1818', 'section_1818a']);
export type PartABasis = z.infer<typeof partABasis>;

export const medicareFacts = z.strictObject({
  partAStart: isoDate.nullable().default(null),
  partABasis: partABasis.nullable().default(null),
  partBStart: isoDate.nullable().default(null),
  partBEnd: isoDate.nullable().default(null),
  /** PSHB enrollment suspended while in a Medicare-sponsored plan (890.304(d)(2)). */
  suspendedForMedicarePlan: z.boolean().default(false),
});
export type MedicareFacts = z.infer<typeof medicareFacts>;

/** Documents that prove a Part B exception (5 CFR 890.1604(e)). */
export const evidenceKind = z.enum(['residence_abroad', 'va_enrollment', 'ihs_eligibility']);
export type EvidenceKind = z.infer<typeof evidenceKind>;

export const evidence = z.strictObject({
  kind: evidenceKind,
  receivedOn: isoDate,
  reference: z.string().optional(),
});
export type Evidence = z.infer<typeof evidence>;

export const residence = z.strictObject({
  /** ISO 3166-1 alpha-2. The territories count as inside the United States (890.1604(d)(1)(iii)). */
  country: z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code such as US'),
  state: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .default(null),
});
export type Residence = z.infer<typeof residence>;

export const person = z.strictObject({
  id: z.string().min(1),
  category: personCategory,
  relationship: relationship.default('self'),
  birthDate: isoDate,
  /** First day as a Postal Service annuitant (or survivor annuitant). */
  annuitantSince: isoDate.nullable().default(null),
  /** A Postal Service employee on the first day of the initial contract year (890.1604(d)(1)(ii)). */
  employedOnProgramStart: z.boolean().default(false),
  /** A compensationer the Secretary of Labor finds unable to return to duty (890.1603(b)). */
  compensationerUnableToReturn: z.boolean().default(false),
  /** A child 26 or over incapable of self-support (890.302). */
  incapableOfSelfSupport: z.boolean().default(false),
  residence: residence.default({ country: 'US', state: null }),
  vaEnrolled: z.boolean().default(false),
  ihsEligible: z.boolean().default(false),
  medicare: medicareFacts.default({
    partAStart: null,
    partABasis: null,
    partBStart: null,
    partBEnd: null,
    suspendedForMedicarePlan: false,
  }),
  /** Covered by an FEHB plan through someone else (890.1603(c)(3)). */
  coveredByOtherFehb: z.boolean().default(false),
  /** Former spouse already enrolled in FEHB on or before the end of FEHB Postal coverage (890.1603(d)). */
  formerSpouseFehbEnrolled: z.boolean().default(false),
  /** Survivor annuitant: the exception the deceased annuitant held when survivor status began (890.1604(d)(3)). */
  deceasedAnnuitantException: z.string().nullable().default(null),
  /** Employee in nonpay status for 365 days (890.303(e)), who is not enrolled automatically. */
  nonpayOver365Days: z.boolean().default(false),
  /** Was told of the duty to enroll in Part B; false opens 890.1608(b)(2). */
  informedOfPartBRequirement: z.boolean().default(true),
  evidence: z.array(evidence).default([]),
});
export type Person = z.infer<typeof person>;
export type PersonInput = z.input<typeof person>;
