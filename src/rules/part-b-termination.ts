// Missing Part B once the initial contract year has begun: 5 CFR 890.1604(g) gives it the effect of a
// termination under 890.1608(b): the annuitant is disenrolled and a family member removed, with the
// 31-day temporary extension of coverage and the right of conversion (890.401(a)). Also the removals
// 890.1608 names beside it: retroactive removal for fraud or misrepresentation ((d)) and cancellation
// in writing because of Part B ((e)). Each person removed gets their own record: when it takes effect,
// the end of their extension, their right of conversion and any continuation while in hospital.
import { addDays, type IsoDate } from '../domain/dates.ts';
import type { Person } from '../domain/person.ts';
import type { ProgramCalendar } from '../domain/program-calendar.ts';
import type { Decision, FactValue } from './decision.ts';
import { temporaryExtensionEnds } from './effective-dates.ts';
import { initialEnrollmentPeriodEnds, isEnrolledInPartB, lastDayInPartB } from './medicare-status.ts';
import { annuitantStart, type PartBOutcome } from './part-b.ts';

/** One person's coverage ending: the data a carrier and a notice need, not only prose. */
export interface PersonRemoval {
  readonly personId: string;
  readonly role: 'enrollee' | 'member';
  /** The paragraph the removal takes effect under, e.g. '5 CFR 890.1608(b)(1)(i)'. */
  readonly citation: string;
  /** The day the removal takes effect: the person is covered on every day before it, not from it. */
  readonly effectiveOn: IsoDate;
  /** Last day of the 31-day temporary extension of coverage (890.401(a)). */
  readonly temporaryExtensionEnds: IsoDate;
  /** The right to convert to an individual policy during the extension (890.401(a)). */
  readonly conversionRight: boolean;
  /** Confined in hospital on the extension's last day: benefits continue while confined, up to this day. */
  readonly hospitalConfinementContinuesTo: IsoDate | null;
}

export interface TerminationDecision extends Decision<'terminated' | 'not_terminated'> {
  /** The enrollment's termination date; when only members are removed, the earliest member removal. */
  readonly effectiveOn: IsoDate | null;
  readonly temporaryExtensionEnds: IsoDate | null;
  readonly conversionRight: boolean;
  /** Everyone whose coverage ends, each with their own dates and rights. */
  readonly removals: readonly PersonRemoval[];
}

export interface PartBRemovalWaivers {
  /** OPM found removal against equity and good conscience (890.1608(b)(2)). */
  readonly equityAndGoodConscience: boolean;
  /**
   * End of the Medicare initial or special enrollment period for the whole household (890.1608(b)(1)(i));
   * a person's own medicare.enrollmentPeriodEnds wins over it.
   */
  readonly medicareEnrollmentPeriodEnds: IsoDate | null;
}

export interface PartBTerminationInput extends PartBRemovalWaivers {
  readonly enrollee: Person;
  readonly enrolleePartB: Decision<PartBOutcome>;
  /** Members of family whose own Part B outcome is required_not_enrolled. */
  readonly membersWithoutPartB: readonly Person[];
  /** Members not in Part B (excepted or not) who cancelled in writing (890.1608(e)(2)). */
  readonly membersCancelling?: readonly Person[];
}

const RULE = 'part-b-termination';
const NO_WAIVERS: PartBRemovalWaivers = {
  equityAndGoodConscience: false,
  medicareEnrollmentPeriodEnds: null,
};
const NOT_IN_PART_B: readonly PartBOutcome[] = ['required_not_enrolled', 'excepted', 'pending_evidence'];

/**
 * The paragraph that keeps a person in PSHB despite 890.1608(b), or null when none does. A person in
 * Part B (or not subject to it) is cited to the requirement they meet, never to the exceptions of (b)(3).
 */
