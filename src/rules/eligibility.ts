// Who may enroll or be covered in the PSHB Program: 5 CFR 890.1603, with members of family as
// 5 CFR 890.302 defines them. The Part B decision is an input: 890.1603(c)(1)-(2) turn on it.
import { ageOn, type IsoDate } from '../domain/dates.ts';
import type { Person } from '../domain/person.ts';
import type { ProgramCalendar } from '../domain/program-calendar.ts';
import { decision, mostSpecificCitation, type Decision, type FactValue } from './decision.ts';
import { isPostalService, type PartBOutcome } from './part-b.ts';

export type EligibilityOutcome = 'eligible' | 'not_eligible';

/** Why an otherwise eligible person is excluded, as a fact: 890.1603(c)(1)/(2) or (c)(3). */
export type EligibilityExclusion = 'part_b_not_enrolled' | 'covered_by_other_fehb';

export interface EligibilityHousehold {
  readonly enrollee: Person;
}

export interface EligibilityContext {
  readonly calendar: ProgramCalendar;
  readonly asOf: IsoDate;
}

/** Standing before the exclusions of 890.1603(c): eligible or not, on which paragraphs, in words. */
interface Basis {
  readonly eligible: boolean;
  readonly citations: readonly string[];
  readonly explanation: string;
}

const RULE = 'eligibility';
const MEMBER_OF_FAMILY = '5 CFR 890.1603(a)(3)';
const CHILD_AGE_LIMIT = 26;

// 5 CFR 890.1603(a)(1)
const EMPLOYEE: Basis = {
  eligible: true,
  citations: ['5 CFR 890.1603(a)(1)'],
  explanation: 'A Postal Service employee is eligible.',
};
// 5 CFR 890.1603(a)(1) with (b): a compensationer counts as an employee once found unable to return to duty.
const COMPENSATIONER_UNABLE: Basis = {
  eligible: true,
  citations: ['5 CFR 890.1603(a)(1)', '5 CFR 890.1603(b)'],
  explanation:
    'A compensationer whom the Secretary of Labor found unable to return to duty counts as an employee and is eligible.',
};
// 5 CFR 890.1603(b): without that finding a compensationer is not an employee for PSHB.
const COMPENSATIONER_NOT_FOUND: Basis = {
  eligible: false,
  citations: ['5 CFR 890.1603(a)(1)', '5 CFR 890.1603(b)'],
  explanation:
    'A compensationer counts as an employee only once the Secretary of Labor finds them unable to return to duty; no such finding is on record, so not eligible.',
};
// 5 CFR 890.1603(a)(2)
const ANNUITANT: Basis = {
  eligible: true,
  citations: ['5 CFR 890.1603(a)(2)'],
  explanation: 'A Postal Service annuitant is eligible.',
};
// 5 CFR 890.1603(a)(2) and (e): a survivor annuitant is an annuitant; reinstatement is subject to Part B.
const SURVIVOR: Basis = {
  eligible: true,
  citations: ['5 CFR 890.1603(a)(2)', '5 CFR 890.1603(e)'],
  explanation:
    'A survivor annuitant of a Postal Service annuitant or employee is eligible, and may be reinstated, subject to the Part B requirement.',
};
// 5 CFR 890.1603(a)(1) with 5 U.S.C. 8903c(a): only a Postal Service employee is eligible.
const NOT_POSTAL_EMPLOYEE: Basis = {
  eligible: false,
  citations: ['5 U.S.C. 8903c(a)', '5 CFR 890.1603(a)(1)'],
  explanation:
    'Employed by an agency other than the Postal Service, so not a Postal Service employee: not eligible for PSHB (FEHB instead).',
};
// 5 CFR 890.1603(a)(2) with 5 U.S.C. 8903c(a): an annuitant whose last employing agency was not the Postal Service.
const NOT_POSTAL_ANNUITANT: Basis = {
  eligible: false,
  citations: ['5 U.S.C. 8903c(a)', '5 CFR 890.1603(a)(2)'],
  explanation:
    'The last employing agency (of the annuitant, or of the deceased for a survivor) was not the Postal Service, so not a Postal Service annuitant: not eligible for PSHB (FEHB instead).',
};

