import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BUCKETS, ageBucket, ageDiscrepancies, daysBetween } from './reconcile-ageing.ts';

describe('ageing of open reconciliation discrepancies', () => {
  it('puts the bucket edges at 30, 60 and 90 days', () => {
    expect(ageBucket('2026-01-01', '2026-01-01')).toBe('0-30');
    expect(ageBucket('2026-01-01', '2026-01-31')).toBe('0-30');
    expect(ageBucket('2026-01-01', '2026-02-01')).toBe('31-60');
    expect(ageBucket('2026-01-01', '2026-03-02')).toBe('31-60');
    expect(ageBucket('2026-01-01', '2026-03-03')).toBe('61-90');
    expect(ageBucket('2026-01-01', '2026-04-01')).toBe('61-90');
    expect(ageBucket('2026-01-01', '2026-04-02')).toBe('over-90');
  });

  it('never ages backwards: a later day never gives an earlier bucket', () => {
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (opened, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(AGE_BUCKETS.indexOf(ageBucket(opened, early))).toBeLessThanOrEqual(
          AGE_BUCKETS.indexOf(ageBucket(opened, late)),
        );
      }),
    );
  });

  it('counts whole calendar days, in UTC', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(ageDiscrepancies([{ openedOn: '2026-01-01' }], '2026-05-01')[0]).toMatchObject({
      days: 120,
      bucket: 'over-90',
    });
  });
});
