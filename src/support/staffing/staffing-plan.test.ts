import { describe, expect, it } from 'vitest';
import { planStaffing } from './staffing-plan.ts';

const example = {
  calls: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  serviceLevel: 0.8,
  answerWithinSeconds: 20,
  maxOccupancy: 0.85,
  shrinkage: 0.3,
};

describe('staffing plan for one interval', () => {
  it('the worked example: 14 on the phones, 20 scheduled, with the numbers explained', () => {
    const plan = planStaffing(example);
    expect(plan).toMatchObject({ model: 'erlang-c', agents: 14, scheduled: 20, limitedBy: 'service-level' });
    expect(plan.probabilityOfWaiting).toBeCloseTo(0.1741, 4);
    expect(plan.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(plan.averageSpeedOfAnswer).toBeCloseTo(7.8359, 4);
    expect(plan.occupancy).toBeCloseTo(0.7143, 4);
    expect(plan.serviceLevelWithOneFewer).toBeCloseTo(0.7956, 4);
    expect(plan.explanation).toContain('14 agents answer 88.8% of calls within 20 seconds');
    expect(plan.explanation).toContain('schedule 20 agents');
  });

  it('with patience, Erlang A and the chance of hanging up', () => {
    const plan = planStaffing({ ...example, patienceSeconds: 300 });
    expect(plan.model).toBe('erlang-a');
    expect(plan.agents).toBe(13);
    expect(plan.probabilityOfAbandonment).toBeGreaterThan(0);
    expect(plan.explanation).toContain('hang up');
  });

  it('no calls, no agents', () => {
    const plan = planStaffing({ ...example, calls: 0 });
    expect(plan).toMatchObject({ agents: 0, scheduled: 0, serviceLevel: 1 });
    expect(plan.explanation).toContain('no agents are needed');
  });
});
