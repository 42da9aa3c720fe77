// What a Medicare response changes in the Part B standing of the households it answered about, decided
// by the existing pure rules before and after the person's facts change (decidePartB, 890.1604).
// A person newly required and not enrolled gets the 890.1608(b) decision the lifecycle's removal would
// take (decidePartBTermination: its effective date, 31-day temporary extension, conversion right, or the
// bar of (b)(2)-(4) that keeps them) and its notice with the right to reconsideration (890.1607). The
// removal itself rests on a finding only the program office makes ((b)(2): informed of the requirement,
// equity and good conscience), so it becomes a pending review, not a recorded transition.
// A person in Part B after the answer has nothing left to wait for: their open review is resolved.
import type { IsoDate } from '../../domain/dates.ts';
import { parsePeriods, type StoredMedicare } from '../../domain/medicare-entitlement.ts';
import type { LifecyclePeriods } from '../../domain/lifecycle.ts';
import type { Person } from '../../domain/person.ts';
import type { ProgramCalendar } from '../../domain/program-calendar.ts';
import type { Decision } from '../../rules/decision.ts';
import { initialDecision } from '../../rules/lifecycle/reconsideration.ts';
import { partBStandingChange } from '../../rules/medicare-verification.ts';
import { decidePartB, type PartBOutcome } from '../../rules/part-b.ts';
import { decidePartBTermination, partBRemovalBar } from '../../rules/part-b-termination.ts';
import type { NewPendingAction } from '../../storage/exchange/medicare-pending-actions.ts';
import type { StoredHousehold } from '../../storage/household-reader.ts';

export interface PartBReview {
  readonly reviews: readonly NewPendingAction[];
  /** People in Part B after the answer (their open reviews are resolved). */
  readonly confirmed: readonly number[];
}

export interface ReviewContext {
  readonly calendar: ProgramCalendar;
  readonly periods: LifecyclePeriods;
  readonly asOf: IsoDate;
  /** The fact event that answered about each person, by person id. */
  readonly eventOf: ReadonlyMap<number, number>;
}

type Standing = Map<string, Decision<PartBOutcome>>;

/** Each person's Part B decision in the household: the enrollee's first, then the family's under it. */
function standingOf(household: StoredHousehold, calendar: ProgramCalendar, asOf: IsoDate): Standing {
  const enrollee = household.enrollee;
  const own = decidePartB(enrollee, { enrollee, enrolleePartB: null }, calendar, asOf);
  const standing: Standing = new Map([[enrollee.id, own]]);
  for (const member of household.family) {
    standing.set(member.id, decidePartB(member, { enrollee, enrolleePartB: own }, calendar, asOf));
  }
  return standing;
}

export function reviewPartB(
  before: readonly StoredHousehold[],
  after: readonly StoredHousehold[],
  context: ReviewContext,
): PartBReview {
  const beforeById = new Map(before.map((h) => [h.householdId, h]));
  const reviews: NewPendingAction[] = [];
  const confirmed: number[] = [];
  for (const household of after) {
    const earlier = beforeById.get(household.householdId);
    if (!earlier) continue;
    const was = standingOf(earlier, context.calendar, context.asOf);
    const now = standingOf(household, context.calendar, context.asOf);
    const newlyLacking: Person[] = [];
    for (const person of [household.enrollee, ...household.family]) {
      const change = partBStandingChange(was.get(person.id)!.outcome, now.get(person.id)!.outcome);
      if (change === 'newly_required_not_enrolled') newlyLacking.push(person);
      else if (change === 'part_b_confirmed' && context.eventOf.has(Number(person.id)))
        confirmed.push(Number(person.id));
    }
    if (newlyLacking.length > 0) reviews.push(...removalReviews(household, now, newlyLacking, context));
  }
  return { reviews, confirmed };
}

/** The 890.1608(b) decision for the household's people newly without Part B, one review each. */
function removalReviews(
  household: StoredHousehold,
  standing: Standing,
  newlyLacking: readonly Person[],
  context: ReviewContext,
): NewPendingAction[] {
  const enrollee = household.enrollee;
  const enrolleePartB = standing.get(enrollee.id)!;
  const waivers = { equityAndGoodConscience: false, medicareEnrollmentPeriodEnds: null };
  // 5 CFR 890.1604(g) and 890.1608(b): the removal as the lifecycle would decide it today, before the
  // office's finding under (b)(2); the notice carries it with the right to reconsideration (890.1607).
  const termination = decidePartBTermination(
    {
      ...waivers,
      enrollee,
      enrolleePartB,
      membersWithoutPartB: household.family.filter(
        (m) => standing.get(m.id)!.outcome === 'required_not_enrolled',
      ),
    },
    context.calendar,
    context.asOf,
  );
  const notice = initialDecision(
    { subjectId: `household ${household.householdId}`, decidedOn: context.asOf, decided: termination },
    context.periods,
  ).notice;
  const answered = [enrollee, ...household.family]
    .map((p) => context.eventOf.get(Number(p.id)))
    .find((id) => id !== undefined);
  return newlyLacking.map((person) => {
    const removal = termination.removals.find((r) => r.personId === person.id) ?? null;
    const bar = partBRemovalBar(person, standing.get(person.id)!, waivers, context.asOf);
    return {
      personId: Number(person.id),
      householdId: household.householdId,
      factEventId: context.eventOf.get(Number(person.id)) ?? answered ?? 0,
      citation: removal?.citation ?? bar ?? '5 CFR 890.1608(b)',
      removalEffectiveOn: removal?.effectiveOn ?? null,
      temporaryExtensionEnds: removal?.temporaryExtensionEnds ?? null,
      notice: `Notice under 5 CFR 890.1608(b): the Medicare entitlement verification received on ${context.asOf} shows no Part B enrollment where 5 CFR 890.1604 requires it. ${notice}`,
    };
  });
}

/**
 * The households as they stand once the people's Medicare columns are set to `facts` (by person id):
 * the same Person the household reader would give after the update, without reading it again.
 */
export function withAnsweredFacts(
  households: readonly StoredHousehold[],
  facts: ReadonlyMap<number, StoredMedicare>,
): StoredHousehold[] {
  const answered = (person: Person): Person => {
    const next = facts.get(Number(person.id));
    if (!next) return person;
    return {
      ...person,
      medicare: {
        ...person.medicare,
        partAStart: next.partAStart,
        partBStart: next.partBStart,
        partBEnd: next.partBEnd,
        partBPeriods: parsePeriods(next.partBPeriods),
      },
    };
  };
  return households.map((h) => ({ ...h, enrollee: answered(h.enrollee), family: h.family.map(answered) }));
}
