import { describe, expect, it } from 'vitest';
import { logGamma, logScaledLowerGamma, regularizedGammaP, regularizedGammaQ } from './incomplete-gamma.ts';

/** Q(n, z) for whole n is the chance that a Poisson(z) count is below n: an independent check. */
function poissonBelow(n: number, z: number): number {
  let logTerm = -z;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += Math.exp(logTerm);
    logTerm += Math.log(z) - Math.log(k + 1);
  }
  return sum;
}

describe('logGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 12);
    let logFactorial = 0;
    for (let k = 2; k < 1000; k++) logFactorial += Math.log(k);
    expect(logGamma(1000) / logFactorial).toBeCloseTo(1, 13);
  });

  it('refuses non-positive arguments', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe('regularized incomplete gamma', () => {
  it('P(1, z) = 1 - e^-z and P(1/2, z) = erf(√z)', () => {
    for (const z of [0.01, 0.5, 2, 10]) expect(regularizedGammaP(1, z)).toBeCloseTo(-Math.expm1(-z), 14);
    expect(regularizedGammaP(0.5, 1)).toBeCloseTo(0.8427007929497149, 13); // erf(1)
  });

  it('agrees with Poisson sums on both sides of z = a + 1, small and large a', () => {
    for (const [a, z] of [
      [5, 3],
      [5, 9],
      [50, 40],
      [50, 60],
      [1000, 1000],
      [1000, 1100],
      [1000, 950],
    ] as const) {
      expect(regularizedGammaQ(a, z)).toBeCloseTo(poissonBelow(a, z), 12);
      expect(regularizedGammaP(a, z) + regularizedGammaQ(a, z)).toBeCloseTo(1, 14);
    }
  });

  it('the scaled lower function equals its series where the series is safe, and its definition elsewhere', () => {
    const series = (a: number, z: number): number => {
      let term = 1;
      let sum = 1;
      for (let n = 1; n < 100_000 && term > 1e-18 * sum; n++) sum += term *= z / (a + n);
      return Math.log(sum);
    };
    for (const [a, z] of [
      [3.5, 2],
      [3.5, 8],
      [77.7, 55.5],
      [40, 90],
      [0.3, 5],
    ] as const) {
      expect(logScaledLowerGamma(a, z)).toBeCloseTo(series(a, z), 10);
    }
    expect(logScaledLowerGamma(2, 0)).toBe(0);
  });

  it('stays finite where the unscaled pieces overflow (z = 5000, a = 10)', () => {
    const value = logScaledLowerGamma(10, 5000);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeCloseTo(logGamma(11) + 5000 - 10 * Math.log(5000), 8);
  });
});
