// Dates, money and numbers in the reader's language. Dates from the API are calendar days
// (YYYY-MM-DD) or instants; both are shown in UTC so a calendar day never shifts by a time zone.
import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { en: 'en-US', es: 'es-US' };

export interface Formatters {
  readonly locale: string;
  /** A calendar day, e.g. "November 20, 2024" / "20 de noviembre de 2024". */
  date(isoDate: string): string;
  /** An instant with its time, in UTC. */
  dateTime(isoInstant: string): string;
  /** Cents as dollars, e.g. 12345 -> "$123.45". */
  money(cents: number): string;
  number(value: number): string;
  /** A fraction as a percent, e.g. 0.825 -> "82.5%". */
  percent(fraction: number, digits?: number): string;
}

export function formattersFor(language: string): Formatters {
  const locale = LOCALES[language] ?? 'en-US';
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const dollars = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
  const count = new Intl.NumberFormat(locale);
  return {
    locale,
    date: (isoDate) => day.format(new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)),
    dateTime: (isoInstant) => `${instant.format(new Date(isoInstant))} UTC`,
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

/** The formatters for the current language; re-renders when the language changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  let formatters = cache.get(i18n.language);
  if (!formatters) {
    formatters = formattersFor(i18n.language);
    cache.set(i18n.language, formatters);
  }
  return formatters;
}
