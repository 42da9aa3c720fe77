import { describe, expect, it } from 'vitest';
import { staffForecast } from './forecast-staffing.ts';
import { planStaffing } from './staffing-plan.ts';

const options = {
  intervalSeconds: 1800,
  ahtSeconds: 180,
  serviceLevel: 0.8,
  answerWithinSeconds: 20,
  maxOccupancy: 0.85,
  shrinkage: 0.3,
};

describe('staffing a forecast', () => {
  it('plans each interval as the one-interval plan would, and totals the hours', () => {
    const forecast = staffForecast(
      [
        { start: '2024-11-11T08:00', calls: 0 },
        { start: '2024-11-11T08:30', calls: 100 },
        { start: '2024-11-11T09:00', calls: 400, ahtSeconds: 240 },
        { start: '2024-11-11T09:30', calls: 100 },
      ],
      options,
    );
    expect(forecast.model).toBe('erlang-c');
    expect(forecast.intervals.map((i) => i.agents)).toEqual([
      0,
      14,
      planStaffing({ ...options, calls: 400, ahtSeconds: 240 }).agents,
      14,
    ]);
    expect(forecast.intervals[1]).toMatchObject({ start: '2024-11-11T08:30', scheduled: 20 });
    expect(forecast.totalCalls).toBe(600);
    expect(forecast.peakAgents).toBe(forecast.intervals[2]!.agents);
    expect(forecast.agentHours).toBe(forecast.intervals.reduce((sum, i) => sum + i.agents, 0) / 2);
  });

  it('uses Erlang A when callers have a patience', () => {
    const forecast = staffForecast([{ calls: 100 }], { ...options, patienceSeconds: 300 });
    expect(forecast.model).toBe('erlang-a');
    expect(forecast.intervals[0]!.agents).toBe(
      planStaffing({ ...options, calls: 100, patienceSeconds: 300 }).agents,
    );
    expect(forecast.intervals[0]!.probabilityOfAbandonment).toBeGreaterThan(0);
  });
});
