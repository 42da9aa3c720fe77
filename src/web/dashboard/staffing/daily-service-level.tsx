// Service level by simulated day for each plan against the target: a line chart, and the same values
// in a table for anyone who cannot read the chart. From and To (kept in the address as `dayFrom` and
// `dayTo`) narrow both to those days; each day on the chart is a button that narrows the table to it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { CHART_BLUE, CHART_ORANGE } from '../chart-colors.ts';
import { ChosenPeriod, focusSoon } from '../chosen-period.tsx';
import type { SimulationReport } from '../dashboard-api-types.ts';
import { DateRangeForm } from '../date-range-form.tsx';
import { inRange, type DateRange } from '../date-range.ts';
import { LineChart, type LineSeries } from '../line-chart.tsx';
import { orDash } from '../number-choices.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { useAddressRange } from '../use-address-range.ts';
import { planLabel } from './plan-label.ts';

const RANGE_NAMES: DateRange = { from: 'dayFrom', to: 'dayTo' };

const STYLES = [
  { color: CHART_ORANGE, dash: '6 3', marker: 'square' as const },
  { color: CHART_BLUE, marker: 'circle' as const },
];

export function DailyServiceLevel({ reports }: { reports: readonly SimulationReport[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const [range, setRange] = useAddressRange(RANGE_NAMES);
  const applyRange = (next: DateRange) => {
    setRange(next);
    setChosen(null);
  };
  // The day chosen on the chart: the table shows its row only.
  const [chosen, setChosen] = useState<string | null>(null);
  const choose = (date: string | null) => {
    setChosen(date);
    focusSoon(date === null ? 'simulation-daily-heading' : 'simulation-chosen-day');
  };
  const dates = (reports[0]?.days.map((day) => day.date) ?? []).filter((date) => inRange(date, range));
  const valueOn = (report: SimulationReport, date: string) =>
    report.days.find((day) => day.date === date)?.network.serviceLevel ?? null;
  const series: LineSeries[] = reports.map((report, i) => ({
    label: planLabel(t, report.plan.id),
    ...STYLES[i % STYLES.length]!,
    values: dates.map((date) => valueOn(report, date)),
  }));
  const target = reports[0]?.target.serviceLevel;
  const percent = (value: number) => format.percent(value);
  return (
    <>
      <h3 id="simulation-daily-heading" tabIndex={-1}>
        {t('simulation.dailyHeading')}
      </h3>
      <DateRangeForm
        id="simulation-range"
        legend={t('simulation.rangeLegend')}
        initial={range}
        onApply={applyRange}
      />
      {dates.length === 0 ? <p>{t('simulation.noDays')}</p> : null}
      <LineChart
        label={t('simulation.dailyChart', { plans: series.map((s) => s.label).join(', ') })}
        caption={t('simulation.dailyCaption')}
        xLabels={dates.map((date) => format.date(date, 'dayMonth'))}
        series={series}
        yMax={1}
        formatY={(value) => format.percent(value, 0)}
        onSelect={(index) => choose(dates[index]!)}
        selected={chosen === null ? null : dates.indexOf(chosen)}
        selectLabel={(index) =>
          t('simulation.pointButton', {
            day: format.date(dates[index]!),
            levels: series.map((s) => `${s.label} ${orDash(s.values[index] ?? null, percent)}`).join(', '),
          })
        }
        {...(target !== undefined
          ? {
              target: {
                value: target,
                label: t('contactCenter.targetLine', { target: format.percent(target, 0) }),
              },
            }
          : {})}
      />
      {chosen !== null ? (
        <ChosenPeriod
          id="simulation-chosen-day"
          period={format.date(chosen)}
          onShowAll={() => choose(null)}
        />
      ) : null}
      <ScrollableTable
        caption={
          chosen === null
            ? t('simulation.dailyTable')
            : t('simulation.dailyTableOne', { day: format.date(chosen) })
        }
      >
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
          {dates
            .filter((date) => chosen === null || date === chosen)
            .map((date) => (
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
