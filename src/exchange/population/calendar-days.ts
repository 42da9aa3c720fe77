// Date strings made fast: a generated population needs millions of them, so each year's days are
// formatted once and looked up after that.
import type { IsoDate } from '../../domain/dates.ts';

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_OF_DAY: number[] = [];
const DAY_OF_MONTH: number[] = [];
MONTH_LENGTHS.forEach((length, month) => {
  for (let day = 1; day <= length; day++) {
    MONTH_OF_DAY.push(month + 1);
    DAY_OF_MONTH.push(day);
  }
});

const years = new Map<number, string[]>();

/** The day of a year counted from 0 (January 1) to 364; 29 February is never produced. */
export function dayOfYear(year: number, index: number): IsoDate {
  let days = years.get(year);
  if (!days) {
    const y = String(year).padStart(4, '0');
    days = MONTH_OF_DAY.map((m, i) => `${y}-${pad(m)}-${pad(DAY_OF_MONTH[i]!)}`);
    years.set(year, days);
  }
  return days[index]!;
}

/** The month (1-12) a day index of dayOfYear falls in. */
export function monthOfDay(index: number): number {
  return MONTH_OF_DAY[index]!;
}

export function firstOfMonth(year: number, month: number): IsoDate {
  return `${year}-${pad(month)}-01`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
