import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf, periodKey, quarterEnd } from './fiscal-quarter.ts';

describe('31 U.S.C. 1102: the fiscal year begins on October 1', () => {
  it('October to December is the first quarter of the next fiscal year', () => {
    expect(fiscalQuarterOf('2024-10-01')).toEqual({ fiscalYear: 2025, quarter: 1 });
    expect(fiscalQuarterOf('2024-12-31')).toEqual({ fiscalYear: 2025, quarter: 1 });
    expect(fiscalQuarterOf('2025-01-01')).toEqual({ fiscalYear: 2025, quarter: 2 });
    expect(fiscalQuarterOf('2025-06-30')).toEqual({ fiscalYear: 2025, quarter: 3 });
    expect(fiscalQuarterOf('2025-09-30')).toEqual({ fiscalYear: 2025, quarter: 4 });
  });
  it('names the period and its last day', () => {
    expect(periodKey({ fiscalYear: 2025, quarter: 1 })).toBe('FY2025-Q1');
    expect(quarterEnd({ fiscalYear: 2025, quarter: 1 })).toBe('2024-12-31');
    expect(quarterEnd({ fiscalYear: 2025, quarter: 4 })).toBe('2025-09-30');
  });
});
