// One roster row, built as a string directly: the generator writes millions of them.
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
    `${x.electionMadeOn}\n`
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