export function partBRemovalBar(
  person: Person,
  partB: PartBOutcome | Decision<PartBOutcome>,
  waivers: PartBRemovalWaivers = NO_WAIVERS,
  asOf: IsoDate | null = null,
): string | null {
  const outcome = typeof partB === 'string' ? partB : partB.outcome;
  if (outcome === 'enrolled' || outcome === 'not_required') {
    // 5 CFR 890.1604(a)-(c): met or not reached, the first citation of the Part B decision.
    return typeof partB === 'string' ? '5 CFR 890.1604(a)' : (partB.citations[0] ?? '5 CFR 890.1604(a)');
  }
  // 5 CFR 890.1608(b)(3): an excepted person (or one whose claimed exception awaits documentation).
  if (outcome !== 'required_not_enrolled') return '5 CFR 890.1608(b)(3)';
  // 5 CFR 890.1608(b)(4): PSHB suspended for a Medicare-sponsored plan.
  if (person.medicare.suspendedForMedicarePlan) return '5 CFR 890.1608(b)(4)';
  // 5 CFR 890.1608(b)(2): not informed, or removal against equity and good conscience, provided Part B
  // is taken at the next opportunity: once that has passed with no application, the protection ends.
  const waived = !person.informedOfPartBRequirement || waivers.equityAndGoodConscience;
  if (waived && !nextOpportunityMissed(person, asOf)) return '5 CFR 890.1608(b)(2)';
  return null;
}

function nextOpportunityMissed(person: Person, asOf: IsoDate | null): boolean {
  const ends = person.medicare.nextEnrollmentOpportunityEnds;
  if (ends === null || asOf === null || asOf <= ends) return false;
  const application = person.medicare.partBApplication;
  return application === null || application.filedOn > ends;
}

/**
 * Last day of the person's Medicare enrollment period, for 890.1608(b)(1)(i): their own when on record,
 * else the household's, else the initial enrollment period derived from the Part A start while it runs.
 */
export function medicareEnrollmentPeriodEndsFor(
  person: Person,
  household: IsoDate | null,
  asOf: IsoDate,
): IsoDate | null {
  if (person.medicare.enrollmentPeriodEnds !== null) return person.medicare.enrollmentPeriodEnds;
  if (household !== null) return household;
  const initial = initialEnrollmentPeriodEnds(person.medicare);
  return initial !== null && initial >= asOf ? initial : null;
}

/** When and under which paragraph one person without Part B leaves PSHB, or null when they stay. */
export function removalOf(
  person: Person,
  role: PersonRemoval['role'],
  partB: PartBOutcome | Decision<PartBOutcome>,
  waivers: PartBRemovalWaivers,
  calendar: ProgramCalendar,
  asOf: IsoDate,
): PersonRemoval | null {
  const outcome = typeof partB === 'string' ? partB : partB.outcome;
  const cancelled = writtenCancellation(person, role, outcome, calendar, asOf);
  if (cancelled !== null) return cancelled;
  if (partBRemovalBar(person, partB, waivers, asOf) !== null) return null;
  if (person.partBMisrepresentationFoundOn !== null && person.partBMisrepresentationFoundOn <= asOf) {
    // 5 CFR 890.1608(d): retroactive to the day eligibility ended; (b)(5) still gives extension and conversion.
    return withRights(
      person,
      role,
      '5 CFR 890.1608(d)',
      eligibilityEndedOn(person, calendar, asOf),
      calendar,
    );
  }
  const periodEnds = medicareEnrollmentPeriodEndsFor(person, waivers.medicareEnrollmentPeriodEnds, asOf);
  // 5 CFR 890.1608(b)(1)(i) at the end of the Medicare enrollment period, else (b)(1)(ii) when found.
  if (periodEnds !== null) return withRights(person, role, '5 CFR 890.1608(b)(1)(i)', periodEnds, calendar);
  return withRights(person, role, '5 CFR 890.1608(b)(1)(ii)', asOf, calendar);
}

