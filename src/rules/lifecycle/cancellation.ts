// Cancellation of an enrollment (5 CFR 890.1606, no temporary extension under 890.401(a)) and written
// cancellation because of Part B (890.1608(e)), which the rule treats as a termination.
import { addDays, type IsoDate } from '../../domain/dates.ts';
import type { EnrolleeKind } from '../../domain/lifecycle.ts';
import type { Decision, FactValue } from '../decision.ts';
import { decideTemporaryExtension } from './temporary-extension.ts';
import { firstOfNextMonth, payPeriodEndOn } from './effective-date-rules.ts';
import { refusedByDecision, type LifecycleContext, type RequestFor, type Step } from './requests.ts';
import type { PayPeriodCalendar } from '../../domain/lifecycle.ts';
import type { EnrollmentState } from './states.ts';

/** Last day of the pay period containing the date: biweekly for employees, the month for annuitants. */
export function lastDayOfPayPeriod(
  date: IsoDate,
  kind: EnrolleeKind,
  payPeriods: PayPeriodCalendar,
): IsoDate {
  return kind === 'employee' ? payPeriodEndOn(date, payPeriods) : addDays(firstOfNextMonth(date), -1);
}

export function stepCancel(
  state: EnrollmentState,
  request: RequestFor<'cancel'>,
  context: LifecycleContext,
): Step {
  const endsOn = lastDayOfPayPeriod(request.requestedOn, state.enrolleeKind, context.lifeEvents.payPeriods);
  const extension = decideTemporaryExtension('cancellation', endsOn, context.calendar);
  // 5 CFR 890.1606 (the enrollee may cancel) with 890.401(a): a cancellation gets no extension.
  return {
    ok: true,
    to: 'cancelled',
    effectiveOn: addDays(endsOn, 1),
    state: { coverage: state.coverage, temporaryExtensionEnds: null, tccEnds: null },
    citations: ['5 CFR 890.1606', ...extension.citations],
    facts: { ...extension.facts, requestedOn: request.requestedOn, enrolleeKind: state.enrolleeKind },
    explanation: `Cancelled at the enrollee's request of ${request.requestedOn}: coverage ends on ${endsOn}, the last day of that pay period. ${extension.explanation}`,
    conversionRight: false,
  };
}

export type PartBCancellationOutcome = 'enrollment_cancelled' | 'member_cancelled' | 'not_cancelled';

export interface PartBCancellationDecision extends Decision<PartBCancellationOutcome> {
  /** The last day of coverage. */
  readonly coverageEndsOn: IsoDate | null;
  readonly temporaryExtensionEnds: IsoDate | null;
  readonly conversionRight: boolean;
}

export interface PartBCancellationInput {
  readonly enrolleeKind: EnrolleeKind;
  readonly inWriting: boolean;
  readonly cancelling: RequestFor<'cancel_for_part_b'>['cancelling'];
  readonly lastDayInPartB: IsoDate;
}

export function decidePartBCancellation(
  input: PartBCancellationInput,
  context: LifecycleContext,
): PartBCancellationDecision {
  const facts: Record<string, FactValue> = {
    inWriting: input.inWriting,
    cancelling: input.cancelling.kind,
    memberId: input.cancelling.kind === 'family_member' ? input.cancelling.memberId : null,
    lastDayInPartB: input.lastDayInPartB,
  };
  const none = { coverageEndsOn: null, temporaryExtensionEnds: null, conversionRight: false };
  if (!input.inWriting) {
    // 5 CFR 890.1608(e): the cancellation must be made in writing.
    return {
      rule: 'part-b-cancellation',
      outcome: 'not_cancelled',
      citations: ['5 CFR 890.1608(e)'],
      facts,
      explanation: 'A cancellation because of Part B must be made in writing; none was received.',
      ...none,
    };
  }
  if (input.cancelling.kind === 'family_member') {
    // 5 CFR 890.1608(e)(2): a family member's cancellation takes effect the last day in Part B.
    const endsOn = input.lastDayInPartB;
    const extension = decideTemporaryExtension('part_b_cancellation', endsOn, context.calendar);
    return {
      rule: 'part-b-cancellation',
      outcome: 'member_cancelled',
      citations: [...extension.citations, '5 CFR 890.1608(e)(2)'],
      facts: { ...facts, ...extension.facts },
      explanation: `Family member ${input.cancelling.memberId}'s coverage is cancelled in writing because of Part B, effective ${endsOn}, the last day they were enrolled in Part B (or before becoming Medicare eligible without enrolling); the enrollment continues for the others. ${extension.explanation}`,
      coverageEndsOn: endsOn,
      temporaryExtensionEnds: extension.temporaryExtensionEnds,
      conversionRight: extension.conversionRight,
    };
  }
  // 5 CFR 890.1608(e)(1): the annuitant's cancellation takes effect the last day of the last pay period
  // in Part B, and cancels the family's coverage too.
  const endsOn = lastDayOfPayPeriod(input.lastDayInPartB, input.enrolleeKind, context.lifeEvents.payPeriods);
  const extension = decideTemporaryExtension('part_b_cancellation', endsOn, context.calendar);
  return {
    rule: 'part-b-cancellation',
    outcome: 'enrollment_cancelled',
    citations: [...extension.citations, '5 CFR 890.1608(e)(1)'],
    facts: { ...facts, ...extension.facts },
    explanation: `The annuitant cancelled in writing because of Part B: the enrollment, and so the family's coverage, ends on ${endsOn}, the last day of the last pay period in which they were enrolled in Part B. ${extension.explanation}`,
    coverageEndsOn: endsOn,
    temporaryExtensionEnds: extension.temporaryExtensionEnds,
    conversionRight: extension.conversionRight,
  };
}

export function stepCancelForPartB(
  state: EnrollmentState,
  request: RequestFor<'cancel_for_part_b'>,
  context: LifecycleContext,
): Step {
  const made = decidePartBCancellation({ ...request, enrolleeKind: state.enrolleeKind }, context);
  if (made.outcome === 'not_cancelled' || made.coverageEndsOn === null) {
    return refusedByDecision(made);
  }
  const memberOnly = made.outcome === 'member_cancelled';
  return {
    ok: true,
    to: memberOnly ? 'enrolled' : 'in_temporary_extension',
    effectiveOn: addDays(made.coverageEndsOn, 1),
    state: {
      coverage: state.coverage,
      temporaryExtensionEnds: memberOnly ? state.temporaryExtensionEnds : made.temporaryExtensionEnds,
      tccEnds: null,
    },
    citations: made.citations,
    facts: made.facts,
    explanation: made.explanation,
    conversionRight: made.conversionRight,
  };
}
