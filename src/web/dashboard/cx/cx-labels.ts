// How the CX pages name periods, partners and channels: pure, so the words are tested without a page.
import type { DimensionId } from '../../../rules/cx/maturity-framework.ts';
import { calendarDay } from '../../i18n/format.ts';

/** A week (its Monday) as "Week of Nov 11, 2024", a month (its first day) as "November 2024". */
export function periodLabel(
  period: string,
  bucket: 'week' | 'month',
  locale: string,
  weekOf: (day: string) => string,
): string {
  if (bucket === 'month') return calendarDay(period, locale, 'month');
  return weekOf(calendarDay(period, locale, 'medium'));
}

/** A period as a short axis label: "Nov 11" for a week, "Nov 2024" for a month. */
export function axisLabel(period: string, bucket: 'week' | 'month', locale: string): string {
  return calendarDay(period, locale, bucket === 'month' ? 'monthShort' : 'dayMonth');
}

/** The federal fiscal year of a day: it begins on October 1 of the calendar year before. */
export function fiscalYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 10 ? year + 1 : year;
}

/** The fiscal years the maturity page offers: two before the program date's, it, and the next. */
export function maturityYears(programDate: string): number[] {
  const current = fiscalYearOf(programDate);
  return [current - 2, current - 1, current, current + 1];
}

/** A-11 Section 280's five dimensions, in the framework's order (reference-data/cx/maturity-framework.json). */
export const MATURITY_DIMENSIONS = [
  'measurement',
  'governance',
  'organization-and-culture',
  'customer-research',
  'service-design',
] as const satisfies readonly DimensionId[];

/** The rating scale: 1 Beginning to 5 Leading. */
export const MATURITY_RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * An evidence link as the page may follow it: an address on this site ("/api/v1/...") or on the web
 * (http or https); anything else (a file path in the repository, a typed note) is shown as written.
 */
export function evidenceHref(link: string): string | null {
  const trimmed = link.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
}
