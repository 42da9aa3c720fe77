// Enrollments by carrier: automatic against elected as stacked bars, and the same figures in a table.
// Choosing a carrier's bar (click, Enter or Space) marks its row of the table and moves focus there.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { BarChart } from '../bar-chart.tsx';
import { CHART_BLUE, CHART_ORANGE } from '../chart-colors.ts';
import type { EnrollmentReport } from '../dashboard-api-types.ts';
import { orDash, shareOf } from '../number-choices.ts';
import { ScrollableTable } from '../scrollable-table.tsx';

export function CarrierSection({ report }: { report: EnrollmentReport }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const enrolled = report.byCarrier.reduce((sum, row) => sum + row.total, 0);
  const [selected, setSelected] = useState<number | null>(null);
  const rowId = useId();
  const select = (index: number) => {
    setSelected(index);
    const cell = document.getElementById(`${rowId}-${index}`);
    cell?.focus();
    cell?.scrollIntoView({ block: 'center' });
  };
  return (
    <section aria-labelledby="carriers-heading">
      <h2 id="carriers-heading">{t('openSeason.carriersHeading')}</h2>
      <p>{t('openSeason.carriersIntro')}</p>
      <BarChart
        label={t('openSeason.carriersChart')}
        caption={t('openSeason.carriersChartCaption')}
        series={[
          { label: t('openSeason.automatic'), color: CHART_BLUE },
          { label: t('openSeason.elected'), color: CHART_ORANGE },
        ]}
        rows={report.byCarrier.map((row) => ({ label: row.carrier, values: [row.automatic, row.elected] }))}
        formatValue={format.number}
        onSelect={select}
        selected={selected}
        selectLabel={(row, total) => t('openSeason.carrierBar', { carrier: row.label, total })}
      />
      <ScrollableTable caption={t('openSeason.carriersTable')}>
        <thead>
          <tr>
            <th scope="col">{t('openSeason.carrier')}</th>
            <th scope="col">{t('openSeason.automatic')}</th>
            <th scope="col">{t('openSeason.elected')}</th>
            <th scope="col">{t('openSeason.total')}</th>
            <th scope="col">{t('openSeason.share')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byCarrier.map((row, index) => (
            <tr key={row.carrier} className={selected === index ? 'pshb-row-chosen' : undefined}>
              <th scope="row" id={`${rowId}-${index}`} tabIndex={-1}>
                {row.carrier}
              </th>
              <td>{format.number(row.automatic)}</td>
              <td>{format.number(row.elected)}</td>
              <td>{format.number(row.total)}</td>
              <td>{orDash(shareOf(row.total, enrolled), (share) => format.percent(share))}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}
