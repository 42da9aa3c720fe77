// /dashboard/performance/summary: every carrier's evaluation for a contract year, best score (lowest
// total factor) first, with the trend over the years, the year's factors as a bar chart and a small
// trend line per carrier. The table is the charts' text alternative.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { ScrollableTable } from '../dashboard/scrollable-table.tsx';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { FactorBarChart } from './factor-bar-chart.tsx';
import type { ProgramSummary } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';
import { byScore, carrierLabel, formatFactor, trendDirection } from './performance-values.ts';
import { StateTag } from './state-tag.tsx';
import { TrendSparkline } from './trend-sparkline.tsx';
import { useYear } from './use-year.ts';
import { YearChoice } from './year-choice.tsx';

export function SummaryPage({ me }: { me: Me }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const [year, setYear] = useYear(me.programDate);
  const summary = useApi<ProgramSummary>(`${PERFORMANCE_API}/summary?year=${year}`);
  const factor = (value: number | null) => formatFactor(value, format.locale);
  const rows = byScore(summary.data?.items ?? []);
  const scored = rows.filter((row) => row.totalFactor !== null);
  return (
    <>
      <PageTitle>{t('summary.title')}</PageTitle>
      <p className="usa-intro">{t('summary.intro')}</p>
      <YearChoice id="summary-year" programDate={me.programDate} value={year} onChange={setYear} />
      {summary.error ? (
        <ProblemAlert problem={summary.error} />
      ) : !summary.data ? (
        <Loading what={t('summary.loadingWhat')} />
      ) : rows.length === 0 ? (
        <p>{t('summary.none', { year })}</p>
      ) : (
        <>
          <section aria-labelledby="summary-chart-heading" className="margin-top-4">
            <h2 id="summary-chart-heading">{t('summary.chartHeading', { year })}</h2>
            <FactorBarChart
              label={t('summary.chartLabel', { year })}
              caption={t('summary.chartCaption')}
              bars={scored.map((row) => ({ label: carrierLabel(row), value: row.totalFactor ?? 0 }))}
              formatValue={(value) => factor(value)}
            />
          </section>
          <section aria-labelledby="summary-table-heading" className="margin-top-4">
            <h2 id="summary-table-heading">{t('summary.tableHeading')}</h2>
            <ScrollableTable caption={t('summary.caption', { year, count: rows.length })}>
              <thead>
                <tr>
                  <th scope="col">{t('summary.rank')}</th>
                  <th scope="col">{t('list.carrier')}</th>
                  <th scope="col">{t('list.state')}</th>
                  <th scope="col">{t('list.totalFactor')}</th>
                  <th scope="col">{t('list.amount')}</th>
                  <th scope="col">{t('summary.trend')}</th>
                  <th scope="col">{t('summary.trendLine')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const trend = [...(row.trend ?? [])].sort((a, b) => a.contractYear - b.contractYear);
                  const spoken = trend
                    .map((point) => `${point.contractYear}: ${factor(point.totalFactor)}`)
                    .join(', ');
                  return (
                    <tr key={row.evaluationId}>
                      <td>{row.totalFactor === null ? '—' : index + 1}</td>
                      <th scope="row">
                        <Link
                          className="usa-link"
                          to={`/dashboard/performance/evaluations/${row.evaluationId}`}
                        >
                          {carrierLabel(row)}
                        </Link>
                      </th>
                      <td>
                        <StateTag state={row.state} />
                      </td>
                      <td>{factor(row.totalFactor)}</td>
                      <td>{row.amountCents === null ? '—' : format.money(row.amountCents)}</td>
                      <td>
                        {t(`summary.directions.${trendDirection(row.trend)}`)}
                        {spoken ? (
                          <span className="display-block font-sans-3xs text-base-dark">{spoken}</span>
                        ) : null}
                      </td>
                      <td>
                        <TrendSparkline
                          label={t('summary.sparklineLabel', {
                            carrier: carrierLabel(row),
                            years: spoken || '—',
                          })}
                          trend={trend}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </ScrollableTable>
          </section>
        </>
      )}
    </>
  );
}
