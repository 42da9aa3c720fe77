// Enrollments the rules read: the FEHB enrollment held on the last day of FEHB Postal coverage, and
// elections made during an open season.
import { z } from 'zod';
import { isoDate } from './dates.ts';
import { enrollmentType } from './catalogue.ts';

/** The FEHB enrollment held on December 31 of the year before the initial contract year (890.1605(a)). */
export const fehbEnrollment = z.strictObject({
  enrollmentCode: z.string().regex(/^[0-9A-Z]{3}$/, 'a three-character FEHB enrollment code such as 105'),
  planCode: z.string().min(1),
  optionCode: z.string().min(1),
  enrollmentType,
  /** The family member a Self Plus One enrollment covers (890.1605(d)(1)). */
  coveredPersonId: z.string().nullable().default(null),
});
export type FehbEnrollment = z.infer<typeof fehbEnrollment>;

export const election = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('enroll'),
    enrollmentCode: z.string().min(2).max(4),
    madeOn: isoDate,
  }),
  z.strictObject({ kind: z.literal('decline'), madeOn: isoDate }),
]);
export type Election = z.infer<typeof election>;
