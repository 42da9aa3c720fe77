import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import {
  applyEntitlement,
  formatPeriods,
  parsePeriods,
  type StoredMedicare,
} from './medicare-entitlement.ts';

const DAY = '2026-12-05';
const inPartB: StoredMedicare = {
  partAStart: '2020-01-01',
  partBStart: '2020-01-01',
  partBEnd: null,
  partBPeriods: null,
};
const none = { partAStart: null, partAEnd: null, partBStart: null, partBEnd: null };

describe("5 CFR 890.1612 an agency answer as the person's Medicare facts", () => {
  it('890.1604(a): Part B ended by the agency ends ours the day after its last day', () => {
    const next = applyEntitlement(
      inPartB,
      { ...none, partAStart: '2020-01-01', partBStart: '2020-01-01', partBEnd: '2025-06-30' },
      DAY,
    );
    expect(next).toMatchObject({
      partAStart: '2020-01-01',
      partBStart: '2020-01-01',
      partBEnd: '2025-07-01',
    });
  });

  it('890.1604(a): no Part B reported drops an open period of ours and keeps the closed ones', () => {
    const stored = { ...inPartB, partBPeriods: '2010-01-01..2012-01-01;2020-01-01..' };
    const next = applyEntitlement(stored, { ...none, partAStart: '2020-01-01' }, DAY);
    expect(next).toMatchObject({ partBStart: '2010-01-01', partBEnd: '2012-01-01' });
  });

  it('5 U.S.C. 8903c(a): Part A ended by the day received is no Part A', () => {
    expect(
      applyEntitlement(inPartB, { ...none, partAStart: '2020-01-01', partAEnd: '2026-01-31' }, DAY)
        .partAStart,
    ).toBeNull();
  });

  it('890.1608(e): a reported period after an earlier closed one keeps both as history', () => {
    const stored = {
      partAStart: '2020-01-01',
      partBStart: '2020-01-01',
      partBEnd: '2025-07-01',
      partBPeriods: null,
    };
    const next = applyEntitlement(
      stored,
      { ...none, partAStart: '2020-01-01', partBStart: '2026-12-01' },
      DAY,
    );
    expect(parsePeriods(next.partBPeriods)).toEqual([
      { start: '2020-01-01', end: '2025-07-01' },
      { start: '2026-12-01', end: null },
    ]);
  });

  it('property: the reported Part B period is always the latest one kept, and periods round-trip as text', () => {
    const day = fc.integer({ min: 0, max: 9000 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.option(fc.integer({ min: 0, max: 3000 })), (start, length) => {
        const end = length === null ? null : addDays(start, length);
        const next = applyEntitlement(
          inPartB,
          { ...none, partAStart: '2000-01-01', partBStart: start, partBEnd: end },
          DAY,
        );
        expect(next.partBStart).toBe(start);
        expect(next.partBEnd).toBe(end === null ? null : addDays(end, 1));
        const periods = parsePeriods(next.partBPeriods);
        expect(parsePeriods(formatPeriods(periods))).toEqual(periods);
      }),
    );
  });
});
