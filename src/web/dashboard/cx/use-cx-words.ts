// The CX pages' words for the API's ids (partners, channels, drivers, periods) in the reader's language.
import { useTranslation } from 'react-i18next';
import { useFormat, type Formatters } from '../../i18n/format.ts';
import { periodLabel } from './cx-labels.ts';

export interface CxWords {
  readonly format: Formatters;
  partner(id: string | null): string;
  channel(id: string | null): string;
  driver(id: string): string;
  period(period: string, bucket: 'week' | 'month'): string;
  /** A share with its interval, e.g. "82.0% (70.1% to 90.0%)" (digits after the point: 1). */
  share(interval: { estimate: number; low: number; high: number }, digits?: number): string;
}

export function useCxWords(): CxWords {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return {
    format,
    partner: (id) => (id === null ? t('cx.partners.none') : t(`cx.partners.${id}`, { defaultValue: id })),
    channel: (id) => (id === null ? t('cx.channels.all') : t(`cx.channels.${id}`, { defaultValue: id })),
    driver: (id) => t(`cx.drivers.${id}`, { defaultValue: id }),
    period: (period, bucket) =>
      periodLabel(period, bucket, format.locale, (day) => t('cx.period.week', { day })),
    share: ({ estimate, low, high }, digits = 1) =>
      t('cx.trends.share', {
        share: format.percent(estimate, digits),
        low: format.percent(low, digits),
        high: format.percent(high, digits),
      }),
  };
}
