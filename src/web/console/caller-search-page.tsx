// /console/search: find the caller (by masked identifiers, or by the confirmation number of a change they
// read out), then open a case about them. Every search is audited by the API.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson } from '../api/client.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { CallerResults } from './caller-results.tsx';
import { CallerSearchForm, type CallerQuery } from './caller-search-form.tsx';
import { ConfirmationSearchForm } from './confirmation-search-form.tsx';
import type { PersonMatch } from './console-types.ts';
import { ConsoleBreadcrumb } from './console-breadcrumb.tsx';
import { OpenCaseForm } from './open-case-form.tsx';
import { useAction } from '../api/use-action.ts';
import { useSupportPlan } from './use-support-plan.ts';

export function CallerSearchPage() {
  const { t } = useTranslation('console');
  const plan = useSupportPlan();
  const search = useAction<readonly PersonMatch[]>();
  const [chosen, setChosen] = useState<PersonMatch | null>(null);

  const find = (query: CallerQuery) => {
    setChosen(null);
    const params = new URLSearchParams({ lastName: query.lastName, ssnLastFour: query.ssnLastFour });
    if (query.birthDate) params.set('birthDate', query.birthDate);
    void search.run(
      async () => (await getJson<{ items: PersonMatch[] }>(`persons?${params.toString()}`)).data.items,
    );
  };
  const findByConfirmation = (number: string) => {
    setChosen(null);
    void search.run(
      async () =>
        (await getJson<{ items: PersonMatch[] }>(`confirmation-numbers/${encodeURIComponent(number)}`)).data
          .items,
    );
  };

  return (
    <>
      <ConsoleBreadcrumb current={t('search.title')} />
      <PageTitle>{t('search.title')}</PageTitle>
      <p className="usa-intro">{t('search.intro')}</p>
      <div className="grid-row grid-gap">
        <div className="grid-col-12 tablet:grid-col-6">
          <CallerSearchForm onSearch={find} busy={search.pending} />
        </div>
        <div className="grid-col-12 tablet:grid-col-6">
          <ConfirmationSearchForm onSearch={findByConfirmation} busy={search.pending} />
        </div>
      </div>
      <div className="margin-top-4">
        {search.pending ? <Loading what={t('search.loadingWhat')} /> : null}
        {search.problem ? <ProblemAlert problem={search.problem} /> : null}
        {search.result ? (
          <CallerResults matches={search.result} chosen={chosen?.id ?? null} onChoose={setChosen} />
        ) : null}
      </div>
      {chosen && plan.data ? <OpenCaseForm key={chosen.id} person={chosen} plan={plan.data} /> : null}
      {chosen && plan.error ? <ProblemAlert problem={plan.error} /> : null}
    </>
  );
}
