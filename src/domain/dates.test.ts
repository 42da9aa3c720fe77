// isIsoDate against the calendar as Date knows it: every string of the YYYY-MM-DD shape is accepted
// exactly when Date gives back the same year, month and day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from './dates.ts';

function calendarSays(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('isIsoDate', () => {
  it('agrees with the calendar for any year, month 0-13 and day 0-32', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isIsoDate(text)).toBe(calendarSays(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('knows leap years: 2024-02-29 and 2000-02-29 are dates, 2025-02-29 and 1900-02-29 are not', () => {
    expect(['2024-02-29', '2000-02-29', '2025-02-29', '1900-02-29'].map(isIsoDate)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('refuses anything not of the YYYY-MM-DD shape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) expect(isIsoDate(text)).toBe(false);
      }),
    );
    for (const text of [
      '2025-1-01',
      '2025-01-1',
      '２０２５-01-01',
      '2025/01/01',
      ' 2025-01-01',
      '2025-01-01\n',
      '+025-01-01',
    ])
      expect(isIsoDate(text)).toBe(false);
  });
});
