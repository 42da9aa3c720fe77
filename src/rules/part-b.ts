// The Medicare Part B requirement and its exceptions: 5 CFR 890.1604 (numbering as amended in
// October 2024, 89 FR 85012). Decides, for one person on one day, whether Part B is required and
// whether it is met, excepted, or claimed as excepted with documentation still to come.
import { ageOn, type IsoDate } from '../domain/dates.ts';
import type { EvidenceKind, Person } from '../domain/person.ts';
import type { ProgramCalendar } from '../domain/program-calendar.ts';
import { decision, mostSpecificCitation, type Decision, type FactValue } from './decision.ts';
import { hasEvidence } from './evidence.ts';
import {
  partBPeriodsOf,
  hasPartAOnlyUnder1818,
  isCoveredMedicareIndividual,
  isEnrolledInPartB,
  isEntitledToPartA,
} from './medicare-status.ts';
import { residesInUnitedStates } from './residence.ts';

export type PartBOutcome =
  'not_required' | 'enrolled' | 'excepted' | 'pending_evidence' | 'required_not_enrolled';

export interface PartBHousehold {
  readonly enrollee: Person;
  /** The enrollee's own Part B decision when deciding for a member of family; null for the enrollee. */
  readonly enrolleePartB: Decision<PartBOutcome> | null;
}

const RULE = 'part-b';
const DOCUMENTATION = '5 CFR 890.1604(e)';

/** An exception that holds only once OPM has the documentation 890.1604(e) asks for. */
interface DocumentedClaim {
  readonly kind: EvidenceKind;
  readonly citation: string;
  readonly reason: string;
  readonly applies: (person: Person) => boolean;
}

const livesAbroad = (p: Person): boolean => !residesInUnitedStates(p.residence);
const vaEnrolled = (p: Person): boolean => p.vaEnrolled;
const ihsEligible = (p: Person): boolean => p.ihsEligible;

const ANNUITANT_CLAIMS: readonly DocumentedClaim[] = [
  // 5 CFR 890.1604(d)(1)(iii)
  {
    kind: 'residence_abroad',
    citation: '5 CFR 890.1604(d)(1)(iii)',
    reason: 'lives outside the United States',
    applies: livesAbroad,
  },
  // 5 CFR 890.1604(d)(1)(iv)
  {
    kind: 'va_enrollment',
    citation: '5 CFR 890.1604(d)(1)(iv)',
    reason: 'is enrolled in VA health care',
    applies: vaEnrolled,
  },
  // 5 CFR 890.1604(d)(1)(v)
  {
    kind: 'ihs_eligibility',
    citation: '5 CFR 890.1604(d)(1)(v)',
    reason: 'is eligible for Indian Health Service care',
    applies: ihsEligible,
  },
];

const FAMILY_CLAIMS: readonly DocumentedClaim[] = [
  // 5 CFR 890.1604(d)(2)(ii)
  {
    kind: 'residence_abroad',
    citation: '5 CFR 890.1604(d)(2)(ii)',
    reason: 'lives outside the United States',
    applies: livesAbroad,
  },
  // 5 CFR 890.1604(d)(2)(iii)
  {
    kind: 'va_enrollment',
    citation: '5 CFR 890.1604(d)(2)(iii)',
    reason: 'is enrolled in VA health care',
    applies: vaEnrolled,
  },
  // 5 CFR 890.1604(d)(2)(iv)
  {
    kind: 'ihs_eligibility',
    citation: '5 CFR 890.1604(d)(2)(iv)',
    reason: 'is eligible for Indian Health Service care',
    applies: ihsEligible,
  },
];

/** Who the requirement reaches, with the paragraph that reaches them; null when it does not. */
interface Requirement {
  readonly citation: string;
  readonly who: 'annuitant' | 'survivor' | 'family';
}

