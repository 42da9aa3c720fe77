// The ranges a factor must stay in: each element within its own range (the .007 and .003 of
// 48 CFR 1609.7101-2) and the sum within the method's cap ("Maximum Aggregate Performance Factor
// .01"; "will not exceed one percent of premium for any contract period", 1632.170(a)(2)).
import type { MethodElement, PerformanceMethod } from './performance-method.ts';
import { roundFactor } from './premium-amount.ts';

export interface CappedTotal {
  /** The sum of the element factors before the cap. */
  readonly sum: number;
  /** The sum after the cap. */
  readonly total: number;
  readonly capApplied: boolean;
}

/** A factor held to its element's range. */
export function withinElementRange(element: MethodElement, factor: number): number {
  return roundFactor(Math.min(element.maxFactor, Math.max(element.minFactor, factor)));
}

/** The sum of the element factors, held to the method's cap. */
export function cappedTotal(method: PerformanceMethod, factors: readonly number[]): CappedTotal {
  const sum = roundFactor(factors.reduce((total, factor) => total + factor, 0));
  const total = roundFactor(Math.min(method.cap.max, Math.max(method.cap.min, sum)));
  return { sum, total, capApplied: total !== sum };
}

/** Contract years the method is in force, as people write them: "1999-2015", "2016 on". */
export function yearsInForce(method: PerformanceMethod): string {
  return method.effectiveToYear === undefined
    ? `${method.effectiveFromYear} on`
    : `${method.effectiveFromYear}-${method.effectiveToYear}`;
}

export function inForce(method: PerformanceMethod, contractYear: number): boolean {
  return (
    contractYear >= method.effectiveFromYear &&
    (method.effectiveToYear === undefined || contractYear <= method.effectiveToYear)
  );
}
