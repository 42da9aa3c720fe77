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
  removalOf,
  type PartBRemovalWaivers,
  type PersonRemoval,
  type TerminationDecision,
} from './part-b-termination.ts';
import type { RulesContext } from './rules-context.ts';

export type { RulesContext } from './rules-context.ts';
export type { EligibilityOutcome } from './eligibility.ts';
export type { PartBOutcome } from './part-b.ts';
export type { EnrollmentDecision, EnrollmentOutcome, EnrollmentTarget } from './enrollment.ts';
export type { PersonRemoval, TerminationDecision } from './part-b-termination.ts';

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
  /** Covered on the as-of day: a removal decided but not yet in effect leaves the person covered. */
  readonly covered: boolean;
  /** The person's own removal, when one is decided (effective now or later), else null. */
  readonly removal: PersonRemoval | null;
}

export interface HouseholdDecision {
  readonly enrollee: PersonOutcome;
  readonly members: readonly PersonOutcome[];
  readonly enrollment: EnrollmentDecision;
  readonly termination: TerminationDecision | null;
}

/** One person's standing and, after the initial contract year began, their removal if any. */
interface Standing {
  readonly partB: Decision<PartBOutcome>;
  readonly eligibility: Decision<EligibilityOutcome>;
  /** Excluded for want of Part B once in PSHB (890.1603(c) read with 890.1608(b)). */
  readonly lacksPartB: boolean;
  /** Cancelled PSHB in writing because of Part B (890.1608(e)). */
  readonly cancelling: boolean;
  readonly removal: PersonRemoval | null;
}

export function evaluateHousehold(input: HouseholdInput, context: RulesContext): HouseholdDecision {
  const { calendar, asOf } = context;
  const enrollee = input.enrollee;
  const waivers: PartBRemovalWaivers = {
    equityAndGoodConscience: input.equityAndGoodConscience ?? false,
    medicareEnrollmentPeriodEnds: input.medicareEnrollmentPeriodEnds ?? null,
  };
  const own = standingOf(enrollee, 'enrollee', { enrollee, enrolleePartB: null }, waivers, context);
  const memberHousehold: PartBHousehold = { enrollee, enrolleePartB: own.partB };
  const members = input.family.map((member) =>
    standingOf(member, 'member', memberHousehold, waivers, context),
  );
  // A member is coverable while eligible, or kept under 890.1608(b), or until their removal takes effect.
  const coverable = members.map(
    (m) => (m.eligibility.outcome === 'eligible' || m.lacksPartB) && !inEffect(m.removal, asOf),
  );

  const { enrollment, family: coverage } = decideEnrollment(input, own.eligibility, coverable, context);
  const leaving = input.family.filter((_, index) => members[index]!.lacksPartB);
  const cancelling = input.family.filter(
    (_, index) => members[index]!.cancelling && !members[index]!.lacksPartB,
  );
  const termination =
    enrollment.target !== null && (own.lacksPartB || own.cancelling || leaving.length + cancelling.length > 0)
      ? decidePartBTermination(
          {
            ...waivers,
            enrollee,
            enrolleePartB: own.partB,
            membersWithoutPartB: leaving,
            membersCancelling: cancelling,
          },
          calendar,
          asOf,
        )
      : null;
  const enrolleeRemoval = termination?.outcome === 'terminated' ? (termination.removals[0] ?? null) : null;
  const enrolleeCovered = enrollment.target !== null && !inEffect(enrolleeRemoval, asOf);

  return {
    enrollee: outcomeOf(enrollee, own, enrolleeCovered, enrolleeRemoval),
    members: input.family.map((member, index) => {
      const removal = termination?.removals.find((r) => r.personId === member.id) ?? null;
      const covered = enrolleeCovered && coverage !== null && coverage.covered[index] === true;
      return outcomeOf(member, members[index]!, covered && !inEffect(removal, asOf), removal);
    }),
    enrollment,
    termination,
  };
}

function standingOf(
  person: Person,
  role: PersonRemoval['role'],
  household: PartBHousehold,
  waivers: PartBRemovalWaivers,
  context: RulesContext,
): Standing {
  const { calendar, asOf } = context;
  const partB = decidePartB(person, household, calendar, asOf);
  const eligibility = decideEligibility(person, household, partB, context);
  // 890.1608 removal exists only after the initial contract year starts; before, 890.1603(c) excludes.
  const afterStart = asOf > calendar.initialContractYearStart;
  const lacksPartB = afterStart && eligibility.facts.exclusion === 'part_b_not_enrolled';
  const cancelling =
    afterStart &&
    eligibility.outcome === 'eligible' &&
    person.partBCancellationReceivedOn !== null &&
    person.partBCancellationReceivedOn <= asOf &&
    (partB.outcome === 'excepted' || partB.outcome === 'pending_evidence');
  const removal = lacksPartB || cancelling ? removalOf(person, role, partB, waivers, calendar, asOf) : null;
  return { partB, eligibility, lacksPartB, cancelling, removal };
}

/** The removal has taken effect by the day: coverage runs on every day before its effective date. */
function inEffect(removal: PersonRemoval | null, asOf: IsoDate): boolean {
  return removal !== null && removal.effectiveOn <= asOf;
}

function outcomeOf(
  person: Person,
  standing: Standing,
  covered: boolean,
  removal: PersonRemoval | null,
): PersonOutcome {
  return {
    personId: person.id,
    eligibility: standing.eligibility,
    partB: standing.partB,
    covered,
    removal,
  };
}
