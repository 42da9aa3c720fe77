import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval, Z_95 } from './wilson-interval.ts';

const counts = fc
  .integer({ min: 1, max: 100_000 })
  .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials)));

describe('wilsonInterval', () => {
  it('matches the published 95% interval for 8 of 10 (0.4902 to 0.9433)', () => {
    const interval = wilsonInterval(8, 10)!;
    expect(interval.estimate).toBe(0.8);
    expect(interval.low).toBeCloseTo(0.4902, 4);
    expect(interval.high).toBeCloseTo(0.9433, 4);
  });

  it('stays inside [0, 1] at the extremes, where the normal interval would not', () => {
    expect(wilsonInterval(0, 5)).toMatchObject({ estimate: 0, low: 0 });
    expect(wilsonInterval(0, 5)!.high).toBeCloseTo(0.4345, 4);
    expect(wilsonInterval(5, 5)).toMatchObject({ estimate: 1, high: 1 });
    expect(wilsonInterval(5, 5)!.low).toBeCloseTo(0.5655, 4);
  });

  it('has no interval without trials, and refuses counts that are not counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(/successes: 3/);
    expect(() => wilsonInterval(-1, 2)).toThrow(/successes/);
    expect(() => wilsonInterval(1, 2.5)).toThrow(/trials/);
  });

  it('has bounds within [0, 1] that contain the estimate, for any counts', () => {
    fc.assert(
      fc.property(counts, ([successes, trials]) => {
        const { estimate, low, high } = wilsonInterval(successes, trials)!;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(estimate);
        expect(high).toBeGreaterThanOrEqual(estimate);
      }),
    );
  });

  it('narrows as the sample grows at the same proportion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 2, max: 50 }),
        (percent, unit, factor) => {
          const trials = 100 * unit;
          const successes = percent * unit;
          const small = wilsonInterval(successes, trials)!;
          const large = wilsonInterval(successes * factor, trials * factor)!;
          expect(large.high - large.low).toBeLessThan(small.high - small.low);
        },
      ),
    );
  });

  it('widens with the confidence asked', () => {
    const ninety = wilsonInterval(30, 50, 1.6449)!;
    const ninetyFive = wilsonInterval(30, 50, Z_95)!;
    expect(ninetyFive.high - ninetyFive.low).toBeGreaterThan(ninety.high - ninety.low);
  });
});