/** 890.1608(e): a written cancellation received by the day, from someone not in Part B. */
function writtenCancellation(
  person: Person,
  role: PersonRemoval['role'],
  outcome: PartBOutcome,
  calendar: ProgramCalendar,
  asOf: IsoDate,
): PersonRemoval | null {
  const received = person.partBCancellationReceivedOn;
  if (received === null || received > asOf || !NOT_IN_PART_B.includes(outcome)) return null;
  const lastInPartB = lastDayInPartB(person.medicare, asOf);
  if (role === 'enrollee') {
    // 5 CFR 890.1608(e)(1)(i): the last day of the last pay period (a month, for an annuitant) in Part B,
    // or the last day of the last pay period before becoming a Postal Service Medicare covered annuitant.
    const became = laterOf(person.medicare.partAStart, annuitantStart(person)) ?? received;
    const on = lastInPartB !== null ? lastDayOfMonth(lastInPartB) : addDays(`${became.slice(0, 7)}-01`, -1);
    return withRights(person, role, '5 CFR 890.1608(e)(1)(i)', on, calendar);
  }
  // 5 CFR 890.1608(e)(2): the last day in Part B, or the last day before becoming eligible for Medicare.
  const beforeMedicare =
    person.medicare.partAStart === null ? received : addDays(person.medicare.partAStart, -1);
  return withRights(person, role, '5 CFR 890.1608(e)(2)', lastInPartB ?? beforeMedicare, calendar);
}

/** The first day the person was required to be in Part B and was not (for 890.1608(d)). */
function eligibilityEndedOn(person: Person, calendar: ProgramCalendar, asOf: IsoDate): IsoDate {
  const lastInPartB = lastDayInPartB(person.medicare, asOf);
  if (lastInPartB !== null && !isEnrolledInPartB(person.medicare, asOf)) return addDays(lastInPartB, 1);
  return (
    laterOf(laterOf(person.medicare.partAStart, annuitantStart(person)), calendar.initialContractYearStart) ??
    asOf
  );
}

/** 890.401(a) with 890.1608(b)(5) and (e)(4): a removal is a termination, with extension and conversion. */
function withRights(
  person: Person,
  role: PersonRemoval['role'],
  citation: string,
  effectiveOn: IsoDate,
  calendar: ProgramCalendar,
): PersonRemoval {
  const extensionEnds = temporaryExtensionEnds(effectiveOn, calendar);
  return {
    personId: person.id,
    role,
    citation,
    effectiveOn,
    temporaryExtensionEnds: extensionEnds,
    conversionRight: true,
    hospitalConfinementContinuesTo: confinementContinuesTo(person, extensionEnds, calendar),
  };
}

/** 5 CFR 890.401(a): confined in hospital on the extension's last day, benefits run on while confined. */
function confinementContinuesTo(
  person: Person,
  extensionEnds: IsoDate,
  calendar: ProgramCalendar,
): IsoDate | null {
  const limit = addDays(extensionEnds, calendar.hospitalConfinementDays);
  for (const stay of person.hospitalConfinements) {
    if (stay.from <= extensionEnds && (stay.to === null || stay.to >= extensionEnds)) {
      return stay.to !== null && stay.to < limit ? stay.to : limit;
    }
  }
  return null;
}

