// /dashboard/cx for program staff: trust and each driver over time (week or month, by partner and
// channel) with response counts and 95% intervals, beside the contact center's service level and
// abandonment on the same days; the customers' comments; and what quarterly CX data is due. The
// filters live in the address, so a link brings the same view back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.ts';
import { Loading } from '../../layout/loading.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { focusSoon } from '../chosen-period.tsx';
import type { CxTrends } from './cx-api-types.ts';
import { CxComments } from './cx-comments.tsx';
import { CxContactTable } from './cx-contact-table.tsx';
import { CxDue } from './cx-due.tsx';
import { CxFilterForm } from './cx-filter-form.tsx';
import { filtersFrom, searchOf, trendsPath, type CxFilters } from './cx-query.ts';
import { CxTrendChart } from './cx-trend-chart.tsx';
import { CxTrendTable } from './cx-trend-table.tsx';
import { useCxWords, type CxWords } from './use-cx-words.ts';

/** The catalogue's partners and channels, until the API has named them. */
const KNOWN_CHOICES = {
  partners: ['helpline', 'retirement-information-office', 'postal-health-benefits-team'],
  channels: ['web', 'phone', 'web_chat', 'email', 'mail'],
};

function Trends({ trends, words }: { trends: CxTrends; words: CxWords }) {
  const { t } = useTranslation('dashboard');
  // The period chosen on the chart: the trend table shows its rows only.
  const [chosen, setChosen] = useState<string | null>(null);
  const choose = (period: string | null) => {
    setChosen(period);
    focusSoon(period === null ? 'cx-trends-heading' : 'cx-chosen-period');
  };
  return (
    <>
      <p>
        {t('cx.trends.scope', { from: words.format.date(trends.from), to: words.format.date(trends.to) })}{' '}
        {t('cx.trends.driversNote')}
      </p>
      {trends.cells.length === 0 ? (
        <p>{t('cx.trends.none')}</p>
      ) : (
        <>
          <CxTrendChart trends={trends} words={words} selected={chosen} onSelect={choose} />
          <CxTrendTable trends={trends} words={words} period={chosen} onShowAll={() => choose(null)} />
        </>
      )}
      <CxContactTable trends={trends} words={words} />
    </>
  );
}

export function CxPage() {
  const { t } = useTranslation('dashboard');
  const words = useCxWords();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const trends = useApi<CxTrends>(trendsPath(filters));
  const apply = (next: CxFilters) => setParams(searchOf(next));
  return (
    <>
      <PageTitle>{t('cx.title')}</PageTitle>
      <p className="usa-intro">{t('cx.intro')}</p>
      <p>
        <Link className="usa-link" to="/dashboard/cx/maturity">
          {t('cx.maturityLink')}
        </Link>
      </p>
      <CxFilterForm
        key={trendsPath(filters)}
        initial={filters}
        choices={trends.data?.choices ?? KNOWN_CHOICES}
        onApply={apply}
      />
      <section aria-labelledby="cx-trends-heading" className="margin-top-4">
        <h2 id="cx-trends-heading" tabIndex={-1}>
          {t('cx.trends.heading')}
        </h2>
        {trends.error ? (
          <ProblemAlert problem={trends.error} />
        ) : !trends.data || trends.loading ? (
          <Loading what={t('cx.trends.loadingWhat')} />
        ) : (
          <Trends trends={trends.data} words={words} />
        )}
      </section>
      <CxComments filters={filters} words={words} onApply={apply} />
      <CxDue words={words} />
    </>
  );
}
