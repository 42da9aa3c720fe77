import { describe, expect, it } from 'vitest';
import { erlangA, erlangAServiceMetrics } from './erlang-a.ts';
import { erlangC } from './erlang-c.ts';

const halfHour = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180 };

/**
 * An independent route to the same numbers: the birth-death chain's stationary distribution summed
 * state by state, and each waiting caller's chance of being answered within t from the tagged-caller
 * chain, integrated by uniformization (the method of pyworkforce's ErlangA). Small cases only.
 */
function bruteForce(
  demand: typeof halfHour,
  agents: number,
  t: number,
  patience: number,
): { waiting: number; abandonment: number; serviceLevel: number } {
  const lambda = demand.calls / demand.intervalSeconds;
  const mu = 1 / demand.ahtSeconds;
  const theta = 1 / patience;
  const p = [1];
  for (let n = 1; n < agents + 2000; n++) {
    const death = Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta;
    p.push((p[n - 1]! * lambda) / death);
  }
  const total = p.reduce((a, b) => a + b, 0);
  const prob = p.map((v) => v / total);
  const waiting = prob.slice(agents).reduce((a, b) => a + b, 0);
  const queue = prob.reduce((sum, v, n) => sum + Math.max(n - agents, 0) * v, 0);
  const maxAhead = 300;
  const rate = agents * mu + (maxAhead + 1) * theta;
  const steps = Math.ceil(rate * t + 12 * Math.sqrt(rate * t) + 50);
  const servedWithin = (start: number): number => {
    let dist = new Array<number>(maxAhead + 1).fill(0);
    dist[start] = 1;
    let served = 0;
    let poisson = Math.exp(-rate * t);
    let result = 0;
    for (let k = 1; k <= steps; k++) {
      const next = new Array<number>(maxAhead + 1).fill(0);
      for (let j = 0; j <= maxAhead; j++) {
        const pj = dist[j]!;
        if (pj === 0) continue;
        const advance = agents * mu + j * theta;
        const stay = rate - advance - theta;
        if (j === 0) served += (pj * advance) / rate;
        else next[j - 1]! += (pj * advance) / rate;
        next[j]! += (pj * stay) / rate;
      }
      dist = next;
      poisson *= (rate * t) / k;
      result += poisson * served;
    }
    return result;
  };
  let serviceLevel = prob.slice(0, agents).reduce((a, b) => a + b, 0);
  for (let j = 0; j <= maxAhead; j++) serviceLevel += (prob[agents + j] ?? 0) * servedWithin(j);
  return { waiting, abandonment: (theta * queue) / lambda, serviceLevel };
}

describe('Erlang A', () => {
  it('100 calls per 30 minutes, AHT 3 min, patience 5 min, 14 agents (pyworkforce test_abandonment.py regression values)', () => {
    // github.com/rodrigo-arenas/pyworkforce, pyworkforce/queuing/tests/test_abandonment.py; its ASA is
    // the mean wait of all callers, in minutes (0.069919 min = 4.1951 s).
    const metrics = erlangA(halfHour, 14, 20, 300);
    expect(metrics.probabilityOfWaiting).toBeCloseTo(0.14526, 5);
    expect(metrics.probabilityOfAbandonment).toBeCloseTo(0.013984, 6);
    expect(metrics.occupancy).toBeCloseTo(0.704297, 6);
    expect(metrics.averageWaitOfAllCalls / 60).toBeCloseTo(0.069919, 6);
    expect(metrics.serviceLevel).toBeCloseTo(0.916792, 6);
  });

  it('agrees with the state-by-state chain and uniformization on small cases', () => {
    for (const [agents, t, patience] of [
      [12, 20, 300],
      [9, 30, 60],
      [8, 10, 120],
      [16, 60, 30],
    ] as const) {
      const expected = bruteForce(halfHour, agents, t, patience);
      const metrics = erlangAServiceMetrics(halfHour, agents, t, patience);
      expect(metrics.probabilityOfWaiting).toBeCloseTo(expected.waiting, 9);
      expect(metrics.probabilityOfAbandonment).toBeCloseTo(expected.abandonment, 9);
      expect(metrics.serviceLevel).toBeCloseTo(expected.serviceLevel, 7);
    }
  });

  it('converges to Erlang C as patience grows without bound', () => {
    for (const agents of [11, 14, 20]) {
      const c = erlangC(halfHour, agents, 20);
      const a = erlangA(halfHour, agents, 20, 1e9);
      expect(a.probabilityOfWaiting).toBeCloseTo(c.probabilityOfWaiting, 4);
      expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 4);
      expect(a.averageSpeedOfAnswer).toBeCloseTo(c.averageSpeedOfAnswer, 2);
      expect(a.occupancy).toBeCloseTo(c.occupancy, 4);
      expect(a.probabilityOfAbandonment).toBeLessThan(1e-5);
    }
  });

  it('the mean wait of answered calls is the integral of the chance of still waiting for an answer', () => {
    const patience = 90;
    const metrics = erlangA(halfHour, 11, 0, patience);
    const answered = 1 - metrics.probabilityOfAbandonment;
    // E[wait; answered] = ∫ (P(answered) − P(answered within t)) dt, by Simpson's rule.
    const step = 0.5;
    const horizon = 4000;
    let integral = 0;
    for (let i = 0; i <= horizon / step; i++) {
      const weight = i === 0 || i === horizon / step ? 1 : i % 2 === 1 ? 4 : 2;
      integral += weight * (answered - erlangAServiceMetrics(halfHour, 11, i * step, patience).serviceLevel);
    }
    integral *= step / 3;
    expect(metrics.averageSpeedOfAnswer * answered).toBeCloseTo(integral, 6);
  });

  it('stays finite and sensible when calls far outnumber agents (thousands of callers)', () => {
    const heavy = { calls: 5000, intervalSeconds: 1800, ahtSeconds: 600 };
    const metrics = erlangA(heavy, 1200, 20, 120);
    // With agents always busy, the answered share is N / A and the rest hang up.
    expect(metrics.probabilityOfAbandonment).toBeCloseTo(1 - 1200 / metrics.offeredLoad, 6);
    expect(metrics.occupancy).toBeCloseTo(1, 6);
    expect(Number.isFinite(metrics.averageSpeedOfAnswer)).toBe(true);
    const ample = erlangA(heavy, 1800, 20, 120);
    expect(ample.serviceLevel).toBeGreaterThan(0.99);
  });

  it('impatient callers abandon more and the service level never falls with more agents', () => {
    expect(erlangA(halfHour, 12, 20, 30).probabilityOfAbandonment).toBeGreaterThan(
      erlangA(halfHour, 12, 20, 600).probabilityOfAbandonment,
    );
    let previous = 0;
    for (let agents = 1; agents <= 25; agents++) {
      const level = erlangAServiceMetrics(halfHour, agents, 20, 180).serviceLevel;
      expect(level).toBeGreaterThanOrEqual(previous - 1e-12);
      previous = level;
    }
  });
});
