import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suppressionDecision, suppressSmallCell } from './small-cell-suppression.ts';

describe('5 U.S.C. 552a(b) / A-11 Section 280: small cells are suppressed', () => {
  it('a cell below the threshold is suppressed', () => {
    expect(suppressSmallCell(3, 9, 10)).toEqual({ value: null, suppressed: true });
    expect(suppressionDecision(9, 10).outcome).toBe('suppressed');
  });
  it('a cell at the threshold is shown', () => {
    expect(suppressSmallCell(3, 10, 10)).toEqual({ value: 3, suppressed: false });
  });
  it('property: a shown cell always has at least threshold respondents', () => {
    fc.assert(
      fc.property(
        fc.nat(100),
        fc.nat(100),
        fc.integer({ min: 1, max: 50 }),
        (value, respondents, threshold) => {
          const cell = suppressSmallCell(value, respondents, threshold);
          expect(cell.suppressed).toBe(respondents < threshold);
          if (!cell.suppressed) expect(cell.value).toBe(value);
        },
      ),
    );
  });
});
