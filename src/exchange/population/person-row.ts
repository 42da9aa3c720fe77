// One roster row, built as a string directly: the generator writes millions of them.
import { MBI_LETTERS, SYNTHETIC_MBI_PREFIX } from '../../domain/medicare-number.ts';
import type { MedicareProfile } from './medicare-profile.ts';

/** A generated person; empty strings stand for null. */
export interface PersonDraft {
  id: number;
  householdId: number;
  relationship: 'self' | 'spouse' | 'child';
  category: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: string;
  ssn: string;
  /** Set for people with Medicare (Part A or Part B) when the row is written. */
  medicareNumber: string;
  annuitantSince: string;
  employedOnProgramStart: boolean;
  compensationerUnableToReturn: boolean;
  incapableOfSelfSupport: boolean;
  country: string;
  state: string;
  vaEnrolled: boolean;
  ihsEligible: boolean;
  medicare: MedicareProfile;
  coveredByOtherFehb: boolean;
  formerSpouseFehbEnrolled: boolean;
  deceasedAnnuitantException: string;
  nonpayOver365Days: boolean;
  informedOfPartBRequirement: boolean;
  evidenceAbroadOn: string;
  evidenceVaOn: string;
  evidenceIhsOn: string;
}

export interface EnrolleeExtras {
  fehbCode: string;
  fehbCoveredPersonId: string;
  electionKind: string;
  electionCode: string;
  electionMadeOn: string;
}

export const NO_EXTRAS: EnrolleeExtras = {
  fehbCode: '',
  fehbCoveredPersonId: '',
  electionKind: '',
  electionCode: '',
  electionMadeOn: '',
};

/** The row in ROSTER_COLUMNS order. Generated values never hold a comma, quote or line break. */
export function personRow(p: PersonDraft, x: EnrolleeExtras): string {
  const m = p.medicare;
  return (
    `${p.id},${p.householdId},${p.relationship},${p.category},${p.firstName},${p.lastName},${p.birthDate},${p.sex},` +
    `${p.ssn},${p.annuitantSince},${p.employedOnProgramStart},${p.compensationerUnableToReturn},` +
    `${p.incapableOfSelfSupport},${p.country},${p.state},${p.vaEnrolled},${p.ihsEligible},` +
    `${m.partAStart},${m.partABasis},${m.partBStart},${m.partBEnd},${m.suspendedForMedicarePlan},` +
    `${p.coveredByOtherFehb},${p.formerSpouseFehbEnrolled},${p.deceasedAnnuitantException},` +
    `${p.nonpayOver365Days},${p.informedOfPartBRequirement},${x.fehbCode},${x.fehbCoveredPersonId},` +
    `${p.evidenceAbroadOn},${p.evidenceVaOn},${p.evidenceIhsOn},${x.electionKind},${x.electionCode},` +
    `${x.electionMadeOn},${p.medicareNumber}\n`
  );
}

/**
 * A synthetic SSN in the never-issued 900-999 area, unique per person id below 98,990,100: the id is
 * scrambled by multiplying with a number coprime to the count of possible SSNs, which is a bijection.
 */
export function syntheticSsn(id: number, seed: number): string {
  const space = 100 * 99 * 9999;
  const n = ((((id % space) * 7919 + (seed % space)) % space) + space) % space;
  const area = 900 + (n % 100);
  const group = 1 + (Math.floor(n / 100) % 99);
  const serial = 1 + Math.floor(n / 9900);
  return `${area}-${group < 10 ? '0' : ''}${group}-${String(serial).padStart(4, '0')}`;
}

/** Positions 4-11 of an MBI after the synthetic prefix, as mixed-radix digits (least significant last). */
const MBI_TAIL = ['digit', 'letter', 'any', 'digit', 'letter', 'letter', 'digit', 'digit'] as const;
const MBI_ALPHABET = { digit: '0123456789', letter: MBI_LETTERS, any: '0123456789' + MBI_LETTERS } as const;
const MBI_SPACE = MBI_TAIL.reduce((n, kind) => n * MBI_ALPHABET[kind].length, 1);

/**
 * A synthetic Medicare Beneficiary Identifier: the '9XX' prefix (src/domain/medicare-number.ts), then
 * the person id scrambled into the 2.4 billion tails by a multiplier coprime to their count, so it is
 * unique per person id below 2.4 billion and follows every position rule of the format.
 */
export function syntheticMbi(id: number, seed: number): string {
  let n = ((((id % MBI_SPACE) * 1_000_003 + (seed % MBI_SPACE)) % MBI_SPACE) + MBI_SPACE) % MBI_SPACE;
  let tail = '';
  for (let i = MBI_TAIL.length - 1; i >= 0; i--) {
    const alphabet = MBI_ALPHABET[MBI_TAIL[i]!];
    tail = alphabet[n % alphabet.length]! + tail;
    n = Math.floor(n / alphabet.length);
  }
  return SYNTHETIC_MBI_PREFIX + tail;
}
