import { describe, expect, it } from 'vitest';
import { erlangAServiceMetrics } from './erlang-a.ts';
import { minimumAgentsErlangA, minimumAgentsErlangC } from './minimum-agents.ts';

const halfHour = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180 };
const eightyIn20 = { serviceLevel: 0.8, answerWithinSeconds: 20 };

describe('minimum agents, Erlang C', () => {
  it('80% in 20 s needs 14 agents (pyworkforce README; Call Centre Helper worked example)', () => {
    const found = minimumAgentsErlangC(halfHour, { ...eightyIn20, maxOccupancy: 0.85 });
    expect(found.agents).toBe(14);
    expect(found.limitedBy).toBe('service-level');
    expect(found.metrics.serviceLevel).toBeCloseTo(0.8884, 4);
  });

  it('a 70% occupancy cap asks for 15 (pyworkforce test_over_occupancy_erlangc)', () => {
    const found = minimumAgentsErlangC(halfHour, { ...eightyIn20, maxOccupancy: 0.7 });
    expect(found.agents).toBe(15);
    expect(found.limitedBy).toBe('max-occupancy');
  });

  it('needs no agents for no calls', () => {
    expect(minimumAgentsErlangC({ ...halfHour, calls: 0 }, eightyIn20).agents).toBe(0);
  });

  it('handles thousands of agents', () => {
    const found = minimumAgentsErlangC({ calls: 9000, intervalSeconds: 1800, ahtSeconds: 600 }, eightyIn20);
    expect(found.agents).toBeGreaterThan(3000);
    expect(found.agents).toBeLessThan(3100);
    expect(found.metrics.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('refuses a target outside [0, 1]', () => {
    expect(() => minimumAgentsErlangC(halfHour, { ...eightyIn20, serviceLevel: 1.2 })).toThrow(RangeError);
  });
});

describe('minimum agents, Erlang A', () => {
  it('finds the first count meeting the target, the one below falling short', () => {
    const found = minimumAgentsErlangA(halfHour, eightyIn20, 300);
    expect(found.agents).toBe(13);
    expect(erlangAServiceMetrics(halfHour, 13, 20, 300).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangAServiceMetrics(halfHour, 12, 20, 300).serviceLevel).toBeLessThan(0.8);
  });

  it('matches Erlang C when callers never hang up', () => {
    expect(minimumAgentsErlangA(halfHour, eightyIn20, 1e9).agents).toBe(14);
  });

  it('honours an occupancy cap', () => {
    const found = minimumAgentsErlangA(halfHour, { ...eightyIn20, maxOccupancy: 0.6 }, 300);
    expect(found.limitedBy).toBe('max-occupancy');
    expect(erlangAServiceMetrics(halfHour, found.agents, 20, 300).occupancy).toBeLessThanOrEqual(0.6);
    expect(erlangAServiceMetrics(halfHour, found.agents - 1, 20, 300).occupancy).toBeGreaterThan(0.6);
  });
});
