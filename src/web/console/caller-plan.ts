// The caller's plan in words a specialist can read out (its name, option, who is covered and the
// enrollee's share of the premium) and the plans the caller may choose: those offered where they live
// (GET plans?state=), at the premium they would pay (biweekly for employees, monthly for annuitants).
import type { Coverage, PlanOffer } from './console-types.ts';

export type PayFrequency = PlanOffer['payFrequency'];

/** Employees pay every two weeks, annuitants every month (5 U.S.C. 8906). */
export function payFrequencyOfKind(kind: 'employee' | 'annuitant' | undefined): PayFrequency {
  return kind === 'annuitant' ? 'monthly' : 'biweekly';
}

/** The offer of the caller's coverage, or null when the catalogue in force no longer has its code. */
export function currentOffer(offers: readonly PlanOffer[], coverage: Coverage | null): PlanOffer | null {
  if (!coverage) return null;
  return offers.find((offer) => offer.enrollmentCode === coverage.enrollmentCode) ?? null;
}

/** The query for the plans the caller may choose: their pay frequency, type and area (none: abroad). */
export function plansQuery(options: {
  payFrequency: PayFrequency;
  enrollmentType?: string;
  residenceState: string | null;
}): string {
  const query = new URLSearchParams({ payFrequency: options.payFrequency, limit: '200' });
  if (options.enrollmentType) query.set('enrollmentType', options.enrollmentType);
  query.set('state', options.residenceState ?? 'none');
  return `plans?${query.toString()}`;
}

/** Cheapest first for the caller, then by enrollment code, so the picker reads like a price list. */
export function byEnrolleePremium(offers: readonly PlanOffer[]): PlanOffer[] {
  return [...offers].sort(
    (a, b) => a.premium.enrollee - b.premium.enrollee || a.enrollmentCode.localeCompare(b.enrollmentCode),
  );
}
