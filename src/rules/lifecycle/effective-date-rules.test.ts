import { describe, expect, it } from 'vitest';
import {
  addMonths,
  effectiveDateFor,
  firstPayPeriodAfter,
  payPeriodEndOn,
  payPeriodStartOn,
} from './effective-date-rules.ts';
import { LIFE_EVENTS } from '../../../test-support/lifecycle-fixtures.ts';

const PP = LIFE_EVENTS.payPeriods;

describe('lifecycle effective dates', () => {
  it('890.301(b): the first day of the first pay period that begins after the request', () => {
    expect(payPeriodStartOn('2025-03-10', PP)).toBe('2025-03-08');
    expect(firstPayPeriodAfter('2025-03-10', PP)).toBe('2025-03-22');
    expect(firstPayPeriodAfter('2025-03-08', PP)).toBe('2025-03-22');
    expect(payPeriodEndOn('2025-03-10', PP)).toBe('2025-03-21');
    expect(payPeriodStartOn('2024-12-01', PP)).toBe('2024-11-30');
  });

  it('890.306(b): annuitant changes take effect on the first day of the next month', () => {
    expect(
      effectiveDateFor(
        'first_of_month_after_request',
        { eventDate: '2025-03-01', requestedOn: '2025-12-15' },
        PP,
      ).effectiveOn,
    ).toBe('2026-01-01');
  });

  it('890.301(f): a birth takes effect the first day of the pay period it happens in', () => {
    expect(
      effectiveDateFor(
        'pay_period_containing_event',
        { eventDate: '2025-03-12', requestedOn: '2025-04-20' },
        PP,
      ).effectiveOn,
    ).toBe('2025-03-08');
  });

  it('5 U.S.C. 8905a: months are calendar months, clamped to the month end', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-06-30', 18)).toBe('2026-12-30');
  });
});
