// The open season outcome of a household: an election that counts (5 CFR 890.1605(b)), else automatic
// enrollment of an FEHB enrollee (890.1605(c)-(d)), else no enrollment, each with its reasons.
import type { EnrollmentType } from '../domain/catalogue.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Election, FehbEnrollment } from '../domain/enrollment.ts';
import type { Person } from '../domain/person.ts';
import { chooseAutomaticEnrollment, COST_BASIS } from './automatic-enrollment.ts';
import type { PshbOffer } from './catalogue-index.ts';
import { mostSpecificCitation, type Decision, type FactValue } from './decision.ts';
import { openSeasonEffectiveOn } from './effective-dates.ts';
import type { EligibilityOutcome } from './eligibility.ts';
import { decideFamilyCoverage, type FamilyCoverage } from './family-coverage.ts';
import { assessElection, setAsideReason, type ElectionStanding } from './open-season-election.ts';
import type { RulesContext } from './rules-context.ts';

export type EnrollmentOutcome =
  'automatic_enrollment' | 'open_season_election' | 'open_season_decline' | 'not_enrolled';

export interface EnrollmentTarget {
  readonly enrollmentCode: string;
  readonly planCode: string;
  readonly optionCode: string;
  readonly enrollmentType: EnrollmentType;
  readonly effectiveOn: IsoDate;
}

export interface EnrollmentDecision extends Decision<EnrollmentOutcome> {
  readonly target: EnrollmentTarget | null;
}

export interface EnrollmentInput {
  readonly enrollee: Person;
  readonly family: readonly Person[];
  readonly fehbEnrollment: FehbEnrollment | null;
  readonly election: Election | null;
}

export interface EnrollmentWithCoverage {
  readonly enrollment: EnrollmentDecision;
  /** Which members the enrollment covers; null when nobody is enrolled. */
  readonly family: FamilyCoverage | null;
}

const RULE = 'enrollment';
const EFFECTIVE = '5 CFR 890.1606(e)';

/**
 * @param memberCoverable aligned with input.family: may that member be covered (eligible, or kept
 *   under 890.1608(b)(2))?
 */
export function decideEnrollment(
  input: EnrollmentInput,
  enrolleeEligibility: Decision<EligibilityOutcome>,
  memberCoverable: readonly boolean[],
  context: RulesContext,
): EnrollmentWithCoverage {
  const standing = assessElection(input.election, context.openSeason, context.catalogue);
  if (!mayEnroll(enrolleeEligibility, context)) {
    // 5 CFR 890.1605(b)-(c) reach only eligible people; the eligibility decision says why not.
    return notEnrolled(
      input,
      standing,
      ['5 CFR 890.1605(b)', mostSpecificCitation(enrolleeEligibility)],
      `Not enrolled: ${enrolleeEligibility.explanation}`,
    );
  }
  if (standing.kind === 'enroll') return electedEnrollment(input, standing, memberCoverable, context);
  if (standing.kind === 'decline') {
    // 5 CFR 890.1605(b)(1)(i): an election not to enroll, made in the open season, is honoured.
    return {
      enrollment: enrollmentDecision(
        'open_season_decline',
        ['5 CFR 890.1605(b)(1)(i)'],
        baseFacts(input, standing, null),
        `Elected on ${standing.election.madeOn}, during the open season, not to enroll in a PSHB plan; no automatic enrollment follows.`,
        null,
      ),
      family: null,
    };
  }
  return automaticOrNone(input, standing, memberCoverable, context);
}

/**
 * Eligible, or excluded only for want of Part B after the initial contract year began: such a person
 * was enrolled, and 890.1608(b) (the termination decision) decides whether the enrollment ends.
 */
function mayEnroll(eligibility: Decision<EligibilityOutcome>, context: RulesContext): boolean {
  if (eligibility.outcome === 'eligible') return true;
  return (
    eligibility.facts.exclusion === 'part_b_not_enrolled' &&
    context.asOf > context.calendar.initialContractYearStart
  );
}

function electedEnrollment(
  input: EnrollmentInput,
  standing: Extract<ElectionStanding, { kind: 'enroll' }>,
  memberCoverable: readonly boolean[],
  context: RulesContext,
): EnrollmentWithCoverage {
  const offer = standing.offer;
  const family = decideFamilyCoverage({
    enrollmentType: offer.enrollmentType,
    automatic: false,
    designatedMemberId: input.fehbEnrollment?.coveredPersonId ?? null,
    family: input.family,
    coverable: memberCoverable,
  });
  const effectiveOn = openSeasonEffectiveOn(context.openSeason);
  const facts = baseFacts(input, standing, effectiveOn);
  facts.enrollmentCode = offer.premium.enrollmentCode;
  // 5 CFR 890.1605(b)(1)(i) with 890.1606(e): the election made in the open season, effective on its date.
  return {
    enrollment: enrollmentDecision(
      'open_season_election',
      [EFFECTIVE, '5 CFR 890.1605(b)(1)(i)'],
      facts,
      `Elected ${offer.option.planName}, ${offer.option.optionName} (${offer.premium.enrollmentCode}) on ${standing.election.madeOn}, during the open season; effective ${effectiveOn}. ${family.note}`.trimEnd(),
      target(offer, effectiveOn),
    ),
    family,
  };
}