export function decidePartB(
  person: Person,
  household: PartBHousehold,
  calendar: ProgramCalendar,
  asOf: IsoDate,
): Decision<PartBOutcome> {
  const requirement = requirementFor(person, household, asOf);
  if (typeof requirement === 'string') {
    return decision(
      RULE,
      'not_required',
      [requirement],
      medicareFacts(person, asOf, null),
      notSubjectReason(person),
    );
  }
  const medicare = person.medicare;
  if (!isCoveredMedicareIndividual(medicare, asOf)) return notCoveredMedicare(person, requirement, asOf);
  if (isEnrolledInPartB(medicare, asOf)) {
    // 5 CFR 890.1604(a), (b) or (c): the requirement is met.
    return decision(
      RULE,
      'enrolled',
      [requirement.citation],
      medicareFacts(person, asOf, null),
      `Entitled to Part A and enrolled in Part B on ${asOf}: the Part B requirement is met.`,
    );
  }
  if (requirement.who === 'annuitant') return annuitantExceptions(person, requirement, calendar, asOf);
  if (requirement.who === 'survivor') return survivorExceptions(person, requirement, calendar, asOf);
  return familyExceptions(person, household, requirement, asOf);
}

function requirementFor(person: Person, household: PartBHousehold, asOf: IsoDate): Requirement | string {
  if (household.enrolleePartB === null) {
    // 5 CFR 890.1604(a): a Postal Service annuitant.
    if (person.category === 'annuitant' && isPostalService(person))
      return { citation: '5 CFR 890.1604(a)', who: 'annuitant' };
    // 5 CFR 890.1604(c): a survivor annuitant (a Postal Service annuitant too, 890.1602(d)(3)).
    if (person.category === 'survivor_annuitant' && isPostalService(person))
      return { citation: '5 CFR 890.1604(c)', who: 'survivor' };
    // 5 CFR 890.1604(a): employees, compensationers and others' annuitants are not subject to it.
    return '5 CFR 890.1604(a)';
  }
  const enrollee = household.enrollee;
  const enrolleeIsAnnuitant =
    (enrollee.category === 'annuitant' || enrollee.category === 'survivor_annuitant') &&
    isPostalService(enrollee);
  // 5 CFR 890.1604(b): only family of a Postal Service Medicare covered annuitant (5 U.S.C. 8903c(a)).
  if (enrolleeIsAnnuitant && isCoveredMedicareIndividual(enrollee.medicare, asOf)) {
    return { citation: '5 CFR 890.1604(b)', who: 'family' };
  }
  return '5 CFR 890.1604(b)';
}

/** Last worked for the Postal Service (for a survivor: the deceased did), as 5 U.S.C. 8903c(a) asks. */
export function isPostalService(person: Person): boolean {
  return person.lastEmployingAgency === 'postal_service';
}

/** The first day the person was an annuitant: for a survivor, the day survivor status began. */
export function annuitantStart(person: Person): IsoDate | null {
  if (person.category === 'survivor_annuitant') return person.survivorSince ?? person.annuitantSince;
  return person.annuitantSince;
}

// Written out once: this sentence is built for every employee on the hot path.
const NOT_SUBJECT: Readonly<Record<Person['category'], string>> = {
  employee:
    'The Part B requirement reaches annuitants and survivor annuitants; an employee is not subject to it.',
  compensationer:
    'The Part B requirement reaches annuitants and survivor annuitants; a compensationer is not subject to it.',
  annuitant:
    'The Part B requirement reaches Postal Service annuitants; an annuitant whose last employing agency was not the Postal Service is not one.',
  survivor_annuitant:
    'The Part B requirement reaches Postal Service survivor annuitants; the deceased did not last work for the Postal Service.',
  former_spouse:
    'The Part B requirement reaches annuitants and survivor annuitants; a former spouse is not subject to it.',
  family_member:
    'The Part B requirement reaches annuitants and survivor annuitants; a member of family is not subject to it in their own right.',
};

function notSubjectReason(person: Person): string {
  if (person.relationship === 'self') return NOT_SUBJECT[person.category];
  return 'The Part B requirement reaches family members of a Postal Service Medicare covered annuitant only; the enrollee is not one.';
}

