// /dashboard/contact-center: the support network's daily or weekly performance, for the network and
// for each partner. Without any contact statistics yet, it says so and how they arrive.
import { Fieldset, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { Loading } from '../../layout/loading.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { PerformanceReport, SupportPlanData } from '../dashboard-api-types.ts';
import { DateRangeForm } from '../date-range-form.tsx';
import { NO_RANGE, rangeQuery, type DateRange } from '../date-range.ts';
import { NoStatistics } from './no-statistics.tsx';
import { PerformanceSummary } from './performance-summary.tsx';
import { PerformanceTable } from './performance-table.tsx';
import { ServiceLevelTrend } from './service-level-trend.tsx';

/** The plan naming the partners and the target the reports use (the API's default). */
const REPORTING_PLAN = 'open-season-77';

type Granularity = PerformanceReport['granularity'];

export function ContactCenterPage() {
  const { t } = useTranslation('dashboard');
  const [granularity, setGranularity] = useState<Granularity>('daily');
  const [range, setRange] = useState<DateRange>(NO_RANGE);
  // The period chosen on the chart: the table shows its rows only.
  const [chosen, setChosen] = useState<string | null>(null);
  const query = rangeQuery(range);
  const report = useApi<PerformanceReport>(`support/reports/${granularity}${query ? `?${query}` : ''}`);
  const choose = (period: string | null) => {
    setChosen(period);
    // The reader goes on at the table the chart led to.
    setTimeout(() => document.getElementById('table-heading')?.focus(), 0);
  };
  const plan = useApi<SupportPlanData>(`support/plans/${REPORTING_PLAN}`);
  // The partners' names in the reader's language; a partner the app does not know by name keeps the plan's.
  const partnerName = (id: string) =>
    id === 'network'
      ? t('contactCenter.network')
      : t(`cx.partners.${id}`, { defaultValue: plan.data?.partners.find((p) => p.id === id)?.name ?? id });
  const problem = report.error ?? plan.error;
  const download = (format: 'csv' | 'pdf') =>
    `/api/v1/support/reports/${granularity}?format=${format}${rangeQuery(range, true)}`;
  return (
    <>
      <PageTitle>{t('contactCenter.title')}</PageTitle>
      <p className="usa-intro">{t('contactCenter.intro')}</p>
      <Fieldset legend={t('contactCenter.granularity')} className="margin-bottom-3">
        {(['daily', 'weekly'] as const).map((value) => (
          <Radio
            key={value}
            id={`granularity-${value}`}
            name="granularity"
            value={value}
            label={t(`contactCenter.${value}`)}
            checked={granularity === value}
            onChange={() => {
              setGranularity(value);
              setChosen(null);
            }}
            tile
            className="display-inline-block margin-right-2"
          />
        ))}
      </Fieldset>
      <DateRangeForm
        id="contact-range"
        legend={t('contactCenter.rangeLegend')}
        onApply={(next) => {
          setRange(next);
          setChosen(null);
        }}
      />
      {problem ? (
        <ProblemAlert problem={problem} />
      ) : !report.data || report.loading ? (
        <Loading what={t('contactCenter.loadingWhat')} />
      ) : report.data.rows.length === 0 ? (
        <NoStatistics />
      ) : (
        <>
          <PerformanceSummary report={report.data} />
          <ServiceLevelTrend
            report={report.data}
            partnerName={partnerName}
            selected={chosen}
            onSelect={choose}
          />
          <PerformanceTable
            report={report.data}
            partnerName={partnerName}
            period={chosen}
            onShowAll={() => choose(null)}
          />
          <p>
            <a className="usa-link" href={download('csv')} download>
              {t('contactCenter.downloadCsv')}
            </a>
            {' · '}
            <a className="usa-link" href={download('pdf')} download>
              {t('contactCenter.downloadPdf')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
