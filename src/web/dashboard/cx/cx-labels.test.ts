import { describe, expect, it } from 'vitest';
import { axisLabel, evidenceHref, fiscalYearOf, maturityYears, periodLabel } from './cx-labels.ts';

describe('the CX pages words', () => {
  it('names a week by its Monday and a month by its name, in the reader’s language', () => {
    const weekOf = (day: string) => `Week of ${day}`;
    expect(periodLabel('2024-11-11', 'week', 'en-US', weekOf)).toBe('Week of Nov 11, 2024');
    expect(periodLabel('2024-11-01', 'month', 'en-US', weekOf)).toBe('November 2024');
    expect(periodLabel('2024-11-01', 'month', 'es-US', weekOf)).toMatch(/^noviembre de 2024$/);
    expect(axisLabel('2024-11-11', 'week', 'en-US')).toBe('Nov 11');
    expect(axisLabel('2024-11-01', 'month', 'en-US')).toBe('Nov 2024');
  });

  it('counts fiscal years from October 1, and offers two years back and the next', () => {
    expect(fiscalYearOf('2024-09-30')).toBe(2024);
    expect(fiscalYearOf('2024-10-01')).toBe(2025);
    expect(maturityYears('2024-11-20')).toEqual([2023, 2024, 2025, 2026]);
  });

  it('follows evidence on this site or the web, and shows anything else as written', () => {
    expect(evidenceHref('/api/v1/cx/report?fiscalYear=2025&quarter=4')).toBe(
      '/api/v1/cx/report?fiscalYear=2025&quarter=4',
    );
    expect(evidenceHref('https://www.performance.gov/cx/')).toBe('https://www.performance.gov/cx/');
    expect(evidenceHref('docs/customer-experience.md')).toBeNull();
    expect(evidenceHref('//evil.example/x')).toBeNull();
    expect(evidenceHref('javascript:alert(1)')).toBeNull();
  });
});
