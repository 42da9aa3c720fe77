// Synthetic states, actors and context for the lifecycle tests. All ids are made up.
import { loadLifeEvents } from '../src/reference-data.ts';
import { decision } from '../src/rules/decision.ts';
import { TEST_CALENDAR, TEST_CATALOGUE } from './rules-fixtures.ts';
import type { Actor, LifecycleContext } from '../src/rules/lifecycle/requests.ts';
import type { Coverage, EnrollmentState } from '../src/rules/lifecycle/states.ts';

export const LIFE_EVENTS = loadLifeEvents();

/** An eligible employee's eligibility, as the rules decide it, for the belated enrollment steps. */
const ELIGIBLE_EMPLOYEE = decision('eligibility', 'eligible', ['5 CFR 890.1603(a)(1)'], {}, 'An employee.');

export const CONTEXT: LifecycleContext = {
  calendar: TEST_CALENDAR,
  lifeEvents: LIFE_EVENTS,
  catalogue: TEST_CATALOGUE,
  recordedAt: '2025-03-10T14:00:00Z',
  enrolleeEligibility: ELIGIBLE_EMPLOYEE,
};

export const ENROLLEE: Actor = { id: 'P-000001', role: 'enrollee' };
export const OFFICE: Actor = { id: 'HR-77', role: 'employing_office' };

export const SELF_ONLY: Coverage = {
  enrollmentCode: 'N1A',
  planCode: 'N1',
  optionCode: '1',
  enrollmentType: 'self_only',
};
export const FAMILY: Coverage = {
  enrollmentCode: 'N1B',
  planCode: 'N1',
  optionCode: '1',
  enrollmentType: 'self_and_family',
};

export function stateOf(fields: Partial<EnrollmentState> = {}): EnrollmentState {
  return {
    personId: 'P-000001',
    enrolleeKind: 'employee',
    status: 'enrolled',
    coverage: SELF_ONLY,
    since: '2025-01-01',
    temporaryExtensionEnds: null,
    tccEnds: null,
    ...fields,
  };
}
