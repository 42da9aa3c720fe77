// Medicare facts read the way 5 U.S.C. 8903c(a) and 5 CFR 890.1604 read them, on a given day.
import { addDays, type IsoDate } from '../domain/dates.ts';
import type { MedicareFacts, PartABasis, PartBPeriod } from '../domain/person.ts';

export function isEntitledToPartA(medicare: MedicareFacts, on: IsoDate): boolean {
  return medicare.partAStart !== null && medicare.partAStart <= on;
}

/** The basis of Part A entitlement on the day: the latest change on or before it, else partABasis. */
export function partABasisOn(medicare: MedicareFacts, on: IsoDate): PartABasis | null {
  let basis = medicare.partABasis;
  for (const change of medicare.partABasisHistory) {
    if (change.from <= on) basis = change.basis;
  }
  return basis;
}

/** Part A bought in under section 1818 or 1818A does not make a covered Medicare individual (8903c(a)). */
export function hasPartAOnlyUnder1818(medicare: MedicareFacts, on: IsoDate): boolean {
  const basis = partABasisOn(medicare, on);
  return basis === 'section_1818' || basis === 'section_1818a';
}

/** A "covered Medicare individual" (5 U.S.C. 8903c(a)): entitled to Part A other than only via 1818/1818A. */
export function isCoveredMedicareIndividual(medicare: MedicareFacts, on: IsoDate): boolean {
  return isEntitledToPartA(medicare, on) && !hasPartAOnlyUnder1818(medicare, on);
}

/** The Part B intervals: partBPeriods when given, else the one interval partBStart/partBEnd describe. */
export function partBPeriodsOf(medicare: MedicareFacts): readonly PartBPeriod[] {
  if (medicare.partBPeriods.length > 0) return medicare.partBPeriods;
  return medicare.partBStart === null ? [] : [{ start: medicare.partBStart, end: medicare.partBEnd }];
}

/** Part B has started and has not ended by the day (an end date is the first day without Part B). */
export function isEnrolledInPartB(medicare: MedicareFacts, on: IsoDate): boolean {
  return partBPeriodsOf(medicare).some((p) => p.start <= on && (p.end === null || p.end > on));
}

/** The last day in Part B on or before the day, or null when the person had none by then. */
export function lastDayInPartB(medicare: MedicareFacts, on: IsoDate): IsoDate | null {
  let last: IsoDate | null = null;
  for (const period of partBPeriodsOf(medicare)) {
    if (period.start > on) continue;
    const lastDay = period.end === null || period.end > on ? on : addDays(period.end, -1);
    if (last === null || lastDay > last) last = lastDay;
  }
  return last;
}

/**
 * Last day of the Medicare initial enrollment period for Part B, which runs three months past the month
 * the person first became entitled to Part A (42 CFR 407.14: at 65 or after 24 months of disability
 * benefits alike). Null when the person has no Part A.
 */
export function initialEnrollmentPeriodEnds(medicare: MedicareFacts): IsoDate | null {
  if (medicare.partAStart === null) return null;
  const year = Number(medicare.partAStart.slice(0, 4));
  const month = Number(medicare.partAStart.slice(5, 7)) + 4; // the month after the third month after
  const firstAfter = month > 12 ? `${year + 1}-${pad(month - 12)}-01` : `${year}-${pad(month)}-01`;
  return addDays(firstAfter, -1);
}

const pad = (n: number): string => String(n).padStart(2, '0');
