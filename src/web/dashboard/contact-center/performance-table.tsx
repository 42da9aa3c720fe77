// Every period's figures, the network row first and then each partner's, with every measure the
// report has (docs/support-reports.md defines them); a rate with nothing to divide by is a dash.
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { NETWORK, type PerformanceReport } from '../dashboard-api-types.ts';
import { orDash } from '../number-choices.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { useDuration } from './use-duration.ts';

export function PerformanceTable({
  report,
  partnerName,
  period = null,
  onShowAll,
}: {
  report: PerformanceReport;
  partnerName: (id: string) => string;
  /** Only this period's rows (chosen on the chart), or every period's. */
  period?: string | null;
  onShowAll?: () => void;
}) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const duration = useDuration();
  const percent = (value: number) => format.percent(value);
  const columns = [
    'offered',
    'handled',
    'abandoned',
    'serviceLevel',
    'asa',
    'aht',
    'fcr',
    'transfers',
    'backlog',
    'activations',
  ] as const;
  return (
    <section aria-labelledby="table-heading">
      <h2 id="table-heading" tabIndex={-1}>
        {t('contactCenter.tableHeading')}
      </h2>
      {period !== null ? (
        <p>
          {t('contactCenter.onlyPeriod', { period: format.date(period) })}{' '}
          <Button type="button" unstyled onClick={onShowAll}>
            {t('contactCenter.showAllPeriods')}
          </Button>
        </p>
      ) : null}
      <ScrollableTable
        caption={
          period === null
            ? t(`contactCenter.tableCaption.${report.granularity}`)
            : t('contactCenter.tableCaptionOne', { period: format.date(period) })
        }
      >
        <thead>
          <tr>
            <th scope="col">{t('contactCenter.period')}</th>
            <th scope="col">{t('contactCenter.partner')}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`contactCenter.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows
            .filter((row) => period === null || row.period === period)
            .map((row) => (
              <tr key={`${row.period}|${row.partner}`} className={row.partner === NETWORK ? 'text-bold' : ''}>
                <td className="text-no-wrap">{format.date(row.period)}</td>
                <th scope="row">{partnerName(row.partner)}</th>
                <td>{format.number(row.offered)}</td>
                <td>{format.number(row.handled)}</td>
                <td>{format.number(row.abandoned)}</td>
                <td>{orDash(row.serviceLevel, percent)}</td>
                <td>{orDash(row.asaSeconds, duration)}</td>
                <td>{orDash(row.ahtSeconds, duration)}</td>
                <td>{orDash(row.firstContactResolutionRate, percent)}</td>
                <td>{format.number(row.transfers)}</td>
                <td>{format.number(row.backlog)}</td>
                <td>{format.number(row.contingencyActivations)}</td>
              </tr>
            ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}
