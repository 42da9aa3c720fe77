// Synthetic Medicare facts. At 65 most people are entitled to premium-free Part A; Postal annuitants
// and their families mostly took Part B too, some only through the 2024 special enrollment period
// (42 U.S.C. 1395p(o): Part B from 2025-01-01), a few bought Part A under section 1818 (which does not
// make a covered Medicare individual, 5 U.S.C. 8903c(a)), and a few dropped Part B during 2025.
import { firstOfMonth } from './calendar-days.ts';
import type { Prng } from './prng.ts';

export interface MedicareProfile {
  partAStart: string;
  partABasis: string;
  partBStart: string;
  partBEnd: string;
  suspendedForMedicarePlan: boolean;
}

const NONE: MedicareProfile = {
  partAStart: '',
  partABasis: '',
  partBStart: '',
  partBEnd: '',
  suspendedForMedicarePlan: false,
};

/** Annuitant households: Part B at Part A start; the special enrollment period; dropped in 2025. */
const ANNUITANT_PART_B = 0.73;
const SPECIAL_ENROLLMENT_PART_B = 0.06;
/** Employees and their families usually defer Part B while covered through current employment. */
const EMPLOYEE_PART_B = 0.25;
/** Veterans enrolled in VA health care are likelier to go without Part B. */
const VA_PART_B = 0.5;
const SECTION_1818 = 0.025;
const NO_PART_A = 0.03;
const DISABILITY_MEDICARE = 0.02;
const DROPPED_PART_B_2025 = 0.006;
const SUSPENDED_FOR_MEDICARE_PLAN = 0.01;

export function medicareProfile(
  prng: Prng,
  age: number,
  birthYear: number,
  birthMonth: number,
  annuitantSide: boolean,
  vaEnrolled: boolean,
): MedicareProfile {
  if (age >= 64)
    return atSixtyFive(prng, firstOfMonth(birthYear + 65, birthMonth), annuitantSide, vaEnrolled);
  if (annuitantSide && prng.chance(DISABILITY_MEDICARE)) {
    const start = firstOfMonth(prng.int(2008, 2024), prng.int(1, 12));
    return withPartB(prng, { ...NONE, partAStart: start, partABasis: 'premium_free' }, start, annuitantSide);
  }
  return NONE;
}

function atSixtyFive(
  prng: Prng,
  start: string,
  annuitantSide: boolean,
  vaEnrolled: boolean,
): MedicareProfile {
  const r = prng.next();
  if (r < NO_PART_A) return NONE;
  if (r < NO_PART_A + SECTION_1818) {
    // Buying Part A under section 1818 requires Part B, with few exceptions.
    const partB = prng.chance(0.85) ? start : '';
    return { ...NONE, partAStart: start, partABasis: 'section_1818', partBStart: partB };
  }
  const profile: MedicareProfile = { ...NONE, partAStart: start, partABasis: 'premium_free' };
  const b = prng.next();
  const takeUp = vaEnrolled ? VA_PART_B : annuitantSide ? ANNUITANT_PART_B : EMPLOYEE_PART_B;
  if (b < takeUp) return withPartB(prng, profile, start, annuitantSide);
  // Entitled to Part A on January 1, 2024 without Part B: the special enrollment period applied.
  if (annuitantSide && start <= '2024-01-01' && b < takeUp + SPECIAL_ENROLLMENT_PART_B)
    return withPartB(prng, profile, '2025-01-01', annuitantSide);
  return profile;
}

function withPartB(
  prng: Prng,
  profile: MedicareProfile,
  partBStart: string,
  annuitantSide: boolean,
): MedicareProfile {
  const dropped = partBStart < '2025-06-01' && prng.chance(DROPPED_PART_B_2025);
  return {
    ...profile,
    partBStart,
    partBEnd: dropped ? firstOfMonth(2025, prng.int(firstMonthToDrop(partBStart), 11)) : '',
    suspendedForMedicarePlan: annuitantSide && !dropped && prng.chance(SUSPENDED_FOR_MEDICARE_PLAN),
  };
}

/** Part B ends on the first of a month in 2025 after it started (an end date is the first day without). */
function firstMonthToDrop(partBStart: string): number {
  return partBStart < '2025-01-01' ? 2 : Number(partBStart.slice(5, 7)) + 1;
}
