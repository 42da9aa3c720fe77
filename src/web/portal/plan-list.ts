// The plan comparison's rows: filtered and sorted from the whole catalogue, with the filters kept in the
// address (?enrollmentType=&hdhp=&nationwide=&sort=&pay=) so a link or the back button restores them.
import { ENROLLMENT_TYPES, type EnrollmentType, type PayFrequency, type PlanOffer } from './portal-types.ts';

export type PlanSort = 'premium' | 'carrier';

export interface PlanFilters {
  readonly enrollmentType: EnrollmentType | 'all';
  readonly hdhpOnly: boolean;
  readonly nationwideOnly: boolean;
  readonly sort: PlanSort;
  readonly payFrequency: PayFrequency;
}

export function filterPlans(plans: readonly PlanOffer[], filters: PlanFilters): PlanOffer[] {
  return plans.filter(
    (plan) =>
      (filters.enrollmentType === 'all' || plan.enrollmentType === filters.enrollmentType) &&
      (!filters.hdhpOnly || plan.hdhp) &&
      (!filters.nationwideOnly || plan.serviceArea === 'nationwide'),
  );
}

const byName = (a: PlanOffer, b: PlanOffer): number =>
  a.carrier.name.localeCompare(b.carrier.name) ||
  a.plan.name.localeCompare(b.plan.name) ||
  a.option.name.localeCompare(b.option.name) ||
  ENROLLMENT_TYPES.indexOf(a.enrollmentType) - ENROLLMENT_TYPES.indexOf(b.enrollmentType);

/** A new array: by the enrollee's share, cheapest first (ties by name), or by carrier and plan. */
export function sortPlans(plans: readonly PlanOffer[], sort: PlanSort): PlanOffer[] {
  const sorted = [...plans];
  if (sort === 'premium') sorted.sort((a, b) => a.premium.enrollee - b.premium.enrollee || byName(a, b));
  else sorted.sort(byName);
  return sorted;
}

export function visiblePlans(plans: readonly PlanOffer[], filters: PlanFilters): PlanOffer[] {
  return sortPlans(filterPlans(plans, filters), filters.sort);
}

const isEnrollmentType = (value: string | null): value is EnrollmentType =>
  (ENROLLMENT_TYPES as readonly (string | null)[]).includes(value);

/** The filters in the address, with the person's own enrollment type and pay frequency as defaults. */
export function filtersFromSearch(
  search: URLSearchParams,
  defaults: { enrollmentType: EnrollmentType | 'all'; payFrequency: PayFrequency },
): PlanFilters {
  const type = search.get('enrollmentType');
  const pay = search.get('pay');
  return {
    enrollmentType: type === 'all' || isEnrollmentType(type) ? type : defaults.enrollmentType,
    hdhpOnly: search.get('hdhp') === '1',
    nationwideOnly: search.get('nationwide') === '1',
    sort: search.get('sort') === 'carrier' ? 'carrier' : 'premium',
    payFrequency: pay === 'biweekly' || pay === 'monthly' ? pay : defaults.payFrequency,
  };
}

export function searchFromFilters(filters: PlanFilters): URLSearchParams {
  const search = new URLSearchParams({ enrollmentType: filters.enrollmentType, pay: filters.payFrequency });
  if (filters.hdhpOnly) search.set('hdhp', '1');
  if (filters.nationwideOnly) search.set('nationwide', '1');
  if (filters.sort !== 'premium') search.set('sort', filters.sort);
  return search;
}

/** Employees pay every two weeks, annuitants every month (5 U.S.C. 8906). */
export function payFrequencyOf(enrolleeKind: 'employee' | 'annuitant' | undefined): PayFrequency {
  return enrolleeKind === 'annuitant' ? 'monthly' : 'biweekly';
}
