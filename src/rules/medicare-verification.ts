// The Medicare entitlement verification exchanged with CMS and SSA under 5 CFR 890.1612: who is asked
// about (people whose Part B standing matters under 890.1604) and what a change of Part B standing
// calls for (890.1608(b) when a required
// Part B is newly found missing; nothing more to wait for when Part B is confirmed).
import type { IsoDate } from '../domain/dates.ts';
import type { Person } from '../domain/person.ts';
import type { PartBOutcome } from './part-b.ts';

/** What the selection knows of a person and their household's enrollee. */
export interface VerificationCandidate {
  readonly relationship: Person['relationship'];
  readonly category: Person['category'];
  readonly lastEmployingAgency: Person['lastEmployingAgency'];
  readonly birthDate: IsoDate;
  readonly hasPartA: boolean;
  readonly hasMedicareNumber: boolean;
  readonly enrolleeCategory: Person['category'];
  readonly enrolleeLastEmployingAgency: Person['lastEmployingAgency'];
}

/** Months before the 65th birthday month that Medicare's initial enrollment period opens (42 CFR 407.14). */
const MONTHS_BEFORE_65 = 3;

/**
 * The paragraph under which the person's Part B standing matters, or null when it does not (or when
 * Medicare is not yet in view: no Part A, no Medicare number, and not near 65).
 */
export function verificationReason(candidate: VerificationCandidate, asOf: IsoDate): string | null {
  const paragraph = requirementParagraph(candidate);
  if (paragraph === null) return null;
  const medicareInView =
    candidate.hasPartA || candidate.hasMedicareNumber || initialEnrollmentOpened(candidate.birthDate, asOf);
  return medicareInView ? paragraph : null;
}

function requirementParagraph(c: VerificationCandidate): string | null {
  const postalEnrollee = c.enrolleeLastEmployingAgency === 'postal_service';
  if (c.relationship === 'self') {
    // 5 CFR 890.1604(a): a Postal Service annuitant.
    if (c.category === 'annuitant' && postalEnrollee) return '5 CFR 890.1604(a)';
    // 5 CFR 890.1604(c): a Postal Service survivor annuitant.
    if (c.category === 'survivor_annuitant' && postalEnrollee) return '5 CFR 890.1604(c)';
    return null;
  }
  // 5 CFR 890.1604(b): a family member of a Postal Service annuitant (whether the annuitant is a covered
  // Medicare individual is what the answers about the annuitant decide).
  const annuitant = c.enrolleeCategory === 'annuitant' || c.enrolleeCategory === 'survivor_annuitant';
  return annuitant && postalEnrollee ? '5 CFR 890.1604(b)' : null;
}

/** The first day of the month three months before the 65th birthday month has come. */
function initialEnrollmentOpened(birthDate: IsoDate, asOf: IsoDate): boolean {
  const months = Number(birthDate.slice(0, 4)) * 12 + Number(birthDate.slice(5, 7)) - 1 + 65 * 12;
  const opens = months - MONTHS_BEFORE_65;
  const year = Math.floor(opens / 12);
  const month = (opens % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01` <= asOf;
}

export type PartBStandingChange = 'newly_required_not_enrolled' | 'part_b_confirmed' | 'unchanged';

/**
 * What a change of a person's Part B standing calls for. Newly required and not enrolled leads, via
 * 890.1604(g), to removal under 890.1608(b) (with its bars and 31-day temporary extension); enrolled
 * leaves nothing to wait for (no exception to document under 890.1604(e), no removal to review).
 */
export function partBStandingChange(before: PartBOutcome, after: PartBOutcome): PartBStandingChange {
  // 5 CFR 890.1604(g) and 890.1608(b): a required Part B newly found missing.
  if (after === 'required_not_enrolled' && before !== 'required_not_enrolled')
    return 'newly_required_not_enrolled';
  // 5 CFR 890.1604(a)-(c): the requirement is met.
  if (after === 'enrolled') return 'part_b_confirmed';
  return 'unchanged';
}
