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

/** A span of Part B enrollment; `end` is the first day without Part B, null while it lasts. */
export const partBPeriod = z.strictObject({
  start: isoDate,
  end: isoDate.nullable().default(null),
});
export type PartBPeriod = z.infer<typeof partBPeriod>;

/** From this day on, Part A entitlement rests on this basis (until a later entry). */
export const partABasisChange = z.strictObject({
  from: isoDate,
  basis: partABasis,
});
export type PartABasisChange = z.infer<typeof partABasisChange>;

/** An application for Part B on file with Social Security, not yet in effect (890.1608(b)(2)). */
export const partBApplication = z.strictObject({
  filedOn: isoDate,
  /** The day Part B coverage will start, once Social Security has said so. */
  coverageStartsOn: isoDate.nullable().default(null),
});
export type PartBApplication = z.infer<typeof partBApplication>;

export const medicareFacts = z.strictObject({
  partAStart: isoDate.nullable().default(null),
  partABasis: partABasis.nullable().default(null),
  /** Part A basis over time, oldest first; when given it overrides partABasis from each `from` on. */
  partABasisHistory: z.array(partABasisChange).default([]),
  partBStart: isoDate.nullable().default(null),
  partBEnd: isoDate.nullable().default(null),
  /** Part B enrollment as intervals (had it, dropped it, re-enrolled); when given, partBStart/End are ignored. */
  partBPeriods: z.array(partBPeriod).default([]),
  /**
   * Last day of this person's Medicare initial or special enrollment period, when one applies
   * (890.1608(b)(1)(i)). Left null, the initial enrollment period is derived from the Part A start.
   */
  enrollmentPeriodEnds: isoDate.nullable().default(null),
  partBApplication: partBApplication.nullable().default(null),
  /** Last day of the next Medicare enrollment opportunity the person was given (890.1608(b)(2)). */
  nextEnrollmentOpportunityEnds: isoDate.nullable().default(null),
  /** PSHB enrollment suspended while in a Medicare-sponsored plan (890.304(d)(2)). */
  suspendedForMedicarePlan: z.boolean().default(false),
});
export type MedicareFacts = z.infer<typeof medicareFacts>;

export const NO_MEDICARE: MedicareFacts = {
  partAStart: null,
  partABasis: null,
  partABasisHistory: [],
  partBStart: null,
  partBEnd: null,
  partBPeriods: [],
  enrollmentPeriodEnds: null,
  partBApplication: null,
  nextEnrollmentOpportunityEnds: null,
  suspendedForMedicarePlan: false,
};

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

/**
 * The Part B exception a deceased annuitant held when the survivor's status began (890.1604(d)(3)).
 * Older records wrote it as free text ("5 CFR 890.1604(d)(1)(i)"); only a paragraph of (d)(1) is an
 * exception, and "none" or an empty text is none.
 */
export const deceasedAnnuitantExceptions = [
  '890.1604(d)(1)(i)',
  '890.1604(d)(1)(ii)',
  '890.1604(d)(1)(iii)',
  '890.1604(d)(1)(iv)',
  '890.1604(d)(1)(v)',
] as const;
export type DeceasedAnnuitantException = (typeof deceasedAnnuitantExceptions)[number];

/** The paragraph a text names, null for none, undefined when it names no paragraph of (d)(1). */
export function deceasedAnnuitantExceptionOf(
  text: string | null,
): DeceasedAnnuitantException | null | undefined {
  if (text === null) return null;
  const trimmed = text.trim().replace(/^5 CFR\s+/i, '');
  if (trimmed === '' || /^none$/i.test(trimmed)) return null;
  return deceasedAnnuitantExceptions.find((paragraph) => paragraph === trimmed);
}

const deceasedAnnuitantException = z
  .string()
  .nullable()
  .transform((text, context) => {
    const paragraph = deceasedAnnuitantExceptionOf(text);
    if (paragraph !== undefined) return paragraph;
    context.addIssue({
      code: 'custom',
      message: `names no exception of 890.1604(d)(1): use one of ${deceasedAnnuitantExceptions.join(', ')}, or null`,
    });
    return z.NEVER;
  });

/** The agency a person (or, for a survivor, the deceased) last worked for (5 U.S.C. 8903c(a)). */
export const employingAgency = z.enum(['postal_service', 'other_agency']);
export type EmployingAgency = z.infer<typeof employingAgency>;

/** A stay in hospital; `to` is the last day confined, null while it lasts (890.401(a)). */
export const hospitalConfinement = z.strictObject({
  from: isoDate,
  to: isoDate.nullable().default(null),
});
export type HospitalConfinement = z.infer<typeof hospitalConfinement>;

export const person = z.strictObject({
  id: z.string().min(1),
  category: personCategory,
  relationship: relationship.default('self'),
  birthDate: isoDate,
  /** First day as a Postal Service annuitant (or survivor annuitant). */
  annuitantSince: isoDate.nullable().default(null),
  /** The last employing agency (for a survivor, the deceased's): only Postal Service people are in PSHB. */
  lastEmployingAgency: employingAgency.default('postal_service'),
  /** Serving under an appointment limited to 1 year or less (5 CFR 890.102(c)(1)). */
  temporaryEmployee: z.boolean().default(false),
  /** A temporary employee who has completed 1 year of current continuous employment (5 U.S.C. 8906a). */
  temporaryContinuousYearCompleted: z.boolean().default(false),
  /** First day of survivor annuitant status; for a survivor, annuitantSince when left out. */
  survivorSince: isoDate.nullable().default(null),
  /** A Postal Service employee on the first day of the initial contract year (890.1604(d)(1)(ii)). */
  employedOnProgramStart: z.boolean().default(false),
  /** A compensationer the Secretary of Labor finds unable to return to duty (890.1603(b)). */
  compensationerUnableToReturn: z.boolean().default(false),
  /** A child 26 or over incapable of self-support (890.302). */
  incapableOfSelfSupport: z.boolean().default(false),
  residence: residence.default({ country: 'US', state: null }),
  vaEnrolled: z.boolean().default(false),
  ihsEligible: z.boolean().default(false),
  medicare: medicareFacts.default(NO_MEDICARE),
  /** Covered by an FEHB plan through someone else (890.1603(c)(3)). */
  coveredByOtherFehb: z.boolean().default(false),
  /** Former spouse already enrolled in FEHB on or before the end of FEHB Postal coverage (890.1603(d)). */
  formerSpouseFehbEnrolled: z.boolean().default(false),
  /** Survivor annuitant: the exception the deceased annuitant held when survivor status began (890.1604(d)(3)). */
  deceasedAnnuitantException: deceasedAnnuitantException.default(null),
  /** Employee in nonpay status for 365 days (890.303(e)), who is not enrolled automatically. */
  nonpayOver365Days: z.boolean().default(false),
  /** Was told of the duty to enroll in Part B; false opens 890.1608(b)(2). */
  informedOfPartBRequirement: z.boolean().default(true),
  /** The day a written cancellation of PSHB because of Part B was received (890.1608(e)). */
  partBCancellationReceivedOn: isoDate.nullable().default(null),
  /** The day fraud or misrepresentation about Part B was found (890.1608(d)). */
  partBMisrepresentationFoundOn: isoDate.nullable().default(null),
  /** Hospital stays, for benefits that run on past the temporary extension (890.401(a)). */
  hospitalConfinements: z.array(hospitalConfinement).default([]),
  evidence: z.array(evidence).default([]),
});
export type Person = z.infer<typeof person>;
export type PersonInput = z.input<typeof person>;
