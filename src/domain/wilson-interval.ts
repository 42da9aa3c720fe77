// The Wilson score interval for a proportion (Wilson, "Probable inference, the law of succession, and
// statistical inference", JASA 22 (1927) 209-212; the interval NIST's Engineering Statistics Handbook
// 7.2.4.1 recommends over the normal approximation). Customer-experience shares are often near 0 or 1
// and drawn from small samples, where the normal interval runs outside [0, 1] or collapses to a point;
// Wilson's stays inside and stays honest.

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface ProportionInterval {
  /** successes / trials. */
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/** The interval of `successes` out of `trials` at the confidence `z` gives; null without trials. */
export function wilsonInterval(
  successes: number,
  trials: number,
  z: number = Z_95,
): ProportionInterval | null {
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError(`trials: ${trials} is not a count`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials)
    throw new RangeError(`successes: ${successes} is not a count from 0 to ${trials}`);
  if (trials === 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // Rounding can put a bound a hair past the estimate at 0 or 1; the interval always contains it.
  return {
    estimate: p,
    low: Math.max(0, Math.min(p, centre - half)),
    high: Math.min(1, Math.max(p, centre + half)),
  };
}
