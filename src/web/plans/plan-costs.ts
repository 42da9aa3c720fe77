// What the plan lists sort and compare by: the year's estimated cost at a use level (the server's
// estimate, rules/plan-cost.ts), the premium, or the plan's name; and which offers are ticked to compare.
import type { PlanOffer, UseLevel } from '../api/api-types.ts';

export const USE_LEVELS: readonly UseLevel[] = ['low', 'medium', 'high'];
export type CostSort = 'cost' | 'premium' | 'name';
export const COST_SORTS: readonly CostSort[] = ['cost', 'premium', 'name'];

/** Two or three plans are compared side by side. */
export const MAX_COMPARED = 3;

export const isUseLevel = (value: string | null): value is UseLevel =>
  (USE_LEVELS as readonly (string | null)[]).includes(value);
export const isCostSort = (value: string | null): value is CostSort =>
  (COST_SORTS as readonly (string | null)[]).includes(value);

export function planName(offer: Pick<PlanOffer, 'carrier' | 'plan' | 'option'>): string {
  return offer.plan.name === offer.carrier.name
    ? offer.option.name
    : `${offer.plan.name}: ${offer.option.name}`;
}

const byName = (a: PlanOffer, b: PlanOffer): number =>
  a.carrier.name.localeCompare(b.carrier.name) ||
  planName(a).localeCompare(planName(b)) ||
  a.enrollmentCode.localeCompare(b.enrollmentCode);

/** The year's total, or Infinity when the plan gives no cost figures: such plans come last. */
export const yearlyTotal = (offer: PlanOffer, level: UseLevel): number =>
  offer.estimates[level].total ?? Number.POSITIVE_INFINITY;

/** A new array: cheapest year at the use level first, cheapest premium first, or by name. */
export function sortByCost(offers: readonly PlanOffer[], sort: CostSort, level: UseLevel): PlanOffer[] {
  const sorted = [...offers];
  if (sort === 'cost') sorted.sort((a, b) => yearlyTotal(a, level) - yearlyTotal(b, level) || byName(a, b));
  else if (sort === 'premium') sorted.sort((a, b) => a.premium.enrollee - b.premium.enrollee || byName(a, b));
  else sorted.sort(byName);
  return sorted;
}

/** Ticking or unticking one offer; a fourth is not added. */
export function toggleCompared(chosen: readonly string[], code: string): string[] {
  if (chosen.includes(code)) return chosen.filter((c) => c !== code);
  return chosen.length >= MAX_COMPARED ? [...chosen] : [...chosen, code];
}

/** Five digits, or ZIP+4. */
export const ZIP_CODE = /^\d{5}(-\d{4})?$/;
