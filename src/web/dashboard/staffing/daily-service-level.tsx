// Service level by simulated day for each plan against the target: a line chart, and the same values
// in a table for anyone who cannot read the chart.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { CHART_BLUE, CHART_ORANGE } from '../chart-colors.ts';
import type { SimulationReport } from '../dashboard-api-types.ts';
import { LineChart, type LineSeries } from '../line-chart.tsx';
import { orDash } from '../number-choices.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { planLabel } from './plan-label.ts';

const STYLES = [
  { color: CHART_ORANGE, dash: '6 3', marker: 'square' as const },
  { color: CHART_BLUE, marker: 'circle' as const },
];

export function DailyServiceLevel({ reports }: { reports: readonly SimulationReport[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const dates = reports[0]?.days.map((day) => day.date) ?? [];
  const valueOn = (report: SimulationReport, date: string) =>
    report.days.find((day) => day.date === date)?.network.serviceLevel ?? null;
  const series: LineSeries[] = reports.map((report, i) => ({
    label: planLabel(t, report.plan.id),
    ...STYLES[i % STYLES.length]!,
    values: dates.map((date) => valueOn(report, date)),
  }));
  const short = new Intl.DateTimeFormat(format.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const target = reports[0]?.target.serviceLevel;
  const percent = (value: number) => format.percent(value);
  return (
    <>
      <h3>{t('simulation.dailyHeading')}</h3>
      <LineChart
        label={t('simulation.dailyChart', { plans: series.map((s) => s.label).join(', ') })}
        caption={t('simulation.dailyCaption')}
        xLabels={dates.map((date) => short.format(new Date(`${date}T00:00:00Z`)))}
        series={series}
        yMax={1}
        formatY={(value) => format.percent(value, 0)}
        {...(target !== undefined
          ? {
              target: {
                value: target,
                label: t('contactCenter.targetLine', { target: format.percent(target, 0) }),
              },
            }
          : {})}
      />
      <ScrollableTable caption={t('simulation.dailyTable')}>
        <thead>
          <tr>
            <th scope="col">{t('simulation.day')}</th>
            {reports.map((report) => (
              <th key={report.plan.id} scope="col">
                {planLabel(t, report.plan.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dates.map((date) => (
            <tr key={date}>
              <th scope="row">{format.date(date)}</th>
              {reports.map((report) => (
                <td key={report.plan.id}>{orDash(valueOn(report, date), percent)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </>
  );
}
