// Missing Part B once the initial contract year has begun: 5 CFR 890.1604(g) gives it the effect of a
// termination under 890.1608(b): the annuitant is disenrolled and a family member removed, with the
// 31-day temporary extension of coverage and the right of conversion (890.401(a)).
import type { IsoDate } from '../domain/dates.ts';
import type { Person } from '../domain/person.ts';
import type { ProgramCalendar } from '../domain/program-calendar.ts';
import type { Decision, FactValue } from './decision.ts';
import { temporaryExtensionEnds } from './effective-dates.ts';
import type { PartBOutcome } from './part-b.ts';

export interface TerminationDecision extends Decision<'terminated' | 'not_terminated'> {
  readonly effectiveOn: IsoDate | null;
  readonly temporaryExtensionEnds: IsoDate | null;
  readonly conversionRight: boolean;
}

export interface PartBRemovalWaivers {
  /** OPM found removal against equity and good conscience (890.1608(b)(2)). */
  readonly equityAndGoodConscience: boolean;
  /** End of the Medicare initial or special enrollment period, when one applies (890.1608(b)(1)(i)). */
  readonly medicareEnrollmentPeriodEnds: IsoDate | null;
}

export interface PartBTerminationInput extends PartBRemovalWaivers {
  readonly enrollee: Person;
  readonly enrolleePartB: Decision<PartBOutcome>;
  /** Members of family whose own Part B outcome is required_not_enrolled. */
  readonly membersWithoutPartB: readonly Person[];
}

const RULE = 'part-b-termination';
const NO_WAIVERS: PartBRemovalWaivers = {
  equityAndGoodConscience: false,
  medicareEnrollmentPeriodEnds: null,
};

/** The paragraph that keeps a person without Part B in PSHB, or null when none does. */
export function partBRemovalBar(
  person: Person,
  partB: PartBOutcome,
  waivers: PartBRemovalWaivers = NO_WAIVERS,
): string | null {
  // 5 CFR 890.1608(b)(3): an excepted person (or one whose claimed exception awaits documentation).
  if (partB !== 'required_not_enrolled') return '5 CFR 890.1608(b)(3)';
  // 5 CFR 890.1608(b)(4): PSHB suspended for a Medicare-sponsored plan.
  if (person.medicare.suspendedForMedicarePlan) return '5 CFR 890.1608(b)(4)';
  // 5 CFR 890.1608(b)(2): not informed, or removal against equity and good conscience.
  if (!person.informedOfPartBRequirement || waivers.equityAndGoodConscience) return '5 CFR 890.1608(b)(2)';
  return null;
}

export function decidePartBTermination(
  input: PartBTerminationInput,
  calendar: ProgramCalendar,
  asOf: IsoDate,
): TerminationDecision {
  const removedOn = input.medicareEnrollmentPeriodEnds ?? asOf;
  // 5 CFR 890.1608(b)(1)(i) at the end of the Medicare enrollment period, else (b)(1)(ii) when found.
  const when =
    input.medicareEnrollmentPeriodEnds === null ? '5 CFR 890.1608(b)(1)(ii)' : '5 CFR 890.1608(b)(1)(i)';
  const extensionEnds = temporaryExtensionEnds(removedOn, calendar);
  const removed = input.membersWithoutPartB.filter(
    (m) => partBRemovalBar(m, 'required_not_enrolled', input) === null,
  );
  const kept = input.membersWithoutPartB.filter((m) => !removed.includes(m));
  const facts: Record<string, FactValue> = {
    asOf,
    enrolleePartB: input.enrolleePartB.outcome,
    informedOfPartBRequirement: input.enrollee.informedOfPartBRequirement,
    equityAndGoodConscience: input.equityAndGoodConscience,
    suspendedForMedicarePlan: input.enrollee.medicare.suspendedForMedicarePlan,
    medicareEnrollmentPeriodEnds: input.medicareEnrollmentPeriodEnds,
    removedMembers: removed.length === 0 ? null : removed.map((m) => m.id).join(','),
    keptMembersWithoutPartB: kept.length === 0 ? null : kept.map((m) => m.id).join(','),
  };
  const membersNote = membersSentence(removed, kept, removedOn, extensionEnds);
  const bar = partBRemovalBar(input.enrollee, input.enrolleePartB.outcome, input);
  if (bar !== null) {
    return {
      rule: RULE,
      outcome: 'not_terminated',
      citations: removed.length === 0 ? [bar] : ['5 CFR 890.1604(g)', when, '5 CFR 890.1608(b)(5)', bar],
      facts,
      explanation: `${enrolleeKeptReason(bar, input.enrolleePartB.outcome)}${membersNote}`.trimEnd(),
      effectiveOn: null,
      temporaryExtensionEnds: null,
      conversionRight: false,
    };
  }
  // 5 CFR 890.1604(g), 890.1608(b)(1), (b)(5) and 890.401(a): disenrolled, with extension and conversion.
  return {
    rule: RULE,
    outcome: 'terminated',
    citations: ['5 CFR 890.1604(g)', '5 CFR 890.401(a)', '5 CFR 890.1608(b)(5)', when],
    facts,
    explanation: `Required to be in Medicare Part B and not enrolled on ${asOf}, with no exception and no bar to removal: the enrollment is terminated effective ${removedOn} for the enrollee and family, with temporary extension of coverage to ${extensionEnds} and the right to convert to an individual policy.`,
    effectiveOn: removedOn,
    temporaryExtensionEnds: extensionEnds,
    conversionRight: true,
  };
}

function enrolleeKeptReason(bar: string, partB: PartBOutcome): string {
  if (bar === '5 CFR 890.1608(b)(4)') {
    return 'The annuitant has suspended PSHB for a Medicare-sponsored plan and may not be disenrolled for lacking Part B. ';
  }
  if (bar === '5 CFR 890.1608(b)(2)') {
    return 'Without Part B, but not informed of the duty to enroll (or removal would be against equity and good conscience): not disenrolled, provided Part B is taken at the next opportunity such as the general enrollment period. ';
  }
  return `The enrollee's Part B standing (${partB}) does not lead to disenrollment. `;
}

function membersSentence(
  removed: readonly Person[],
  kept: readonly Person[],
  on: IsoDate,
  extensionEnds: IsoDate,
): string {
  let text = '';
  if (removed.length > 0) {
    // 5 CFR 890.1608(b)(1) and (b)(5): a family member is removed; the enrollment itself continues.
    text += `Member(s) ${removed.map((m) => m.id).join(', ')} lack required Part B and are removed from the enrollment effective ${on}, with temporary extension of coverage to ${extensionEnds} and the right of conversion. `;
  }
  if (kept.length > 0) {
    text += `Member(s) ${kept.map((m) => m.id).join(', ')} lack required Part B but are kept under 890.1608(b)(2) or (b)(4). `;
  }
  return text.trimEnd();
}
