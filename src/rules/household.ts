// A household decided as a whole, as the batch run, the CLI and the API see it: each person's
// eligibility (890.1603) and Part B standing (890.1604), the open season outcome (890.1605-1606),
// and, once the initial contract year has begun, removal for missing Part B (890.1608(b)).
// This is the hot path of the open season run: no catalogue scans, no Date objects, no regex.
import type { IsoDate } from '../domain/dates.ts';
import type { Election, FehbEnrollment } from '../domain/enrollment.ts';
import type { Person } from '../domain/person.ts';
import type { Decision } from './decision.ts';
import { decideEligibility, type EligibilityOutcome } from './eligibility.ts';
import { decideEnrollment, type EnrollmentDecision } from './enrollment.ts';
import { decidePartB, type PartBHousehold, type PartBOutcome } from './part-b.ts';
import {
  decidePartBTermination,
  partBRemovalBar,
  type PartBRemovalWaivers,
  type TerminationDecision,
} from './part-b-termination.ts';
import type { RulesContext } from './rules-context.ts';

export type { RulesContext } from './rules-context.ts';
export type { EligibilityOutcome } from './eligibility.ts';
export type { PartBOutcome } from './part-b.ts';
export type { EnrollmentDecision, EnrollmentOutcome, EnrollmentTarget } from './enrollment.ts';
export type { TerminationDecision } from './part-b-termination.ts';

export interface HouseholdInput {
  readonly enrollee: Person;
  readonly family: readonly Person[];
  readonly fehbEnrollment: FehbEnrollment | null;
  readonly election: Election | null;
  /** OPM found removal for missing Part B against equity and good conscience (890.1608(b)(2)). */
  readonly equityAndGoodConscience?: boolean;
  /** End of the Medicare initial or special enrollment period, when one applies (890.1608(b)(1)(i)). */
  readonly medicareEnrollmentPeriodEnds?: IsoDate | null;
}

export interface PersonOutcome {
  readonly personId: string;
  readonly eligibility: Decision<EligibilityOutcome>;
  readonly partB: Decision<PartBOutcome>;
  readonly covered: boolean;
}

export interface HouseholdDecision {
  readonly enrollee: PersonOutcome;
  readonly members: readonly PersonOutcome[];
  readonly enrollment: EnrollmentDecision;
  readonly termination: TerminationDecision | null;
}

export function evaluateHousehold(input: HouseholdInput, context: RulesContext): HouseholdDecision {
  const { calendar, asOf } = context;
  const enrollee = input.enrollee;
  const enrolleeHousehold: PartBHousehold = { enrollee, enrolleePartB: null };
  const enrolleePartB = decidePartB(enrollee, enrolleeHousehold, calendar, asOf);
  const enrolleeEligibility = decideEligibility(enrollee, enrolleeHousehold, enrolleePartB, context);
  // 890.1608(b) removal exists only after the initial contract year starts; before, 890.1603(c) excludes.
  const afterStart = asOf > calendar.initialContractYearStart;
  const waivers: PartBRemovalWaivers = {
    equityAndGoodConscience: input.equityAndGoodConscience ?? false,
    medicareEnrollmentPeriodEnds: input.medicareEnrollmentPeriodEnds ?? null,
  };

  const memberHousehold: PartBHousehold = { enrollee, enrolleePartB };
  const family = input.family;
  const partBs: Decision<PartBOutcome>[] = [];
  const eligibilities: Decision<EligibilityOutcome>[] = [];
  const coverable: boolean[] = [];
  let membersWithoutPartB: Person[] | null = null;
  for (const member of family) {
    const partB = decidePartB(member, memberHousehold, calendar, asOf);
    const eligibility = decideEligibility(member, memberHousehold, partB, context);
    const lacksPartB = afterStart && eligibility.facts.exclusion === 'part_b_not_enrolled';
    if (lacksPartB) (membersWithoutPartB ??= []).push(member);
    partBs.push(partB);
    eligibilities.push(eligibility);
    coverable.push(
      eligibility.outcome === 'eligible' ||
        (lacksPartB && partBRemovalBar(member, partB.outcome, waivers) !== null),
    );
  }

  const { enrollment, family: coverage } = decideEnrollment(input, enrolleeEligibility, coverable, context);
  const enrolleeLacksPartB = afterStart && enrolleeEligibility.facts.exclusion === 'part_b_not_enrolled';
  const termination =
    enrollment.target !== null && (enrolleeLacksPartB || membersWithoutPartB !== null)
      ? decidePartBTermination(
          { ...waivers, enrollee, enrolleePartB, membersWithoutPartB: membersWithoutPartB ?? [] },
          calendar,
          asOf,
        )
      : null;
  const enrolleeCovered = enrollment.target !== null && termination?.outcome !== 'terminated';

  const members: PersonOutcome[] = [];
  for (let index = 0; index < family.length; index++) {
    members.push({
      personId: family[index]!.id,
      eligibility: eligibilities[index]!,
      partB: partBs[index]!,
      covered: enrolleeCovered && coverage !== null && coverage.covered[index] === true,
    });
  }
  return {
    enrollee: {
      personId: enrollee.id,
      eligibility: enrolleeEligibility,
      partB: enrolleePartB,
      covered: enrolleeCovered,
    },
    members,
    enrollment,
    termination,
  };
}
