// Calendar dates as ISO strings (YYYY-MM-DD): comparable as strings, no time zones, no Date objects.
import { z } from 'zod';

export type IsoDate = string;

/** Days in each month of a common year; February gains one in leap years. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The digit at `index` as a number, or NaN when it is not an ASCII digit. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/**
 * True when the text is a real calendar date in YYYY-MM-DD form (rejects 2025-02-30). Read by
 * character codes rather than through a regular expression and a Date: every date of every 834
 * member and every rules decision passes here.
 */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  if (!(month >= 1 && month <= 12 && day >= 1) || Number.isNaN(year)) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
  return day <= last;
}

export const isoDate = z.string().refine(isIsoDate, { message: 'a real date in YYYY-MM-DD form' });

const DAY_MS = 86_400_000;

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole years of age on a date; a person born on 29 February turns a year older on 1 March. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** January 1 of the year after the date. */
export function nextJanuaryFirst(date: IsoDate): IsoDate {
  return `${Number(date.slice(0, 4)) + 1}-01-01`;
}
