import { describe, expect, it } from 'vitest';
import { decideOpenSeasonEffectiveDate, temporaryExtensionEnds } from './effective-dates.ts';
import { TEST_CALENDAR } from '../../test-support/rules-fixtures.ts';

describe('effective dates', () => {
  it('890.1606(e): transitional open season actions take effect at the initial contract year start', () => {
    const made = decideOpenSeasonEffectiveDate(TEST_CALENDAR.openSeasons[0]!, TEST_CALENDAR);
    expect(made.effectiveOn).toBe(TEST_CALENDAR.initialContractYearStart);
    expect(made.citations).toEqual(['5 U.S.C. 8903c(a)(2)', '5 CFR 890.1606(e)']);
  });

  it('890.1606(e): a later open season takes effect on its own effective date', () => {
    const made = decideOpenSeasonEffectiveDate(TEST_CALENDAR.openSeasons[1]!, TEST_CALENDAR);
    expect(made.effectiveOn).toBe('2026-01-01');
    expect(made.citations).toEqual(['5 CFR 890.1606(e)']);
  });

  it('890.401(a): the temporary extension runs the calendar number of days, across month ends', () => {
    expect(temporaryExtensionEnds('2025-01-31', TEST_CALENDAR)).toBe('2025-03-03');
    expect(temporaryExtensionEnds('2025-04-15', { ...TEST_CALENDAR, temporaryExtensionDays: 10 })).toBe(
      '2025-04-25',
    );
  });
});
