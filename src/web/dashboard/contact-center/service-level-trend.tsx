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
  selected,
  onSelect,
}: {
  report: PerformanceReport;
  partnerName: (id: string) => string;
  /** The period whose rows the table shows, if one was chosen. */
  selected: string | null;
  onSelect: (period: string) => void;
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
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('contactCenter.trendHeading')}</h2>
      <LineChart
        label={t('contactCenter.trendChart', {
          from: format.date(report.periods[0] ?? ''),
          to: format.date(report.periods.at(-1) ?? ''),
        })}
        caption={t('contactCenter.trendCaption')}
        xLabels={report.periods.map((period) => format.date(period, 'dayMonth'))}
        series={series}
        yMax={1}
        formatY={(value) => format.percent(value, 0)}
        onSelect={(index) => onSelect(report.periods[index]!)}
        selected={selected === null ? null : report.periods.indexOf(selected)}
        selectLabel={(index) => {
          const period = report.periods[index]!;
          const network = report.rows.find((row) => row.period === period && row.partner === 'network');
          return t('contactCenter.pointButton', {
            period: format.date(period),
            level: network?.serviceLevel == null ? '–' : format.percent(network.serviceLevel),
          });
        }}
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