function notCoveredMedicare(person: Person, requirement: Requirement, asOf: IsoDate): Decision<PartBOutcome> {
  const facts = medicareFacts(person, asOf, null);
  if (isEntitledToPartA(person.medicare, asOf) && hasPartAOnlyUnder1818(person.medicare, asOf)) {
    // 5 U.S.C. 8903c(a): Part A only under section 1818 or 1818A does not make a covered Medicare individual.
    return decision(
      RULE,
      'not_required',
      [requirement.citation, '5 U.S.C. 8903c(a)'],
      facts,
      'Entitled to Part A only by buying it under section 1818 or 1818A of the Social Security Act, which does not make a covered Medicare individual: Part B is not required.',
    );
  }
  // 5 U.S.C. 8903c(a): without Part A entitlement the person is not a covered Medicare individual.
  return decision(
    RULE,
    'not_required',
    [requirement.citation, '5 U.S.C. 8903c(a)'],
    facts,
    `Not entitled to Medicare Part A on ${asOf}, so not a covered Medicare individual: Part B is not required.`,
  );
}

function annuitantExceptions(
  person: Person,
  requirement: Requirement,
  calendar: ProgramCalendar,
  asOf: IsoDate,
): Decision<PartBOutcome> {
  return (
    standingAtStart(person, requirement, calendar, asOf) ??
    documentedOrRequired(person, requirement, ANNUITANT_CLAIMS, [], asOf)
  );
}

/** The exceptions that rest on how things stood on the first day of the initial contract year. */
function standingAtStart(
  person: Person,
  requirement: Requirement,
  calendar: ProgramCalendar,
  asOf: IsoDate,
): Decision<PartBOutcome> | null {
  const start = calendar.initialContractYearStart;
  const medicare = person.medicare;
  const since = annuitantStart(person);
  const wasAnnuitantAtStart = since !== null && since <= start;
  const hadBothAtStart = isEntitledToPartA(medicare, start) && isEnrolledInPartB(medicare, start);
  if (wasAnnuitantAtStart && !hadBothAtStart) {
    // 5 CFR 890.1604(d)(1)(i), which reaches a survivor annuitant as an annuitant (890.1602(d)(3)).
    const who = person.category === 'survivor_annuitant' ? 'survivor annuitant' : 'annuitant';
    return excepted(
      person,
      asOf,
      [requirement.citation, '5 CFR 890.1604(d)(1)(i)'],
      `A Postal Service ${who} since ${since} who was not both entitled to Part A and enrolled in Part B on ${start}: excepted from the Part B requirement.`,
    );
  }
  const ageAtStart = ageOn(person.birthDate, start);
  if (person.employedOnProgramStart && ageAtStart >= 64) {
    // 5 CFR 890.1604(d)(1)(ii)
    return excepted(
      person,
      asOf,
      [requirement.citation, '5 CFR 890.1604(d)(1)(ii)'],
      `A Postal Service employee aged ${ageAtStart} (64 or older) on ${start}: excepted from the Part B requirement.`,
    );
  }
  return null;
}

function survivorExceptions(
  person: Person,
  requirement: Requirement,
  calendar: ProgramCalendar,
  asOf: IsoDate,
): Decision<PartBOutcome> {
  const atStart = standingAtStart(person, requirement, calendar, asOf);
  if (atStart !== null) return atStart;
  if (person.deceasedAnnuitantException !== null) {
    // 5 CFR 890.1604(d)(3): the deceased annuitant's exception when survivor status began.
    return excepted(
      person,
      asOf,
      [requirement.citation, '5 CFR 890.1604(d)(3)'],
      `A survivor annuitant since ${annuitantStart(person) ?? '(unknown)'} whose deceased annuitant was excepted under ${person.deceasedAnnuitantException} when survivor status began: excepted from the Part B requirement.`,
    );
  }
  // 5 CFR 890.1604(d)(3): or on their own for residence abroad, VA or IHS.
  return documentedOrRequired(person, requirement, ANNUITANT_CLAIMS, ['5 CFR 890.1604(d)(3)'], asOf);
}

