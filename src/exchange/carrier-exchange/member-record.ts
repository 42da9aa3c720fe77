// The carrier-facing view of one covered person (the enrollee or a family member) as an ASC X12 834
// (005010X220A1) member loop needs it: only what a carrier must know to pay claims, nothing the
// exchange keeps for its own decisions. Built by the exchange from its records, validated here so a
// bad record is refused with the field that is wrong before any segment is written.
import { z } from 'zod';
import { isoDate } from '../../domain/dates.ts';
import { coverage, lifeEventKind, tccQualifyingEvent } from '../../domain/lifecycle.ts';
import { relationship } from '../../domain/person.ts';
import { carrierEventKind } from './carrier-event-kind.ts';

/** X12 element 1068 Gender Code (DMG03): F female, M male, U unknown. */
export const x12Sex = z.enum(['F', 'M', 'U']);
export type X12Sex = z.infer<typeof x12Sex>;

/**
 * How the enrollee holds the enrollment (5 CFR 890.1603), for INS05 and INS08. A family member's loop
 * carries the enrollee's standing only through INS05: INS08 is sent for the subscriber alone.
 */
export const subscriberStanding = z.enum([
  'employee',
  'compensationer',
  'annuitant',
  'survivor_annuitant',
  'former_spouse',
]);
export type SubscriberStanding = z.infer<typeof subscriberStanding>;

/** Why Medicare covers the person (INS06-2, element 1701): age, disability or end-stage renal disease. */
export const medicareBasis = z.enum(['age', 'disability', 'esrd']);
export type MedicareBasis = z.infer<typeof medicareBasis>;

/** Medicare Part A and Part B as they stand on the day reported (INS06). */
export const medicareStatus = z.strictObject({
  partA: z.boolean(),
  partB: z.boolean(),
  /** Known only when the person has Medicare; null otherwise. */
  basis: medicareBasis.nullable().default(null),
});
export type MedicareStatus = z.infer<typeof medicareStatus>;

const text = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    // The separators a partner may choose (*, ~, :, ^, |) can never appear inside a value.
    .regex(/^[^*~:^|\r\n]*$/, 'no X12 separator characters (* ~ : ^ |) or line breaks');

export const personName = z.strictObject({
  last: text(60),
  first: text(35),
  middle: text(25).nullable().default(null),
  suffix: text(10).nullable().default(null),
});
export type PersonName = z.infer<typeof personName>;

export const postalAddress = z.strictObject({
  line1: text(55),
  line2: text(55).nullable().default(null),
  /** N401 is 2 to 30 characters. */
  city: text(30, 2),
  /** Two-letter state or territory code; null outside the United States. */
  state: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a two-letter state code such as MD')
    .nullable()
    .default(null),
  postalCode: z
    .string()
    .regex(/^[0-9A-Z]{3,15}$/, 'a ZIP code (5 or 9 digits) or a foreign postal code, no spaces or dashes')
    .nullable()
    .default(null),
  /** ISO 3166-1 alpha-2; N404 is written only when it is not US. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a two-letter country code such as US')
    .default('US'),
});
export type PostalAddress = z.infer<typeof postalAddress>;

export const contactNumbers = z.strictObject({
  homePhone: z
    .string()
    .regex(/^[0-9]{10}$/, 'ten digits')
    .nullable()
    .default(null),
  email: text(80).nullable().default(null),
});
export type ContactNumbers = z.infer<typeof contactNumbers>;

/** Temporary continuation of coverage (5 U.S.C. 8905a, 5 CFR 890 subpart K): INS05 C, INS07, DTP 340/341. */
export const continuation = z.strictObject({
  qualifyingEvent: tccQualifyingEvent,
  begins: isoDate,
  ends: isoDate,
});
export type Continuation = z.infer<typeof continuation>;

/** The enrollment event this loop reports; `effectiveOn` is DTP 303 (maintenance effective). */
export const carrierEvent = z.strictObject({
  kind: carrierEventKind,
  effectiveOn: isoDate,
  /** The life event behind a family member's addition or removal, when one is (it picks INS04). */
  lifeEvent: lifeEventKind.nullable().default(null),
});
export type CarrierEvent = z.infer<typeof carrierEvent>;

export const memberRecord = z
  .strictObject({
    /** The enrollee's exchange person id: REF*0F on every member of the enrollment. */
    subscriberId: z.string().regex(/^[0-9A-Za-z-]{1,50}$/, 'letters, digits and dashes, at most 50'),
    /** This person's exchange person id: REF*17, and NM109 (with NM108 ZZ) when no SSN is sent. */
    memberId: z.string().regex(/^[0-9A-Za-z-]{2,50}$/, 'letters, digits and dashes, 2 to 50'),
    relationship,
    subscriberStanding,
    name: personName,
    /** Residence (N3/N4): required for the subscriber, sent for a family member who lives elsewhere. */
    address: postalAddress.nullable().default(null),
    contact: contactNumbers.nullable().default(null),
    birthDate: isoDate,
    sex: x12Sex,
    /** Day of death (INS11/INS12), when the person has died. */
    deathDate: isoDate.nullable().default(null),
    medicare: medicareStatus,
    /** The enrollment held: its code is REF*1L and HD04; its type picks HD05. */
    coverage,
    /** First day of coverage under this enrollment code: DTP*348, and DTP*356 unless eligibility began earlier. */
    coverageBegins: isoDate,
    eligibilityBegins: isoDate.nullable().default(null),
    /** Last day of the enrollment (DTP*357), when it ends. */
    coverageEnds: isoDate.nullable().default(null),
    /**
     * Last day benefits are paid (DTP*349): the end of the 31-day temporary extension of coverage when
     * one runs (5 CFR 890.401(a)); coverageEnds when none does.
     */
    benefitsEnd: isoDate.nullable().default(null),
    continuation: continuation.nullable().default(null),
    event: carrierEvent,
    /**
     * Social Security number, 9 digits, for a partner whose agreement requires it (NM108 34). Only a
     * caller that decrypted it for this purpose passes it; when absent, NM109 carries the member id.
     */
    ssn: z
      .string()
      .regex(/^[0-9]{9}$/, 'nine digits, no dashes')
      .nullable()
      .default(null),
  })
  .superRefine((record, context) => {
    if (record.relationship === 'self' && record.address === null) {
      context.addIssue({
        code: 'custom',
        path: ['address'],
        message: 'the subscriber needs an address (N3/N4)',
      });
    }
    if (record.coverageEnds !== null && record.coverageEnds < record.coverageBegins) {
      context.addIssue({ code: 'custom', path: ['coverageEnds'], message: 'ends before coverageBegins' });
    }
    const benefitsEnd = record.benefitsEnd;
    if (benefitsEnd !== null && (record.coverageEnds === null || benefitsEnd < record.coverageEnds)) {
      context.addIssue({
        code: 'custom',
        path: ['benefitsEnd'],
        message: 'needs coverageEnds, and is never before it (the extension follows the end)',
      });
    }
  });
export type MemberRecord = z.infer<typeof memberRecord>;
export type MemberRecordInput = z.input<typeof memberRecord>;