function temporaryEmployee(person: Person): Basis {
  if (person.temporaryContinuousYearCompleted) {
    // 5 CFR 890.102(c)(1) with 5 U.S.C. 8906a: a temporary employee after 1 year of continuous employment.
    return {
      eligible: true,
      citations: ['5 CFR 890.1603(a)(1)', '5 CFR 890.102(c)(1)', '5 U.S.C. 8906a'],
      explanation:
        'A Postal Service employee on a temporary appointment who has completed 1 year of current continuous employment is eligible.',
    };
  }
  // 5 CFR 890.102(c)(1): an appointment limited to 1 year or less, without 1 year of continuous employment.
  return {
    eligible: false,
    citations: ['5 CFR 890.1603(a)(1)', '5 CFR 890.102(c)(1)'],
    explanation:
      'A Postal Service employee on an appointment limited to 1 year or less who has not completed 1 year of current continuous employment is not eligible.',
  };
}

// 5 CFR 890.1603(a)(3): a member of family is covered only under someone else's enrollment.
const NOT_IN_OWN_RIGHT: Basis = {
  eligible: false,
  citations: [MEMBER_OF_FAMILY],
  explanation:
    'A member of family is covered only under the enrollment of a Postal Service employee or annuitant, not in their own right.',
};
// 5 CFR 890.1603(a)(3)
const FAMILY_OF_INELIGIBLE: Basis = {
  eligible: false,
  citations: [MEMBER_OF_FAMILY],
  explanation:
    'A member of family is eligible only through a Postal Service employee or annuitant, and the enrollee is neither.',
};
// 5 CFR 890.1603(a)(3) with 890.302: a spouse is a member of family.
const SPOUSE: Basis = {
  eligible: true,
  citations: [MEMBER_OF_FAMILY, '5 CFR 890.302'],
  explanation: "The enrollee's spouse is a member of family and eligible.",
};
// 5 CFR 890.1603(a)(3) with 890.302: only a spouse or child is a member of family.
const NOT_FAMILY: Basis = {
  eligible: false,
  citations: [MEMBER_OF_FAMILY, '5 CFR 890.302'],
  explanation: 'Only a spouse or child is a member of family.',
};

export function decideEligibility(
  person: Person,
  household: EligibilityHousehold,
  partB: Decision<PartBOutcome>,
  context: EligibilityContext,
): Decision<EligibilityOutcome> {
  const isEnrollee = person === household.enrollee;
  const age = ageOn(person.birthDate, context.asOf);
  const basis = isEnrollee
    ? ownBasis(person, context)
    : familyBasis(person, household.enrollee, age, context);
  if (!basis.eligible) {
    return decision(
      RULE,
      'not_eligible',
      basis.citations,
      facts(person, age, partB, null),
      basis.explanation,
    );
  }
  if (person.coveredByOtherFehb) {
    // 5 CFR 890.1603(c)(3)
    return decision(
      RULE,
      'not_eligible',
      [...basis.citations, '5 CFR 890.1603(c)(3)'],
      facts(person, age, partB, 'covered_by_other_fehb'),
      'Covered by an FEHB plan through another enrollment, so not eligible for PSHB.',
    );
  }
  if (partB.outcome === 'required_not_enrolled') {
    // 5 CFR 890.1603(c)(1) for the annuitant, (c)(2) for a Medicare covered member of family.
    const paragraph = isEnrollee ? '5 CFR 890.1603(c)(1)' : '5 CFR 890.1603(c)(2)';
    return decision(
      RULE,
      'not_eligible',
      [...basis.citations, mostSpecificCitation(partB), paragraph],
      facts(person, age, partB, 'part_b_not_enrolled'),
      `${basis.explanation} But Medicare Part B is required and not in place on ${context.asOf}, so not eligible.`,
    );
  }
  if (partB.outcome === 'pending_evidence') {
    // 5 CFR 890.1604(e): we treat a claimed exception awaiting documentation as not (yet) excluding.
    return decision(
      RULE,
      'eligible',
      [...basis.citations, '5 CFR 890.1604(e)'],
      facts(person, age, partB, null),
      `${basis.explanation} A Part B exception is claimed and its documentation is awaited: eligible for now, and not excluded unless the exception is refused.`,
    );
  }
  return decision(RULE, 'eligible', basis.citations, facts(person, age, partB, null), basis.explanation);
}

