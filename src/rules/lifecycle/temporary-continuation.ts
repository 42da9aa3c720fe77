// Temporary continuation of coverage (5 U.S.C. 8905a, 5 CFR 890 subpart K): after separation, or for a
// former spouse or a child who loses eligibility, elected within a window and lasting a number of
// months, all read from reference-data/life-events.json (periods).
import { addDays, type IsoDate } from '../../domain/dates.ts';
import type { LifecyclePeriods } from '../../domain/lifecycle.ts';
import type { Decision } from '../decision.ts';
import { decideTemporaryExtension } from './temporary-extension.ts';
import { addMonths } from './effective-date-rules.ts';
import {
  coverageStep,
  refusedStep,
  type LifecycleContext,
  type RequestFor,
  type Step,
  type TccQualifyingEvent,
} from './requests.ts';
import type { EnrollmentState } from './states.ts';

export interface TccElectionDecision extends Decision<'tcc_elected' | 'election_late'> {
  readonly electionDeadline: IsoDate;
  readonly coverageBegins: IsoDate | null;
  readonly tccEnds: IsoDate | null;
}

export function decideTccElection(
  input: {
    readonly qualifyingEvent: TccQualifyingEvent;
    readonly eventDate: IsoDate;
    readonly noticeDate: IsoDate | null;
    readonly electedOn: IsoDate;
  },
  periods: LifecyclePeriods,
): TccElectionDecision {
  const from =
    input.noticeDate !== null && input.noticeDate > input.eventDate ? input.noticeDate : input.eventDate;
  const deadline = addDays(from, periods.tccElectionDays);
  // 5 U.S.C. 8905a(e): 18 months after separation; 36 months for a former spouse or a child.
  const months =
    input.qualifyingEvent === 'separation'
      ? periods.tccSeparationMonths
      : periods.tccFormerSpouseOrChildMonths;
  const facts = { ...input, electionDeadline: deadline, months };
  if (input.electedOn > deadline) {
    // 5 CFR 890 subpart K: the election must be made within the window (UNCONFIRMED length, data).
    return {
      rule: 'temporary-continuation',
      outcome: 'election_late',
      citations: ['5 U.S.C. 8905a', '5 CFR 890 subpart K'],
      facts,
      explanation: `Temporary continuation had to be elected by ${deadline} (${periods.tccElectionDays} days after ${from}); the election of ${input.electedOn} is late.`,
      electionDeadline: deadline,
      coverageBegins: null,
      tccEnds: null,
    };
  }
  const begins = addDays(input.eventDate, 1);
  const ends = addMonths(input.eventDate, months);
  // 5 U.S.C. 8905a(e)(1)(A) for separation, (e)(1)(B) for a former spouse or child.
  const paragraph =
    input.qualifyingEvent === 'separation' ? '5 U.S.C. 8905a(e)(1)(A)' : '5 U.S.C. 8905a(e)(1)(B)';
  return {
    rule: 'temporary-continuation',
    outcome: 'tcc_elected',
    citations: ['5 CFR 890 subpart K', '5 U.S.C. 8905a', paragraph],
    facts: { ...facts, coverageBegins: begins, tccEnds: ends },
    explanation: `Temporary continuation elected on ${input.electedOn}, within the window ending ${deadline}: coverage continues from ${begins} to ${ends} (${months} months after the ${input.qualifyingEvent.replaceAll('_', ' ')}), the enrollee paying the whole premium plus the administrative charge.`,
    electionDeadline: deadline,
    coverageBegins: begins,
    tccEnds: ends,
  };
}

export function stepElectTcc(
  state: EnrollmentState,
  request: RequestFor<'elect_tcc'>,
  context: LifecycleContext,
): Step {
  // Only the election's own dates go into the facts, not the whole request (actor, coverage).
  const { qualifyingEvent, eventDate, noticeDate } = request;
  const made = decideTccElection(
    { qualifyingEvent, eventDate, noticeDate, electedOn: request.requestedOn },
    context.lifeEvents.periods,
  );
  const step = coverageStep(
    { ...made, effectiveOn: made.coverageBegins },
    made.outcome === 'tcc_elected',
    'tcc_enrolled',
    request.coverage,
    made.tccEnds,
  );
  return step.ok ? { ...step, facts: { ...step.facts, previousStatus: state.status } } : step;
}

export function stepEndTcc(
  state: EnrollmentState,
  request: RequestFor<'end_tcc'>,
  context: LifecycleContext,
): Step {
  const ends = state.tccEnds;
  if (ends === null || request.requestedOn <= ends) {
    // 5 CFR 890 subpart K: temporary continuation runs its full term unless cancelled.
    return refusedStep(
      'tccStillRunning',
      ['5 CFR 890 subpart K'],
      { tccEnds: ends, requestedOn: request.requestedOn },
      `Temporary continuation runs to ${ends ?? '(unknown)'}; to end it sooner, cancel it.`,
    );
  }
  const extension = decideTemporaryExtension('termination', ends, context.calendar);
  // 5 CFR 890.401(a): when temporary continuation ends, the 31-day extension and conversion follow.
  return {
    ok: true,
    to: 'in_temporary_extension',
    effectiveOn: addDays(ends, 1),
    state: {
      coverage: state.coverage,
      temporaryExtensionEnds: extension.temporaryExtensionEnds,
      tccEnds: ends,
    },
    citations: ['5 CFR 890 subpart K', ...extension.citations],
    facts: extension.facts,
    explanation: `Temporary continuation of coverage ended on ${ends}. ${extension.explanation}`,
    conversionRight: extension.conversionRight,
  };
}
