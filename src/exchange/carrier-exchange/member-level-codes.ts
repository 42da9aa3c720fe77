// The codes of the member level detail segment (INS) that describe the person rather than the event:
// relationship (INS02), benefit status (INS05), Medicare (INS06), the temporary continuation's
// qualifying event (INS07) and the subscriber's employment status (INS08).
import type { TccQualifyingEvent } from '../../domain/lifecycle.ts';
import type { Relationship } from '../../domain/person.ts';
import type { MedicareStatus, MemberRecord, SubscriberStanding } from './member-record.ts';

/** INS02 (element 1069): 18 self, 01 spouse, 19 child. */
export const RELATIONSHIP_CODES: Readonly<Record<Relationship, '18' | '01' | '19'>> = {
  self: '18',
  spouse: '01',
  child: '19',
};

/**
 * INS05 (element 1216): C for temporary continuation of coverage (the Federal counterpart of COBRA
 * continuation, 5 U.S.C. 8905a), S for a survivor annuitant's enrollment ("surviving insured"), else A.
 */
export function benefitStatus(
  record: Pick<MemberRecord, 'continuation' | 'subscriberStanding'>,
): 'A' | 'C' | 'S' {
  if (record.continuation !== null) return 'C';
  return record.subscriberStanding === 'survivor_annuitant' ? 'S' : 'A';
}

/**
 * INS06-1 (element 1218): A Part A only, B Part B only, C Parts A and B, E no Medicare. D ("Medicare",
 * parts unknown) is never sent: the exchange knows each part, and 5 CFR 890.1604 turns on Part B.
 */
export function medicarePlanCode(medicare: MedicareStatus): 'A' | 'B' | 'C' | 'E' {
  if (medicare.partA && medicare.partB) return 'C';
  if (medicare.partA) return 'A';
  if (medicare.partB) return 'B';
  return 'E';
}

/** INS06-2 (element 1701): 0 age, 1 disability, 2 end-stage renal disease. */
export const MEDICARE_BASIS_CODES = { age: '0', disability: '1', esrd: '2' } as const;

/** INS06 as a composite: the plan code, and the basis when the person has Medicare and it is known. */
export function medicareStatusCode(medicare: MedicareStatus): readonly string[] {
  const plan = medicarePlanCode(medicare);
  if (plan === 'E' || medicare.basis === null) return [plan];
  return [plan, MEDICARE_BASIS_CODES[medicare.basis]];
}

/**
 * INS07 (element 1219) for temporary continuation: separation is 1 (termination of employment), a
 * former spouse's 5 (divorce), a child who loses eligibility 7 (ineligible child).
 */
export const QUALIFYING_EVENT_CODES: Readonly<Record<TccQualifyingEvent, '1' | '5' | '7'>> = {
  separation: '1',
  former_spouse: '5',
  child_loses_eligibility: '7',
};

/**
 * INS08 (element 584), sent for the subscriber only: AC an employee in pay status; L1 a
 * compensationer (leave without pay while receiving workers' compensation); RT annuitants, survivor
 * annuitants and former spouses (whose coverage follows an annuity, 5 CFR 890.803); TE anyone on
 * temporary continuation, whose group coverage as an employee or family member has ended. The
 * compensationer and former spouse readings are this exchange's (UNCONFIRMED with carriers).
 */
export function employmentStatus(
  standing: SubscriberStanding,
  onContinuation: boolean,
): 'AC' | 'L1' | 'RT' | 'TE' {
  if (onContinuation) return 'TE';
  if (standing === 'employee') return 'AC';
  if (standing === 'compensationer') return 'L1';
  return 'RT';
}
