import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/dates.ts';
import { collectionDueOn, collectionDueStatus } from './collection-due.ts';
import { quarterEnd } from './fiscal-quarter.ts';

describe('31 U.S.C. 1102 and A-11 Section 280: a quarter is due 30 days after it ends', () => {
  it('fiscal year 2025 quarter 1 (October to December 2024) is due on 2025-01-30', () => {
    expect(collectionDueOn({ fiscalYear: 2025, quarter: 1 })).toBe('2025-01-30');
  });

  it('quarters 2, 3 and 4 are due on April 30, July 30 and October 30', () => {
    expect(collectionDueOn({ fiscalYear: 2025, quarter: 2 })).toBe('2025-04-30');
    expect(collectionDueOn({ fiscalYear: 2025, quarter: 3 })).toBe('2025-07-30');
    expect(collectionDueOn({ fiscalYear: 2025, quarter: 4 })).toBe('2025-10-30');
  });

  it('is not yet due while the quarter runs, due until the due day, overdue after, done once submitted', () => {
    const q = { fiscalYear: 2025, quarter: 1 } as const;
    expect(collectionDueStatus(q, null, '2024-12-31').outcome).toBe('not_yet_due');
    expect(collectionDueStatus(q, 'draft', '2025-01-01').outcome).toBe('due');
    expect(collectionDueStatus(q, 'draft', '2025-01-30').outcome).toBe('due');
    expect(collectionDueStatus(q, 'change_requested', '2025-01-31').outcome).toBe('overdue');
    expect(collectionDueStatus(q, 'submitted', '2025-03-01').outcome).toBe('done');
    expect(collectionDueStatus(q, 'not_reported', '2025-03-01').outcome).toBe('done');
  });

  it('is always exactly 30 days after the quarter ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
        (fiscalYear, quarter) => {
          expect(collectionDueOn({ fiscalYear, quarter })).toBe(
            addDays(quarterEnd({ fiscalYear, quarter }), 30),
          );
        },
      ),
    );
  });
});
