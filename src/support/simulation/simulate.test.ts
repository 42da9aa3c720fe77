import { describe, expect, it } from 'vitest';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import { erlangC } from '../staffing/erlang-c.ts';
import { erlangA } from '../staffing/erlang-a.ts';
import { comparePlans } from './compare-plans.ts';
import { simulateSeason } from './simulate.ts';
import { singleQueuePlan } from './test-plans.ts';

const original = resolveSupportPlan('original-16').plan;
const planned = resolveSupportPlan('open-season-77').plan;

describe('open season simulation', () => {
  it('gives the identical report for the same seed, and a different one for another seed', () => {
    const a = simulateSeason(planned, { seed: 7, contacts: 30_000 });
    const b = simulateSeason(planned, { seed: 7, contacts: 30_000 });
    const c = simulateSeason(planned, { seed: 8, contacts: 30_000 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.season.network.arrivals).not.toBe(a.season.network.arrivals);
  });

  it('accounts for every contact: arrivals = self-served + referred + answered + abandoned + callbacks', () => {
    for (const plan of [original, planned]) {
      const report = simulateSeason(plan, { seed: 3, contacts: 40_000 });
      const c = report.conservation;
      expect(c.balanced).toBe(true);
      expect(c.arrivals).toBe(c.contained + c.referred + c.handled + c.abandoned + c.callbacksRequested);
      expect(c.callbacksRequested).toBe(c.callbacksHandled + c.callbacksPending);
      let offered = 0;
      for (const day of report.days) offered += day.network.arrivals;
      expect(offered).toBe(c.arrivals);
      expect(Math.abs(c.arrivals - 40_000)).toBeLessThan(1_000);
    }
  });

  it('agrees with Erlang C on one stationary queue whose callers never hang up', () => {
    const setting = { agents: 14, callsPerHalfHour: 100, ahtSeconds: 180, answerWithinSeconds: 20 };
    const report = simulateSeason(singleQueuePlan({ ...setting, patienceSeconds: 1e9, days: 14 }), {
      seed: 11,
    });
    const model = erlangC({ calls: 100, intervalSeconds: 1800, ahtSeconds: 180 }, 14, 20);
    const season = report.season.network;
    expect(season.abandoned).toBe(0);
    expect(season.serviceLevel!).toBeGreaterThan(model.serviceLevel - 0.03);
    expect(season.serviceLevel!).toBeLessThan(model.serviceLevel + 0.03);
    expect(season.asaSeconds!).toBeCloseTo(model.averageSpeedOfAnswer, -1);
    expect(season.occupancy!).toBeCloseTo(model.occupancy, 1);
  });

  it('agrees with Erlang A when callers hang up', () => {
    const setting = { agents: 12, callsPerHalfHour: 100, ahtSeconds: 180, answerWithinSeconds: 20 };
    const report = simulateSeason(singleQueuePlan({ ...setting, patienceSeconds: 120, days: 14 }), {
      seed: 5,
    });
    const model = erlangA({ calls: 100, intervalSeconds: 1800, ahtSeconds: 180 }, 12, 20, 120);
    const season = report.season.network;
    expect(Math.abs(season.abandonmentRate! - model.probabilityOfAbandonment)).toBeLessThan(0.02);
    expect(Math.abs(season.serviceLevel! - model.serviceLevel)).toBeLessThan(0.03);
  });

  it('shows the original 16-specialist helpline failing the target and the 77-specialist plan meeting it', () => {
    const comparison = comparePlans([original, planned], { seed: 1 });
    const [before, after] = comparison.rows;
    expect(before!.meetsServiceLevel).toBe(false);
    expect(before!.serviceLevelGap).toBeLessThan(-0.5);
    expect(after!.meetsServiceLevel).toBe(true);
    expect(after!.serviceLevel!).toBeGreaterThanOrEqual(comparison.target.serviceLevel);
    const tiersUsed = comparison.reports[1]!.season.partners;
    expect(tiersUsed['retirement-information-office']!.handled).toBeGreaterThan(0);
    expect(comparison.reports[1]!.contingencies.some((f) => f.level === 'level-1-surge')).toBe(true);
  });

  it('fires contingency levels with their time and stands them down', () => {
    const report = simulateSeason(planned, { seed: 2 });
    const firing = report.contingencies.find((f) => f.level === 'level-1-surge')!;
    expect(firing.firedAt).toMatch(/^2024-11-11 \d\d:\d\d$/);
    expect(firing.actions).toContain('open overflow to retirement-information-office');
    expect(firing.releasedAt === null || firing.releasedAt > firing.firedAt).toBe(true);
  });
});