function automaticOrNone(
  input: EnrollmentInput,
  standing: ElectionStanding,
  memberCoverable: readonly boolean[],
  context: RulesContext,
): EnrollmentWithCoverage {
  const setAside = setAsideReason(standing);
  const fehb = input.fehbEnrollment;
  if (!context.openSeason.transitional) {
    // 5 CFR 890.1605(c): automatic enrollment belongs to the transitional open season only.
    return notEnrolled(
      input,
      standing,
      ['5 CFR 890.1605(c)'],
      `${setAside}No election counts, and automatic enrollment happens only in the transitional open season.`,
    );
  }
  if (fehb === null) {
    // 5 CFR 890.1605(c): only those enrolled in FEHB on the last day of FEHB Postal coverage.
    return notEnrolled(
      input,
      standing,
      ['5 CFR 890.1605(c)'],
      `${setAside}No election counts, and there was no FEHB enrollment on ${context.calendar.fehbPostalCoverageEnds} to carry into PSHB automatically.`,
    );
  }
  if (input.enrollee.nonpayOver365Days) {
    // 5 CFR 890.1605(b) with 890.303(e): an employee 365 days in nonpay status is not enrolled automatically.
    return notEnrolled(
      input,
      standing,
      ['5 CFR 890.1605(b)', '5 CFR 890.303(e)'],
      `${setAside}In nonpay status for more than 365 days, whose FEHB enrollment ended: not enrolled automatically.`,
    );
  }
  return automatic(input, fehb, standing, setAside, memberCoverable, context);
}

function automatic(
  input: EnrollmentInput,
  fehb: FehbEnrollment,
  standing: ElectionStanding,
  setAside: string,
  memberCoverable: readonly boolean[],
  context: RulesContext,
): EnrollmentWithCoverage {
  const chosen = chooseAutomaticEnrollment(fehb, input.enrollee.residence.state, context.catalogue);
  if (chosen === null) {
    // 5 CFR 890.1605(c)(3) cannot be applied: the catalogue lacks a nationwide option in this type.
    return notEnrolled(
      input,
      standing,
      ['5 CFR 890.1605(c)(3)'],
      `${setAside}The catalogue has no nationwide PSHB option without an HDHP or fee in ${fehb.enrollmentType}: automatic enrollment cannot be decided (catalogue error).`,
    );
  }
  const family = decideFamilyCoverage({
    enrollmentType: fehb.enrollmentType,
    automatic: true,
    designatedMemberId: fehb.coveredPersonId,
    family: input.family,
    coverable: memberCoverable,
  });
  const effectiveOn = openSeasonEffectiveOn(context.openSeason);
  const offer = chosen.offer;
  const facts = baseFacts(input, standing, effectiveOn);
  facts.enrollmentCode = offer.premium.enrollmentCode;
  facts.crosswalkRegion = chosen.crosswalkRegion;
  facts.costBasis = COST_BASIS;
  facts.enrolleeBiweeklyCents = offer.premium.biweekly.enrollee;
  facts.hdhp = offer.option.hdhp;
  if (family.citation === '5 CFR 890.1605(d)(1)') {
    facts.selfPlusOneMemberId = family.designatedMemberId;
    facts.premiumWithheldFor = 'self_plus_one';
    facts.enrolleeCoveredAlone = family.enrolleeAloneAtSelfPlusOnePremium;
  }
  // 5 CFR 890.1605(c) with (c)(4) same enrollment type, (d) family, and 890.1606(e) effective date;
  // the paragraph that picked the option comes last.
  const citations =
    family.citation === null
      ? [EFFECTIVE, '5 CFR 890.1605(c)', '5 CFR 890.1605(c)(4)', chosen.citation]
      : [EFFECTIVE, '5 CFR 890.1605(c)', '5 CFR 890.1605(c)(4)', family.citation, chosen.citation];
  return {
    enrollment: enrollmentDecision(
      'automatic_enrollment',
      citations,
      facts,
      `${setAside}Enrolled in FEHB (${fehb.enrollmentCode}) on ${context.calendar.fehbPostalCoverageEnds} with no election that counts: enrolled automatically in ${offer.option.planName}, ${offer.option.optionName} (${offer.premium.enrollmentCode}), same enrollment type, effective ${effectiveOn}. ${chosen.reason} ${family.note}`.trimEnd(),
      target(offer, effectiveOn),
    ),
    family,
  };
}

function notEnrolled(
  input: EnrollmentInput,
  standing: ElectionStanding,
  citations: readonly string[],
  explanation: string,
): EnrollmentWithCoverage {
  return {
    enrollment: enrollmentDecision(
      'not_enrolled',
      citations,
      baseFacts(input, standing, null),
      explanation,
      null,
    ),
    family: null,
  };
}

// Built directly rather than by spreading decision(): this runs once per household on the hot path.
function enrollmentDecision(
  outcome: EnrollmentOutcome,
  citations: readonly string[],
  facts: Record<string, FactValue>,
  explanation: string,
  target: EnrollmentTarget | null,
): EnrollmentDecision {
  return { rule: RULE, outcome, citations, facts, explanation, target };
}

function target(offer: PshbOffer, effectiveOn: IsoDate): EnrollmentTarget {
  return {
    enrollmentCode: offer.premium.enrollmentCode,
    planCode: offer.option.planCode,
    optionCode: offer.option.optionCode,
    enrollmentType: offer.enrollmentType,
    effectiveOn,
  };
}

function baseFacts(
  input: EnrollmentInput,
  standing: ElectionStanding,
  effectiveOn: IsoDate | null,
): Record<string, FactValue> {
  const fehb = input.fehbEnrollment;
  return {
    enrolleeCategory: input.enrollee.category,
    fehbEnrollmentCode: fehb?.enrollmentCode ?? null,
    fehbEnrollmentType: fehb?.enrollmentType ?? null,
    election: standing.kind,
    electionMadeOn: standing.kind === 'none' ? null : standing.election.madeOn,
    effectiveOn,
  };
}
