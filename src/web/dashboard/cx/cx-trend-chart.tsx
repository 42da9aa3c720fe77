// Trust per period with its 95% interval as whiskers, beside the contact center's service level and
// abandonment on the same days; the values are in the tables below. Each period is a button that
// narrows the trend table to that period's rows.
import { useTranslation } from 'react-i18next';
import { CHART_BLUE, CHART_GREEN, CHART_ORANGE } from '../chart-colors.ts';
import { LineChart } from '../line-chart.tsx';
import type { CxTrends } from './cx-api-types.ts';
import { axisLabel } from './cx-labels.ts';
import { trendLines } from './cx-trend-values.ts';
import type { CxWords } from './use-cx-words.ts';

export function CxTrendChart({
  trends,
  words,
  selected,
  onSelect,
}: {
  trends: CxTrends;
  words: CxWords;
  /** The period whose rows the table shows, if one was chosen. */
  selected: string | null;
  onSelect: (period: string) => void;
}) {
  const { t } = useTranslation('dashboard');
  const lines = trendLines(trends);
  const { format } = words;
  return (
    <LineChart
      label={t('cx.trends.chartLabel', {
        bucket: t(`cx.filters.buckets.${trends.bucket}`).toLowerCase(),
        from: format.date(trends.from),
        to: format.date(trends.to),
      })}
      caption={t('cx.trends.chartCaption')}
      xLabels={trends.periods.map((period) => axisLabel(period, trends.bucket, format.locale))}
      series={[
        {
          label: t('cx.trends.trust'),
          color: CHART_BLUE,
          marker: 'circle',
          values: lines.trust,
          ranges: lines.trustRanges,
        },
        {
          label: t('cx.trends.serviceLevel'),
          color: CHART_ORANGE,
          dash: '6 3',
          marker: 'square',
          values: lines.serviceLevel,
        },
        {
          label: t('cx.trends.abandonment'),
          color: CHART_GREEN,
          dash: '2 3',
          marker: 'triangle',
          values: lines.abandonment,
        },
      ]}
      yMax={1}
      formatY={(value) => format.percent(value, 0)}
      onSelect={(index) => onSelect(trends.periods[index]!)}
      selected={selected === null ? null : trends.periods.indexOf(selected)}
      selectLabel={(index) => {
        const trust = lines.trust[index];
        return t('cx.trends.pointButton', {
          period: words.period(trends.periods[index]!, trends.bucket),
          trust: trust == null ? '–' : format.percent(trust),
        });
      }}
      {...(trends.serviceLevelTarget !== null
        ? {
            target: {
              value: trends.serviceLevelTarget,
              label: t('cx.trends.target', { target: format.percent(trends.serviceLevelTarget, 0) }),
            },
          }
        : {})}
    />
  );
}
