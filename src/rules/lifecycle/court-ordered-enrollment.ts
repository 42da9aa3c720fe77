// Court-ordered enrollment of a child (5 U.S.C. 8905(h)): when an employee under an order to provide
// health coverage for a child fails to enroll (or change) as the order requires, the employing office
// enrolls the employee in Self Plus One (one child) or Self and Family: in the employee's current
// option when enrolled, else in the lowest-cost PSHB option (interpretation: lowest biweekly enrollee
// share among nationwide options offering the type; see docs/lifecycle.md).
import type { Catalogue, EnrollmentType } from '../../domain/catalogue.ts';
import { firstPayPeriodAfter } from './effective-date-rules.ts';
import {
  OFFICE_ROLES,
  describeCoverage,
  refusedStep,
  type LifecycleContext,
  type RequestFor,
  type Step,
} from './requests.ts';
import type { Coverage, EnrollmentState } from './states.ts';

const TYPE_RANK: Record<EnrollmentType, number> = { self_only: 0, self_plus_one: 1, self_and_family: 2 };

/** The enrollment type a court order for `children` children requires, at least the current one. */
export function courtOrderedType(children: number, current: EnrollmentType | null): EnrollmentType {
  const needed: EnrollmentType = children > 1 ? 'self_and_family' : 'self_plus_one';
  return current !== null && TYPE_RANK[current] > TYPE_RANK[needed] ? current : needed;
}

/** The lowest-cost nationwide PSHB option offering the type (ties: lower total, then enrollment code). */
export function lowestCostCoverage(catalogue: Catalogue, type: EnrollmentType): Coverage | null {
  const offers = catalogue.options
    .filter((option) => option.program === 'PSHB' && option.serviceArea === 'nationwide')
    .flatMap((option) => {
      const premium = option.premiums[type];
      return premium ? [{ option, premium }] : [];
    })
    .sort(
      (a, b) =>
        a.premium.biweekly.enrollee - b.premium.biweekly.enrollee ||
        a.premium.biweekly.total - b.premium.biweekly.total ||
        a.premium.enrollmentCode.localeCompare(b.premium.enrollmentCode),
    );
  const best = offers[0];
  if (!best) return null;
  return {
    enrollmentCode: best.premium.enrollmentCode,
    planCode: best.option.planCode,
    optionCode: best.option.optionCode,
    enrollmentType: type,
  };
}

function sameOptionCoverage(
  catalogue: Catalogue | null,
  current: Coverage,
  type: EnrollmentType,
): Coverage | null {
  const option = catalogue?.options.find(
    (o) => o.program === 'PSHB' && o.planCode === current.planCode && o.optionCode === current.optionCode,
  );
  const premium = option?.premiums[type];
  return premium ? { ...current, enrollmentCode: premium.enrollmentCode, enrollmentType: type } : null;
}

export function stepCourtOrderedEnrollment(
  state: EnrollmentState,
  request: RequestFor<'court_ordered_child_enrollment'>,
  context: LifecycleContext,
): Step {
  const enrolled = state.status === 'enrolled' ? state.coverage : null;
  const type = courtOrderedType(request.childrenInOrder, enrolled?.enrollmentType ?? null);
  const facts = {
    enrolleeKind: state.enrolleeKind,
    childrenInOrder: request.childrenInOrder,
    employeeFailedToEnroll: request.employeeFailedToEnroll,
    currentType: enrolled?.enrollmentType ?? null,
    orderedType: type,
  };
  if (!OFFICE_ROLES.includes(request.actor.role)) {
    // 5 U.S.C. 8905(h): the employing office enrolls, not the employee or a third party.
    return refusedStep(
      'courtOrderOfficeOnly',
      ['5 U.S.C. 8905(h)'],
      { ...facts, actorRole: request.actor.role },
      'Only the employing office (or OPM) enrolls an employee under a court order.',
    );
  }
  if (state.enrolleeKind !== 'employee' || request.childrenInOrder < 1 || !request.employeeFailedToEnroll) {
    // 5 U.S.C. 8905(h): only for an employee with a child under the order who failed to enroll.
    return refusedStep(
      'courtOrderNotApplicable',
      ['5 U.S.C. 8905(h)'],
      facts,
      'The employing office enrolls under a court order only an employee with a child named in the order who has failed to enroll as it requires.',
    );
  }
  if (enrolled !== null && enrolled.enrollmentType === type) {
    // 5 U.S.C. 8905(h): the current enrollment already covers the children.
    return refusedStep(
      'courtOrderAlreadyMet',
      ['5 U.S.C. 8905(h)'],
      facts,
      `Already enrolled as ${type.replaceAll('_', ' ')}: the order is met.`,
    );
  }
  const coverage =
    enrolled !== null
      ? sameOptionCoverage(context.catalogue, enrolled, type)
      : context.catalogue && lowestCostCoverage(context.catalogue, type);
  if (!coverage) {
    // 5 U.S.C. 8905(h): the order can be met only by an option that offers the type.
    return refusedStep(
      'courtOrderNoOption',
      ['5 U.S.C. 8905(h)'],
      facts,
      'No PSHB option in the catalogue offers the type the order requires.',
    );
  }
  const effectiveOn = firstPayPeriodAfter(request.orderReceivedOn, context.lifeEvents.payPeriods);
  // 5 U.S.C. 8905(h) (5 CFR 890.301(g)(3)): enrolled by the employing office, effective the next pay period.
  return {
    ok: true,
    to: 'enrolled',
    effectiveOn,
    state: { coverage, temporaryExtensionEnds: null, tccEnds: null },
    citations: ['5 CFR 890.301(g)(3)', '5 U.S.C. 8905(h)'],
    facts: { ...facts, enrollmentCode: coverage.enrollmentCode, orderReceivedOn: request.orderReceivedOn },
    explanation: `The employee did not enroll as the court order for ${request.childrenInOrder} child(ren) requires, so the employing office enrolls them in ${describeCoverage(coverage)}${enrolled ? ' (their current option)' : ' (the lowest-cost option)'}, effective ${effectiveOn}.`,
  };
}
