import { describe, expect, it } from 'vitest';
import { legendPlaces, wrapLabel } from './chart-text.ts';

describe('chart text', () => {
  it('keeps a short label on one line and wraps a long one at word boundaries', () => {
    expect(wrapLabel('NALC Health Benefit Plan', 700, 14)).toEqual(['NALC Health Benefit Plan']);
    // 300 px at 14 px is about 35 characters a line.
    expect(wrapLabel('Blue Cross and Blue Shield Service Benefit Plan', 300, 14)).toEqual([
      'Blue Cross and Blue Shield Service',
      'Benefit Plan',
    ]);
  });

  it('ends the last allowed line with an ellipsis when the label is longer still', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten eleven', 100, 14);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((line) => line.length <= Math.floor(100 / (14 * 0.6)))).toBe(true);
  });

  it('puts legend entries side by side while they fit, then on a new row', () => {
    expect(legendPlaces(['Automatic enrollments', 'Elections'], 700, 14)).toEqual([
      { x: 0, row: 0 },
      { x: expect.any(Number), row: 0 },
    ]);
    expect(legendPlaces(['Afiliaciones automáticas', 'Elecciones'], 260, 14)).toEqual([
      { x: 0, row: 0 },
      { x: 0, row: 1 },
    ]);
  });
});
