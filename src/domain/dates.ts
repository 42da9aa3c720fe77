// Calendar dates as ISO strings (YYYY-MM-DD): comparable as strings, no time zones, no Date objects.
import { z } from 'zod';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar date in YYYY-MM-DD form (rejects 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
