// The 31-day temporary extension of coverage and the right of conversion (5 CFR 890.401(a)): coverage
// that ends other than by cancellation (or plan discontinuance) runs on without contributions for
// calendar.temporaryExtensionDays, during which the person may convert to an individual policy.
import { addDays, type IsoDate } from '../../domain/dates.ts';
import type { ProgramCalendar } from '../../domain/program-calendar.ts';
import type { Decision } from '../decision.ts';
import { temporaryExtensionEnds } from '../effective-dates.ts';
import { refusedStep, type RequestFor, type Step } from './requests.ts';
import type { EnrollmentState } from './states.ts';

/** How coverage ended; only a cancellation (and ending for non-payment, which counts as one) has no extension. */
export type CoverageEnding = 'termination' | 'cancellation' | 'non_payment' | 'part_b_cancellation';

export interface TemporaryExtensionDecision extends Decision<'extension' | 'no_extension'> {
  readonly temporaryExtensionEnds: IsoDate | null;
  readonly conversionRight: boolean;
}

export function decideTemporaryExtension(
  ending: CoverageEnding,
  coverageEndsOn: IsoDate,
  calendar: ProgramCalendar,
): TemporaryExtensionDecision {
  const facts = { ending, coverageEndsOn, temporaryExtensionDays: calendar.temporaryExtensionDays };
  if (ending === 'cancellation' || ending === 'non_payment') {
    // 5 CFR 890.401(a): no extension after a cancellation; ending for non-payment counts as one.
    return {
      rule: 'temporary-extension',
      outcome: 'no_extension',
      citations: ['5 CFR 890.401(a)'],
      facts,
      explanation: `Coverage ended by ${ending === 'cancellation' ? 'cancellation' : 'non-payment, which counts as a cancellation'} on ${coverageEndsOn}: no temporary extension and no conversion right.`,
      temporaryExtensionEnds: null,
      conversionRight: false,
    };
  }
  const ends = temporaryExtensionEnds(coverageEndsOn, calendar);
  const citations =
    ending === 'part_b_cancellation'
      ? // 5 CFR 890.1608(e): a cancellation because of Part B is treated as a termination.
        ['5 CFR 890.401(a)', '5 CFR 890.1608(e)']
      : ['5 CFR 890.401(a)'];
  return {
    rule: 'temporary-extension',
    outcome: 'extension',
    citations,
    facts: { ...facts, temporaryExtensionEnds: ends },
    explanation: `Coverage ended on ${coverageEndsOn}${ending === 'part_b_cancellation' ? ' (a Part B cancellation, treated as a termination)' : ''}: it continues without contributions to ${ends}, during which the person may convert to an individual policy; a new enrollment taking effect ends the extension.`,
    temporaryExtensionEnds: ends,
    conversionRight: true,
  };
}

/** Leaving the extension: it ran out (end_temporary_extension) or the person converted during it. */
export function stepLeaveTemporaryExtension(
  state: EnrollmentState,
  request: RequestFor<'end_temporary_extension' | 'convert_to_individual_policy'>,
): Step {
  const ends = state.temporaryExtensionEnds;
  const converting = request.action === 'convert_to_individual_policy';
  const facts = { temporaryExtensionEnds: ends, requestedOn: request.requestedOn, converting };
  if (ends === null || (converting ? request.requestedOn > ends : request.requestedOn <= ends)) {
    // 5 CFR 890.401(a): the extension runs its full length, and conversion is exercised during it.
    return refusedStep(
      converting ? 'conversionWindowEnded' : 'extensionStillRunning',
      ['5 CFR 890.401(a)'],
      facts,
      converting
        ? `The right of conversion ran with the temporary extension, which ended on ${ends ?? '(unknown)'}.`
        : `The temporary extension runs to ${ends ?? '(unknown)'}; it cannot be ended on ${request.requestedOn}.`,
    );
  }
  // 5 CFR 890.401(a): converted to an individual policy, or the extension ran out with no new enrollment.
  return {
    ok: true,
    to: 'terminated',
    effectiveOn: addDays(ends, 1),
    state: { coverage: state.coverage, temporaryExtensionEnds: ends, tccEnds: null },
    citations: ['5 CFR 890.401(a)'],
    facts,
    explanation: converting
      ? `Converted to an individual policy on ${request.requestedOn}, during the temporary extension; PSHB coverage ends when the extension does, on ${ends}.`
      : `The temporary extension of coverage ended on ${ends} with no new enrollment: coverage is terminated from ${addDays(ends, 1)}.`,
  };
}
