// Effective dates of lifecycle changes, computed from the rule kind held as data
// (reference-data/life-events.json) and the pay period calendar: the rule is data, the dates are code.
import { addDays, type IsoDate } from '../../domain/dates.ts';
import type { EffectiveDateRule, PayPeriodCalendar } from '../../domain/lifecycle.ts';

const DAY_MS = 86_400_000;

function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The first day of the pay period that contains the date. */
export function payPeriodStartOn(date: IsoDate, payPeriods: PayPeriodCalendar): IsoDate {
  const offset = daysBetween(payPeriods.anchorStart, date);
  const periods = Math.floor(offset / payPeriods.lengthDays);
  return addDays(payPeriods.anchorStart, periods * payPeriods.lengthDays);
}

/** The first day of the first pay period that begins after the date (890.301(b)). */
export function firstPayPeriodAfter(date: IsoDate, payPeriods: PayPeriodCalendar): IsoDate {
  return addDays(payPeriodStartOn(date, payPeriods), payPeriods.lengthDays);
}

/** The last day of the pay period that contains the date. */
export function payPeriodEndOn(date: IsoDate, payPeriods: PayPeriodCalendar): IsoDate {
  return addDays(firstPayPeriodAfter(date, payPeriods), -1);
}

export function firstOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** The date `months` calendar months later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

export function firstOfNextMonth(date: IsoDate): IsoDate {
  return addMonths(firstOfMonth(date), 1);
}

export interface EffectiveDateFacts {
  readonly eventDate: IsoDate;
  /** The day the employing office (or retirement system) received the request. */
  readonly requestedOn: IsoDate;
}

/** The effective date a rule kind gives, with the plain words that say how it was found. */
export function effectiveDateFor(
  rule: EffectiveDateRule,
  facts: EffectiveDateFacts,
  payPeriods: PayPeriodCalendar,
): { readonly effectiveOn: IsoDate; readonly how: string } {
  switch (rule) {
    case 'first_pay_period_after_request':
      return {
        effectiveOn: firstPayPeriodAfter(facts.requestedOn, payPeriods),
        how: `the first day of the first pay period that begins after the request of ${facts.requestedOn}`,
      };
    case 'first_of_month_after_request':
      return {
        effectiveOn: firstOfNextMonth(facts.requestedOn),
        how: `the first day of the month after the request of ${facts.requestedOn}`,
      };
    case 'pay_period_containing_event':
      return {
        effectiveOn: payPeriodStartOn(facts.eventDate, payPeriods),
        how: `the first day of the pay period in which the event of ${facts.eventDate} happened`,
      };
    case 'first_of_month_containing_event':
      return {
        effectiveOn: firstOfMonth(facts.eventDate),
        how: `the first day of the month in which the event of ${facts.eventDate} happened`,
      };
    case 'day_after_event':
      return {
        effectiveOn: addDays(facts.eventDate, 1),
        how: `the day after the event of ${facts.eventDate}`,
      };
  }
}