export function decidePartBTermination(
  input: PartBTerminationInput,
  calendar: ProgramCalendar,
  asOf: IsoDate,
): TerminationDecision {
  const enrolleeRemoval = removalOf(input.enrollee, 'enrollee', input.enrolleePartB, input, calendar, asOf);
  const candidates = [
    ...input.membersWithoutPartB.map((m) => ({ member: m, partB: 'required_not_enrolled' as PartBOutcome })),
    ...(input.membersCancelling ?? []).map((m) => ({ member: m, partB: 'excepted' as PartBOutcome })),
  ];
  const memberRemovals: PersonRemoval[] = [];
  const kept: { person: Person; bar: string }[] = [];
  for (const { member, partB } of candidates) {
    const removal = removalOf(member, 'member', partB, input, calendar, asOf);
    if (removal !== null) memberRemovals.push(removal);
    else kept.push({ person: member, bar: partBRemovalBar(member, partB, input, asOf) ?? '' });
  }
  const facts = terminationFacts(input, asOf, memberRemovals, kept);
  if (enrolleeRemoval !== null) return terminated(input, enrolleeRemoval, memberRemovals, kept, facts, asOf);
  const bar = partBRemovalBar(input.enrollee, input.enrolleePartB, input, asOf) ?? '';
  const first = earliest(memberRemovals);
  const citations = [
    ...(memberRemovals.length === 0 ? [] : removalCitations(memberRemovals)),
    ...(input.enrolleePartB.outcome === 'required_not_enrolled' || memberRemovals.length === 0 ? [bar] : []),
    ...kept.map((k) => k.bar),
  ];
  return {
    rule: RULE,
    outcome: 'not_terminated',
    citations: unique(citations),
    facts,
    explanation: [
      enrolleeKeptReason(bar, input.enrolleePartB.outcome),
      ...removalSentences(memberRemovals),
      keptSentence(kept),
    ]
      .filter((text) => text !== '')
      .join(' '),
    effectiveOn: first?.effectiveOn ?? null,
    temporaryExtensionEnds: first?.temporaryExtensionEnds ?? null,
    conversionRight: first !== null,
    removals: memberRemovals,
  };
}

function terminated(
  input: PartBTerminationInput,
  enrollee: PersonRemoval,
  memberRemovals: readonly PersonRemoval[],
  kept: readonly { person: Person; bar: string }[],
  facts: Record<string, FactValue>,
  asOf: IsoDate,
): TerminationDecision {
  // The family is covered under the enrollment: a member leaves when the enrollment ends, or earlier on
  // their own removal (890.1608(b)(5), (e)(1)(ii)).
  const family = [...memberRemovals.map((r) => r.personId), ...kept.map((k) => k.person.id)];
  const removals = [
    enrollee,
    ...memberRemovals.map((r) =>
      r.effectiveOn < enrollee.effectiveOn ? r : { ...r, ...sameDates(enrollee) },
    ),
  ];
  const why = enrollee.citation.startsWith('5 CFR 890.1608(e)')
    ? 'Cancelled PSHB in writing because of Part B'
    : enrollee.citation === '5 CFR 890.1608(d)'
      ? 'Found to have misrepresented Part B enrollment'
      : `Required to be in Medicare Part B and not enrolled on ${asOf}, with no exception and no bar to removal`;
  // 5 CFR 890.1604(g), 890.1608(b)(1), (b)(5) (or (d), (e)) and 890.401(a): disenrolled, with extension and conversion.
  return {
    rule: RULE,
    outcome: 'terminated',
    citations: unique([...removalCitations(memberRemovals), ...removalCitations([enrollee])]),
    facts,
    explanation: `${why}: the enrollment is terminated effective ${enrollee.effectiveOn} for the enrollee and family${family.length > 0 ? ` (${family.join(', ')})` : ''}, with temporary extension of coverage to ${enrollee.temporaryExtensionEnds} and the right to convert to an individual policy (5 CFR 890.401(a)).${confinementNote(enrollee)}`,
    effectiveOn: enrollee.effectiveOn,
    temporaryExtensionEnds: enrollee.temporaryExtensionEnds,
    conversionRight: enrollee.conversionRight,
    removals,
  };
}

function sameDates(
  from: PersonRemoval,
): Pick<PersonRemoval, 'citation' | 'effectiveOn' | 'temporaryExtensionEnds'> {
  return {
    citation: from.citation,
    effectiveOn: from.effectiveOn,
    temporaryExtensionEnds: from.temporaryExtensionEnds,
  };
}

