import { describe, expect, it } from 'vitest';
import { factorDomain } from './factor-bar-chart.tsx';
import { sparklinePoints } from './trend-sparkline.tsx';

describe('the charts', () => {
  it('draws the bars from zero to a round top, and below zero for an adjustment that rewards', () => {
    expect(factorDomain([0.004, 0.007])).toEqual([0, 0.01]);
    expect(factorDomain([])).toEqual([0, 1]);
    expect(factorDomain([-0.002, 0.003])).toEqual([-0.002, 0.005]);
    expect(factorDomain([-0.003])).toEqual([-0.005, 0]);
  });

  it('draws a trend left to right by year, higher factors higher up, skipping years without one', () => {
    const points = sparklinePoints([
      { contractYear: 2024, totalFactor: 0.002, amountCents: null },
      { contractYear: 2022, totalFactor: 0.004, amountCents: null },
      { contractYear: 2023, totalFactor: null, amountCents: null },
    ]);
    expect(points).toHaveLength(2);
    const [first, last] = points as [[number, number], [number, number]];
    expect(first[0]).toBeLessThan(last[0]);
    // The 2022 factor is the larger, so it is drawn higher (a smaller y).
    expect(first[1]).toBeLessThan(last[1]);
    expect(sparklinePoints([])).toEqual([]);
  });
});
