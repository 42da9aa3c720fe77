// Service level by period, for the network and each partner, against the plan's target; the values are
// in the performance table below the chart.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { CHART_BLUE, CHART_GREEN, CHART_ORANGE } from '../chart-colors.ts';
import type { PerformanceReport } from '../dashboard-api-types.ts';
import { LineChart, type LineSeries, type Marker } from '../line-chart.tsx';

const STYLES: readonly { color: string; dash?: string; marker: Marker }[] = [
  { color: CHART_BLUE, marker: 'circle' },
  { color: CHART_ORANGE, dash: '6 3', marker: 'square' },
  { color: CHART_GREEN, dash: '2 3', marker: 'triangle' },
];

export function ServiceLevelTrend({
  report,
  partnerName,
}: {
  report: PerformanceReport;
  partnerName: (id: string) => string;
}) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  // The network first, then the partners; more than three lines would be unreadable.
  const who = ['network', ...report.partners].slice(0, STYLES.length);
  const series: LineSeries[] = who.map((partner, i) => ({
    label: partnerName(partner),
    ...STYLES[i]!,
    values: report.periods.map(
      (period) =>
        report.rows.find((row) => row.period === period && row.partner === partner)?.serviceLevel ?? null,
    ),
  }));
  const short = new Intl.DateTimeFormat(format.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('contactCenter.trendHeading')}</h2>
      <LineChart
        label={t('contactCenter.trendChart', {
          from: format.date(report.periods[0] ?? ''),
          to: format.date(report.periods.at(-1) ?? ''),
        })}
        caption={t('contactCenter.trendCaption')}
        xLabels={report.periods.map((period) => short.format(new Date(`${period}T00:00:00Z`)))}
        series={series}
        yMax={1}
        formatY={(value) => format.percent(value, 0)}
        {...(report.target
          ? {
              target: {
                value: report.target.serviceLevel,
                label: t('contactCenter.targetLine', {
                  target: format.percent(report.target.serviceLevel, 0),
                }),
              },
            }
          : {})}
      />
    </section>
  );
}
