// Enrollments by carrier: automatic against elected as stacked bars, and the same figures in a table.
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
          {report.byCarrier.map((row) => (
            <tr key={row.carrier}>
              <th scope="row">{row.carrier}</th>
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