/** Standing in one's own right (890.1603(a)(1)-(2), (b), (d)), before the exclusions. */
export function ownBasisIsEligible(person: Person, context: EligibilityContext): boolean {
  return ownBasis(person, context).eligible;
}

function ownBasis(person: Person, context: EligibilityContext): Basis {
  switch (person.category) {
    case 'employee':
      if (!isPostalService(person)) return NOT_POSTAL_EMPLOYEE;
      return person.temporaryEmployee ? temporaryEmployee(person) : EMPLOYEE;
    case 'compensationer':
      if (!isPostalService(person)) return NOT_POSTAL_EMPLOYEE;
      return person.compensationerUnableToReturn ? COMPENSATIONER_UNABLE : COMPENSATIONER_NOT_FOUND;
    case 'annuitant':
      return isPostalService(person) ? ANNUITANT : NOT_POSTAL_ANNUITANT;
    case 'survivor_annuitant':
      return isPostalService(person) ? SURVIVOR : NOT_POSTAL_ANNUITANT;
    case 'former_spouse':
      return formerSpouse(person, context);
    case 'family_member':
      return NOT_IN_OWN_RIGHT;
  }
}

function familyBasis(person: Person, enrollee: Person, age: number, context: EligibilityContext): Basis {
  if (person.category === 'former_spouse') return formerSpouse(person, context);
  if (!ownBasis(enrollee, context).eligible) return FAMILY_OF_INELIGIBLE;
  if (person.relationship === 'spouse') return SPOUSE;
  if (person.relationship !== 'child') return NOT_FAMILY;
  if (age < CHILD_AGE_LIMIT) {
    // 5 CFR 890.302: a child under 26.
    return {
      eligible: true,
      citations: [MEMBER_OF_FAMILY, '5 CFR 890.302'],
      explanation: `A child aged ${age} (under ${CHILD_AGE_LIMIT}) is a member of family and eligible.`,
    };
  }
  if (person.incapableOfSelfSupport) {
    // 5 CFR 890.302: a child 26 or over incapable of self-support.
    return {
      eligible: true,
      citations: [MEMBER_OF_FAMILY, '5 CFR 890.302'],
      explanation: `A child aged ${age}, incapable of self-support, is a member of family and eligible.`,
    };
  }
  // 5 CFR 890.302: a child 26 or over who can support themself is no longer a member of family.
  return {
    eligible: false,
    citations: [MEMBER_OF_FAMILY, '5 CFR 890.302'],
    explanation: `A child aged ${age} (${CHILD_AGE_LIMIT} or over) who is not incapable of self-support is not a member of family.`,
  };
}

// 5 CFR 890.1603(d): former spouses are not PSHB eligible; they stay in or enroll in FEHB.
function formerSpouse(person: Person, context: EligibilityContext): Basis {
  const where = person.formerSpouseFehbEnrolled
    ? `Enrolled in FEHB on or before ${context.calendar.fehbPostalCoverageEnds}, they stay in FEHB.`
    : 'One eligible by reason of a PSHB enrollment (890.803(a)(2)) enrolls in FEHB instead.';
  return {
    eligible: false,
    citations: ['5 CFR 890.1603(d)'],
    explanation: `A former spouse is not eligible for PSHB. ${where}`,
  };
}

function facts(
  person: Person,
  age: number,
  partB: Decision<PartBOutcome>,
  exclusion: EligibilityExclusion | null,
): Record<string, FactValue> {
  return {
    category: person.category,
    relationship: person.relationship,
    lastEmployingAgency: person.lastEmployingAgency,
    temporaryEmployee: person.temporaryEmployee,
    age,
    coveredByOtherFehb: person.coveredByOtherFehb,
    partB: partB.outcome,
    exclusion,
  };
}
