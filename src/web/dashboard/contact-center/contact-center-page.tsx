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
  const report = useApi<PerformanceReport>(`support/reports/${granularity}`);
  const plan = useApi<SupportPlanData>(`support/plans/${REPORTING_PLAN}`);
  const partnerName = (id: string) =>
    id === 'network'
      ? t('contactCenter.network')
      : (plan.data?.partners.find((p) => p.id === id)?.name ?? id);
  const problem = report.error ?? plan.error;
  const download = (format: 'csv' | 'pdf') => `/api/v1/support/reports/${granularity}?format=${format}`;
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
            onChange={() => setGranularity(value)}
            tile
            className="display-inline-block margin-right-2"
          />
        ))}
      </Fieldset>
      {problem ? (
        <ProblemAlert problem={problem} />
      ) : !report.data || report.loading ? (
        <Loading what={t('contactCenter.loadingWhat')} />
      ) : report.data.rows.length === 0 ? (
        <NoStatistics />
      ) : (
        <>
          <PerformanceSummary report={report.data} />
          <ServiceLevelTrend report={report.data} partnerName={partnerName} />
          <PerformanceTable report={report.data} partnerName={partnerName} />
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
