import { describe, expect, it } from 'vitest';
import { erlangB, erlangCFromB } from './erlang-b.ts';

describe('Erlang B', () => {
  it('30 lines offered 25 Erlangs block about 5% of calls (Wolfram, "Compute loss probabilities for a queue", Mathematica 9)', () => {
    expect(erlangB(25, 30)).toBeCloseTo(0.0526, 4);
  });

  it('matches the textbook ratio of sums where that is still computable', () => {
    const direct = (a: number, n: number): number => {
      let term = 1;
      let sum = 1;
      for (let k = 1; k <= n; k++) sum += term *= a / k;
      return term / sum;
    };
    for (const [a, n] of [
      [2, 3],
      [10, 14],
      [48, 55],
    ] as const)
      expect(erlangB(a, n)).toBeCloseTo(direct(a, n), 14);
  });

  it('is finite and in [0, 1] for thousands of agents', () => {
    const blocking = erlangB(4000, 4100);
    expect(blocking).toBeGreaterThan(0);
    expect(blocking).toBeLessThan(1);
    expect(erlangCFromB(4000, 4100, blocking)).toBeLessThan(1);
  });

  it('is 1 with no agents and Erlang C is 1 when agents cannot keep up', () => {
    expect(erlangB(3, 0)).toBe(1);
    expect(erlangCFromB(10, 10, erlangB(10, 10))).toBe(1);
  });
});
