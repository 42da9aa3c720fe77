// The year's evaluations as a table: carrier and plan (a link to the evaluation), method, where it
// stands, the total factor, the amount, and the deadlines when the API gives them.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollableTable } from '../dashboard/scrollable-table.tsx';
import { useFormat } from '../i18n/format.ts';
import type { EvaluationRow } from './performance-api-types.ts';
import { carrierLabel, formatFactor } from './performance-values.ts';
import { StateTag } from './state-tag.tsx';

export function EvaluationTable({ rows, year }: { rows: readonly EvaluationRow[]; year: number }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const day = (date: string | null | undefined) => (date ? format.date(date) : '—');
  // The deadlines, when the API gives them with the rows; each evaluation's page always has them.
  const deadlines = rows.some((row) => row.responseDueOn || row.rebateDueOn);
  return (
    <ScrollableTable caption={t('list.caption', { year, count: rows.length })}>
      <thead>
        <tr>
          <th scope="col">{t('list.carrier')}</th>
          <th scope="col">{t('list.method')}</th>
          <th scope="col">{t('list.state')}</th>
          <th scope="col">{t('list.totalFactor')}</th>
          <th scope="col">{t('list.amount')}</th>
          {deadlines ? (
            <>
              <th scope="col">{t('list.responseDue')}</th>
              <th scope="col">{t('list.rebateDue')}</th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.evaluationId}>
            <th scope="row">
              <Link className="usa-link" to={`/dashboard/performance/evaluations/${row.evaluationId}`}>
                {t('list.open', { carrier: carrierLabel(row) })}
              </Link>
            </th>
            <td>{t(`methods.${row.methodId}`, { defaultValue: row.methodId })}</td>
            <td>
              <StateTag state={row.state} />
            </td>
            <td>{formatFactor(row.totalFactor, format.locale)}</td>
            <td>{row.amountCents === null ? '—' : format.money(row.amountCents)}</td>
            {deadlines ? (
              <>
                <td>{day(row.responseDueOn)}</td>
                <td>{day(row.rebateDueOn)}</td>
              </>
            ) : null}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
