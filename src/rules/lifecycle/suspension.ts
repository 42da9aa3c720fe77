// Suspension of an annuitant's enrollment to take Medicare Advantage or similar coverage, and
// reinstatement when that coverage ends (5 CFR 890.304(d)); reinstatement uses the loss-of-other-
// coverage window and effective date held in reference-data/life-events.json.
import { addDays } from '../../domain/dates.ts';
import { decideLifeEventChange } from './life-events.ts';
import {
  describeCoverage,
  refusedStep,
  type LifecycleContext,
  type RequestFor,
  type Step,
} from './requests.ts';
import type { EnrollmentState } from './states.ts';

export function stepSuspend(state: EnrollmentState, request: RequestFor<'suspend'>): Step {
  const facts = {
    enrolleeKind: state.enrolleeKind,
    otherCoverage: request.otherCoverage,
    otherCoverageStarts: request.otherCoverageStarts,
  };
  if (state.enrolleeKind !== 'annuitant') {
    // 5 CFR 890.304(d): suspension is open to annuitants (and survivor annuitants), not employees.
    return refusedStep(
      'suspendAnnuitantOnly',
      ['5 CFR 890.304(d)'],
      facts,
      'Only an annuitant may suspend an enrollment for Medicare Advantage or similar coverage.',
    );
  }
  // 5 CFR 890.304(d) (890.304(d)(2) for a Medicare-sponsored plan): suspended, not ended; no extension.
  const paragraph =
    request.otherCoverage === 'medicare_advantage' ? '5 CFR 890.304(d)(2)' : '5 CFR 890.304(d)';
  return {
    ok: true,
    to: 'suspended',
    effectiveOn: request.otherCoverageStarts,
    state: { coverage: state.coverage, temporaryExtensionEnds: null, tccEnds: null },
    citations: paragraph === '5 CFR 890.304(d)' ? [paragraph] : ['5 CFR 890.304(d)', paragraph],
    facts,
    explanation: `Enrollment suspended from ${request.otherCoverageStarts} while in ${request.otherCoverage.replaceAll('_', ' ')} coverage; it may be reinstated when that coverage ends, and while suspended the enrollee is not removed for lacking Part B (890.1608(b)(4)).`,
  };
}

export function stepReinstate(
  state: EnrollmentState,
  request: RequestFor<'reinstate'>,
  context: LifecycleContext,
): Step {
  const window = decideLifeEventChange(
    {
      enrolleeKind: state.enrolleeKind,
      event: 'loss_of_other_coverage',
      eventDate: request.otherCoverageEndedOn,
      requestedOn: request.requestedOn,
      change: 'enroll',
    },
    context.lifeEvents,
  );
  if (window.outcome !== 'change_permitted' || window.effectiveOn === null) {
    // 5 CFR 890.304(d) with the loss-of-coverage window (890.306).
    return refusedStep(
      'reinstatementWindowMissed',
      [...window.citations, '5 CFR 890.304(d)'],
      window.facts,
      `Reinstatement: ${window.explanation}`,
    );
  }
  // 5 CFR 890.304(d): the suspended enrollment is reinstated when the other coverage ends.
  const effectiveOn =
    window.effectiveOn < request.otherCoverageEndedOn
      ? addDays(request.otherCoverageEndedOn, 1)
      : window.effectiveOn;
  return {
    ok: true,
    to: 'enrolled',
    effectiveOn,
    state: { coverage: request.coverage, temporaryExtensionEnds: null, tccEnds: null },
    citations: [...window.citations, '5 CFR 890.304(d)'],
    facts: { ...window.facts, enrollmentCode: request.coverage.enrollmentCode },
    explanation: `The other coverage ended on ${request.otherCoverageEndedOn}; the suspended enrollment is reinstated in ${describeCoverage(request.coverage)} from ${effectiveOn}.`,
  };
}
