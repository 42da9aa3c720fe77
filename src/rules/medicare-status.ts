// Medicare facts read the way 5 U.S.C. 8903c(a) and 5 CFR 890.1604 read them, on a given day.
import type { IsoDate } from '../domain/dates.ts';
import type { MedicareFacts } from '../domain/person.ts';

export function isEntitledToPartA(medicare: MedicareFacts, on: IsoDate): boolean {
  return medicare.partAStart !== null && medicare.partAStart <= on;
}

/** Part A bought in under section 1818 or 1818A does not make a covered Medicare individual (8903c(a)). */
export function hasPartAOnlyUnder1818(medicare: MedicareFacts): boolean {
  return medicare.partABasis === 'section_1818' || medicare.partABasis === 'section_1818a';
}

/** A "covered Medicare individual" (5 U.S.C. 8903c(a)): entitled to Part A other than only via 1818/1818A. */
export function isCoveredMedicareIndividual(medicare: MedicareFacts, on: IsoDate): boolean {
  return isEntitledToPartA(medicare, on) && !hasPartAOnlyUnder1818(medicare);
}

/** Part B has started and has not ended by the day (an end date is the first day without Part B). */
export function isEnrolledInPartB(medicare: MedicareFacts, on: IsoDate): boolean {
  return (
    medicare.partBStart !== null &&
    medicare.partBStart <= on &&
    (medicare.partBEnd === null || medicare.partBEnd > on)
  );
}
