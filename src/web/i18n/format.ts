// Dates, times, money and numbers in the reader's language. Every screen formats through here.
// Two kinds of date come from the API and are never mixed up:
// - a program day (YYYY-MM-DD: an effective date, a deadline, a due date) is a calendar day and is shown
//   as that day everywhere, never shifted by a time zone;
// - an instant (ISO 8601 with a time: when something was recorded, sent, opened, is due) is shown in the
//   viewer's time zone (the browser's, unless one is given), with the zone named: "Dec 6, 2026, 3:05 PM EST".
import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { en: 'en-US', es: 'es-US' };

/** How a calendar day is written: "November 20, 2024", "Nov 20, 2024", "Nov 20", "November 2024", "Nov 2024". */
export type DayStyle = 'long' | 'medium' | 'dayMonth' | 'month' | 'monthShort';

const DAY_OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'long' },
  medium: { dateStyle: 'medium' },
  dayMonth: { month: 'short', day: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  monthShort: { month: 'short', year: 'numeric' },
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Formatters {
  readonly locale: string;
  /** The IANA time zone instants are shown in, e.g. "America/New_York". */
  readonly timeZone: string;
  /**
   * A program day as a calendar day, e.g. "November 20, 2024" / "20 de noviembre de 2024". Given an
   * instant instead, the day it fell on in the viewer's time zone.
   */
  date(isoDate: string, style?: DayStyle): string;
  /** An instant with its time in the viewer's time zone, zone named: "Dec 6, 2026, 3:05 PM EST". */
  dateTime(isoInstant: string): string;
  /** Only the time of an instant, zone named: "3:05:09 PM EST". */
  time(isoInstant: string): string;
  /** Cents as dollars, e.g. 12345 -> "$123.45". */
  money(cents: number): string;
  number(value: number): string;
  /** A fraction as a percent, e.g. 0.825 -> "82.5%". */
  percent(fraction: number, digits?: number): string;
}

/** The viewer's time zone as the browser reports it; UTC when it reports none. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A calendar day (YYYY-MM-DD) in `locale`, never shifted: it is read and written at UTC midnight. */
export function calendarDay(isoDate: string, locale: string, style: DayStyle = 'long'): string {
  return new Intl.DateTimeFormat(locale, { ...DAY_OPTIONS[style], timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

export function formattersFor(language: string, timeZone: string = viewerTimeZone()): Formatters {
  const locale = LOCALES[language] ?? 'en-US';
  const instant = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  });
  const clock = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
    timeZone,
  });
  const dollars = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
  const count = new Intl.NumberFormat(locale);
  return {
    locale,
    timeZone,
    date: (isoDate, style = 'long') =>
      ISO_DAY.test(isoDate)
        ? calendarDay(isoDate, locale, style)
        : new Intl.DateTimeFormat(locale, { ...DAY_OPTIONS[style], timeZone }).format(new Date(isoDate)),
    dateTime: (isoInstant) => instant.format(new Date(isoInstant)),
    time: (isoInstant) => clock.format(new Date(isoInstant)),
    money: (cents) => dollars.format(cents / 100),
    number: (value) => count.format(value),
    percent: (fraction, digits = 1) =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(fraction),
  };
}

const cache = new Map<string, Formatters>();

/** The formatters for the current language and the viewer's time zone; re-renders when the language changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const timeZone = viewerTimeZone();
  const key = `${i18n.language} ${timeZone}`;
  let formatters = cache.get(key);
  if (!formatters) {
    formatters = formattersFor(i18n.language, timeZone);
    cache.set(key, formatters);
  }
  return formatters;
}

/**
 * A day (YYYY-MM-DD) and a clock time (HH:MM) as the viewer entered them in their own time zone, as an
 * ISO 8601 instant; null when they do not make a time.
 */
export function viewerInstant(day: string, clockTime: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(clockTime)) return null;
  const instant = new Date(`${day}T${clockTime}:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