/** The paragraphs of a set of removals, the paragraph each takes effect under last. */
function removalCitations(removals: readonly PersonRemoval[]): string[] {
  const cancellation = removals.some((r) => r.citation.startsWith('5 CFR 890.1608(e)'));
  const partB = removals.some((r) => !r.citation.startsWith('5 CFR 890.1608(e)'));
  return [
    ...(partB ? ['5 CFR 890.1604(g)'] : []),
    '5 CFR 890.401(a)',
    ...(partB ? ['5 CFR 890.1608(b)(5)'] : []),
    ...(cancellation ? ['5 CFR 890.1608(e)(4)'] : []),
    ...removals.map((r) => r.citation),
  ];
}

function terminationFacts(
  input: PartBTerminationInput,
  asOf: IsoDate,
  removed: readonly PersonRemoval[],
  kept: readonly { person: Person; bar: string }[],
): Record<string, FactValue> {
  return {
    asOf,
    enrolleePartB: input.enrolleePartB.outcome,
    informedOfPartBRequirement: input.enrollee.informedOfPartBRequirement,
    equityAndGoodConscience: input.equityAndGoodConscience,
    suspendedForMedicarePlan: input.enrollee.medicare.suspendedForMedicarePlan,
    medicareEnrollmentPeriodEnds: medicareEnrollmentPeriodEndsFor(
      input.enrollee,
      input.medicareEnrollmentPeriodEnds,
      asOf,
    ),
    partBApplicationFiledOn: input.enrollee.medicare.partBApplication?.filedOn ?? null,
    removedMembers: removed.length === 0 ? null : removed.map((r) => r.personId).join(','),
    keptMembersWithoutPartB: kept.length === 0 ? null : kept.map((k) => k.person.id).join(','),
  };
}

function enrolleeKeptReason(bar: string, partB: PartBOutcome): string {
  if (bar === '5 CFR 890.1608(b)(4)') {
    return 'The annuitant has suspended PSHB for a Medicare-sponsored plan and may not be disenrolled for lacking Part B.';
  }
  if (bar === '5 CFR 890.1608(b)(2)') {
    return 'Without Part B, but not informed of the duty to enroll (or removal would be against equity and good conscience): not disenrolled, provided Part B is taken at the next opportunity such as the general enrollment period.';
  }
  if (bar === '5 CFR 890.1608(b)(3)') {
    return `The enrollee is excepted from the Part B requirement (${partB}) and is not disenrolled.`;
  }
  return `The enrollee's Part B standing (${partB}) does not lead to disenrollment.`;
}

function removalSentences(removals: readonly PersonRemoval[]): string[] {
  // 5 CFR 890.1608(b)(1) and (b)(5), or (e)(2): a family member leaves; the enrollment itself continues.
  return removals.map(
    (r) =>
      `Member ${r.personId} is removed from the enrollment effective ${r.effectiveOn} (${r.citation}), with temporary extension of coverage to ${r.temporaryExtensionEnds} and the right of conversion (5 CFR 890.401(a)).${confinementNote(r)}`,
  );
}

function keptSentence(kept: readonly { person: Person; bar: string }[]): string {
  return kept.map((k) => `Member ${k.person.id} lacks required Part B but is kept under ${k.bar}.`).join(' ');
}

function confinementNote(removal: PersonRemoval): string {
  return removal.hospitalConfinementContinuesTo === null
    ? ''
    : ` Confined in hospital when the extension ends, ${removal.personId} keeps benefits while confined, up to ${removal.hospitalConfinementContinuesTo}.`;
}

function earliest(removals: readonly PersonRemoval[]): PersonRemoval | null {
  let first: PersonRemoval | null = null;
  for (const removal of removals)
    if (first === null || removal.effectiveOn < first.effectiveOn) first = removal;
  return first;
}

function laterOf(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

function lastDayOfMonth(date: IsoDate): IsoDate {
  const month = Number(date.slice(5, 7));
  const year = Number(date.slice(0, 4));
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** Each citation once, at its last place: the most specific paragraph stays last. */
function unique(items: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index]!;
    if (item !== '' && !kept.includes(item)) kept.unshift(item);
  }
  return kept;
}
