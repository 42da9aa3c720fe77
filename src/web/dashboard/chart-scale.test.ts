import { describe, expect, it } from 'vitest';
import { linearScale, niceCeiling, sparseLabels, ticks } from './chart-scale.ts';

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(87)).toBe(100);
    expect(niceCeiling(100)).toBe(100);
    expect(niceCeiling(101)).toBe(200);
    expect(niceCeiling(230)).toBe(250);
    expect(niceCeiling(0.93)).toBe(1);
    expect(niceCeiling(0.3)).toBeCloseTo(0.5);
    expect(niceCeiling(4_100)).toBe(5_000);
  });

  it('gives 1 for nothing to show, so an empty chart still has an axis', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(Number.NaN)).toBe(1);
  });
});

describe('ticks', () => {
  it('spaces ticks evenly from 0 to the top', () => {
    expect(ticks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(ticks(1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, also upside down for a y axis', () => {
    const x = linearScale([0, 200], [40, 640]);
    expect(x(0)).toBe(40);
    expect(x(100)).toBe(340);
    const y = linearScale([0, 1], [260, 20]);
    expect(y(1)).toBe(20);
    expect(y(0.5)).toBe(140);
  });

  it('puts every value at the start of a flat domain', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0);
  });
});

describe('sparseLabels', () => {
  it('labels every few items, the first and the last, without crowding the last', () => {
    const days = Array.from({ length: 24 }, (_, i) => i);
    const shown = [...sparseLabels(days, 8)].sort((a, b) => a - b);
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(23);
    expect(shown.length).toBeLessThanOrEqual(9);
    for (let i = 1; i < shown.length; i += 1) expect(shown[i]! - shown[i - 1]!).toBeGreaterThanOrEqual(2);
  });

  it('labels every item of a short axis', () => {
    expect([...sparseLabels(['a', 'b', 'c'], 8)].sort()).toEqual([0, 1, 2]);
    expect(sparseLabels([], 8).size).toBe(0);
  });
});
