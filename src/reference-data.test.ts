import { describe, expect, it } from 'vitest';
import { listShippedCatalogues, loadProgramCalendar, loadShippedCatalogue } from './reference-data.ts';

describe('shipped reference data', () => {
  it('lists and loads the PSHB 2025 catalogue', () => {
    expect(listShippedCatalogues()).toContain('pshb-2025');
    const catalogue = loadShippedCatalogue();
    expect(catalogue.contractYear).toBe(2025);
    expect(catalogue.options.some((o) => o.program === 'FEHB')).toBe(true);
  });

  it('has a crosswalk entry for every FEHB option', () => {
    const catalogue = loadShippedCatalogue();
    const fehb = catalogue.options.filter((o) => o.program === 'FEHB');
    for (const option of fehb) {
      const covered = catalogue.crosswalk.some(
        (e) =>
          e.fehbPlanCode === option.planCode && e.fehbOptionCode === option.optionCode && e.region === '*',
      );
      expect(covered, `${option.planCode}/${option.optionCode}`).toBe(true);
    }
  });

  it('keeps the published enrollee shares exactly (FEP Blue Focus Self Only)', () => {
    const focus = loadShippedCatalogue().options.find((o) => o.program === 'PSHB' && o.planCode === '35');
    expect(focus?.premiums.self_only).toMatchObject({
      enrollmentCode: '35A',
      biweekly: { enrollee: 5917 },
      monthly: { enrollee: 12821 },
    });
    expect(focus?.source).toBe('published');
  });

  it('loads the program calendar', () => {
    expect(loadProgramCalendar().initialContractYearStart).toBe('2025-01-01');
  });

  it('refuses a name that is not a plain file name', () => {
    expect(() => loadShippedCatalogue('../x')).toThrow(/invalid catalogue name/);
  });
});