function familyExceptions(
  person: Person,
  household: PartBHousehold,
  requirement: Requirement,
  asOf: IsoDate,
): Decision<PartBOutcome> {
  const enrolleeOutcome = household.enrolleePartB?.outcome;
  if (enrolleeOutcome === 'excepted') {
    // 5 CFR 890.1604(d)(2)(i): covered under an annuitant excepted under (d)(1)(i)-(v) (or (d)(3)).
    return excepted(
      person,
      asOf,
      [requirement.citation, '5 CFR 890.1604(d)(2)(i)'],
      `Covered under the enrollment of an annuitant who is excepted from the Part B requirement (${household.enrolleePartB ? mostSpecificCitation(household.enrolleePartB) : ''}): excepted too.`,
    );
  }
  const own = documentedOrRequired(person, requirement, FAMILY_CLAIMS, [], asOf);
  if (enrolleeOutcome === 'pending_evidence' && own.outcome === 'required_not_enrolled') {
    // 5 CFR 890.1604(d)(2)(i) and (e): the annuitant's exception waits on documentation, so does this one.
    return decision(
      RULE,
      'pending_evidence',
      [requirement.citation, '5 CFR 890.1604(d)(2)(i)', DOCUMENTATION],
      medicareFacts(person, asOf, '5 CFR 890.1604(d)(2)(i)'),
      "Would be excepted under the annuitant's exception, which is still waiting for documentation: not yet granted, and no removal while it is decided.",
    );
  }
  return own;
}

/** The first documented exception wins; a claimed one without documentation is pending; else required. */
function documentedOrRequired(
  person: Person,
  requirement: Requirement,
  claims: readonly DocumentedClaim[],
  trailing: readonly string[],
  asOf: IsoDate,
): Decision<PartBOutcome> {
  let pending: DocumentedClaim | null = null;
  for (const claim of claims) {
    if (!claim.applies(person)) continue;
    if (hasEvidence(person, claim.kind, asOf)) {
      return excepted(
        person,
        asOf,
        [requirement.citation, DOCUMENTATION, claim.citation, ...trailing],
        `Entitled to Part A without Part B but ${claim.reason}, documented by ${evidenceName(claim.kind)} received by ${asOf}: excepted from the Part B requirement.`,
        claim.citation,
      );
    }
    pending ??= claim;
  }
  if (pending !== null) {
    // 5 CFR 890.1604(e): an exception that needs documentation and has none is not yet granted.
    return decision(
      RULE,
      'pending_evidence',
      [requirement.citation, pending.citation, ...trailing, DOCUMENTATION],
      medicareFacts(person, asOf, pending.citation),
      `Claims the exception for someone who ${pending.reason}, but no ${evidenceName(pending.kind)} has been received by ${asOf}: not yet granted. The person stays eligible while it is awaited; without it they will be required to enroll in Part B.`,
    );
  }
  // 5 CFR 890.1604(a), (b) or (c) with no exception: leads to 890.1603(c) and, via 890.1604(g), 890.1608(b).
  return decision(
    RULE,
    'required_not_enrolled',
    [requirement.citation],
    medicareFacts(person, asOf, null),
    `A covered Medicare individual on ${asOf} who is not enrolled in Part B and is not excepted: Part B is required.`,
  );
}

function excepted(
  person: Person,
  asOf: IsoDate,
  citations: readonly string[],
  explanation: string,
  exception: string = citations[citations.length - 1] ?? '',
): Decision<PartBOutcome> {
  return decision(RULE, 'excepted', citations, medicareFacts(person, asOf, exception), explanation);
}

function evidenceName(kind: EvidenceKind): string {
  if (kind === 'residence_abroad') return 'proof of residence abroad';
  if (kind === 'va_enrollment') return 'proof of VA enrollment';
  return 'proof of IHS eligibility';
}

function medicareFacts(person: Person, asOf: IsoDate, exception: string | null): Record<string, FactValue> {
  const medicare = person.medicare;
  return {
    category: person.category,
    asOf,
    partAStart: medicare.partAStart,
    partABasis: medicare.partABasis,
    partBStart: medicare.partBStart,
    partBEnd: medicare.partBEnd,
    partBPeriods: partBPeriodsText(medicare),
    survivorSince: person.category === 'survivor_annuitant' ? annuitantStart(person) : null,
    deceasedAnnuitantException: person.deceasedAnnuitantException,
    exception,
  };
}

/** Part B intervals as text ("2019-04-01..2025-02-01;2025-07-01.."), or null when there were none. */
function partBPeriodsText(medicare: Person['medicare']): string | null {
  const periods = partBPeriodsOf(medicare);
  return periods.length === 0 ? null : periods.map((p) => `${p.start}..${p.end ?? ''}`).join(';');
}
