import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleFraction, sampleTransaction } from './sampling.ts';

describe('A-11 Section 280 sampling: deterministic from the seed and the transaction', () => {
  it('property: the same seed and transaction always give the same answer', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.double({ min: 0, max: 1, noNaN: true }), (seed, ref, rate) => {
        expect(sampleTransaction(seed, ref, rate).outcome).toBe(sampleTransaction(seed, ref, rate).outcome);
      }),
    );
  });
  it('property: the fraction is in [0, 1); rate 0 samples none and rate 1 samples all', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (seed, ref) => {
        const f = sampleFraction(seed, ref);
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThan(1);
        expect(sampleTransaction(seed, ref, 0).outcome).toBe('not_sampled');
        expect(sampleTransaction(seed, ref, 1).outcome).toBe('sampled');
      }),
    );
  });
  it('samples about the rate of many transactions', () => {
    let sampled = 0;
    for (let i = 0; i < 20_000; i++)
      if (sampleTransaction('seed', `case:${i}`, 0.25).outcome === 'sampled') sampled++;
    expect(sampled / 20_000).toBeGreaterThan(0.23);
    expect(sampled / 20_000).toBeLessThan(0.27);
  });
});
