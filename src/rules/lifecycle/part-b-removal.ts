// Disenrollment of an annuitant, or removal of a family member, for missing Part B (5 CFR 890.1608(b)),
// decided by the existing rule decidePartBTermination: not-informed and equity-and-good-conscience
// ((b)(2)), exceptions ((b)(3)) and suspension ((b)(4)) keep the person enrolled.
import { addDays } from '../../domain/dates.ts';
import { decidePartBTermination } from '../part-b-termination.ts';
import {
  refusedByDecision,
  refusedStep,
  type LifecycleContext,
  type RequestFor,
  type Step,
} from './requests.ts';
import type { EnrollmentState } from './states.ts';

export function stepRemoveForMissingPartB(
  state: EnrollmentState,
  request: RequestFor<'remove_for_missing_part_b'>,
  context: LifecycleContext,
): Step {
  if (!context.partB) {
    // 5 CFR 890.1608(b): removal rests on the household's Part B facts; without them nothing is decided.
    return refusedStep(
      'partBFactsNeeded',
      ['5 CFR 890.1608(b)'],
      {},
      "The household's Part B facts are needed to decide a removal.",
    );
  }
  const made = decidePartBTermination(
    {
      ...context.partB,
      equityAndGoodConscience: request.equityAndGoodConscience,
      medicareEnrollmentPeriodEnds: request.medicareEnrollmentPeriodEnds,
    },
    context.calendar,
    request.requestedOn,
  );
  if (made.outcome === 'terminated' && made.effectiveOn !== null) {
    // 5 CFR 890.1608(b)(1) and (b)(5): disenrolled, with extension and conversion (890.401(a)).
    return {
      ok: true,
      to: 'in_temporary_extension',
      effectiveOn: addDays(made.effectiveOn, 1),
      state: { coverage: state.coverage, temporaryExtensionEnds: made.temporaryExtensionEnds, tccEnds: null },
      citations: made.citations,
      facts: made.facts,
      explanation: made.explanation,
      conversionRight: made.conversionRight,
    };
  }
  if (made.removals.length > 0 && made.effectiveOn !== null) {
    // 5 CFR 890.1608(b)(1): family members without Part B are removed; the enrollment continues.
    return {
      ok: true,
      to: 'enrolled',
      effectiveOn: made.effectiveOn,
      state: { coverage: state.coverage, temporaryExtensionEnds: null, tccEnds: null },
      citations: made.citations,
      facts: made.facts,
      explanation: made.explanation,
      conversionRight: true,
    };
  }
  // 5 CFR 890.1608(b)(2)-(4): not disenrolled; the rule's citations end with the bar that applies.
  return refusedByDecision(made);
}
