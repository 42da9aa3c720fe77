import { describe, expect, it } from 'vitest';
import { erlangC } from './erlang-c.ts';

describe('Erlang C', () => {
  // Call Centre Helper's worked example, reproduced in pyworkforce's README and tests
  // (github.com/rodrigo-arenas/pyworkforce, pyworkforce/queuing/tests/test_erlang.py) and in the R package
  // ErlangC's README (cran.r-project.org/package=ErlangC): 100 calls per 30 minutes, AHT 180 s.
  const halfHour = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180 };

  it('14 agents: P(wait) 0.1741, 88.84% within 20 s, ASA 7.84 s, occupancy 71.43%', () => {
    const metrics = erlangC(halfHour, 14, 20);
    expect(metrics.offeredLoad).toBe(10);
    expect(metrics.probabilityOfWaiting).toBeCloseTo(0.1741319, 6);
    expect(metrics.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(metrics.averageSpeedOfAnswer).toBeCloseTo(7.83593701177724, 9);
    expect(metrics.occupancy).toBeCloseTo(0.7142857, 6);
  });

  it('11 and 13 agents fall short: 38.96% and 79.60% within 20 s (ErlangC README; seed reference)', () => {
    const eleven = erlangC(halfHour, 11, 20);
    expect(eleven.probabilityOfWaiting).toBeCloseTo(0.6821182, 6);
    expect(eleven.serviceLevel).toBeCloseTo(0.3896138, 6);
    expect(erlangC(halfHour, 13, 20).serviceLevel).toBeCloseTo(0.7956, 4);
  });

  it('15 agents: P(wait) 0.102, 94.1% within 20 s, occupancy 0.667 (pyworkforce test_over_occupancy_erlangc)', () => {
    const metrics = erlangC(halfHour, 15, 20);
    expect(metrics.probabilityOfWaiting).toBeCloseTo(0.102, 3);
    expect(metrics.serviceLevel).toBeCloseTo(0.941, 3);
    expect(metrics.occupancy).toBeCloseTo(0.667, 3);
  });

  it('360 calls per half hour, 240 s, 55 agents: P(wait) 0.2387, ASA 8.184 s, 84.59% within 15 s (mitan.co.uk "Erlang C maths", as reproduced with Maxima)', () => {
    const metrics = erlangC({ calls: 360, intervalSeconds: 1800, ahtSeconds: 240 }, 55, 15);
    expect(metrics.probabilityOfWaiting).toBeCloseTo(0.2387, 4);
    expect(metrics.averageSpeedOfAnswer).toBeCloseTo(8.184, 3);
    expect(metrics.serviceLevel).toBeCloseTo(0.8459, 4);
  });

  it('has no steady state when agents do not exceed the load', () => {
    const metrics = erlangC(halfHour, 10, 20);
    expect(metrics.probabilityOfWaiting).toBe(1);
    expect(metrics.serviceLevel).toBe(0);
    expect(metrics.averageSpeedOfAnswer).toBe(Number.POSITIVE_INFINITY);
  });

  it('works for thousands of agents', () => {
    const metrics = erlangC({ calls: 9000, intervalSeconds: 1800, ahtSeconds: 600 }, 3050, 20);
    expect(metrics.offeredLoad).toBe(3000);
    expect(metrics.probabilityOfWaiting).toBeGreaterThan(0);
    expect(metrics.probabilityOfWaiting).toBeLessThan(1);
    expect(metrics.serviceLevel).toBeGreaterThan(0.5);
  });
});
