// /dashboard/performance: the evaluations of one contract year. For the contracting officer it is the
// workspace (every carrier's evaluation, where it stands, its factor and amount, its deadlines, and a
// form to start an evaluation); a carrier sees only its own evaluations, as the API answers it.
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { EvaluationList } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';
import { EvaluationTable } from './evaluation-table.tsx';
import { StartEvaluationForm } from './start-evaluation-form.tsx';
import { useYear } from './use-year.ts';
import { YearChoice } from './year-choice.tsx';

export function EvaluationListPage({ me }: { me: Me }) {
  const { t } = useTranslation('performance');
  const [year, setYear] = useYear(me.programDate);
  const list = useApi<EvaluationList>(`${PERFORMANCE_API}/evaluations?year=${year}&limit=200`);
  const carrier = me.role === 'carrier';
  const deciding = me.role === 'contracting_officer' || me.role === 'program_administrator';
  return (
    <>
      <PageTitle>{carrier ? t('list.carrierTitle') : t('list.title')}</PageTitle>
      <p className="usa-intro">{carrier ? t('list.carrierIntro') : t('list.intro')}</p>
      <YearChoice id="performance-year" programDate={me.programDate} value={year} onChange={setYear} />
      <section aria-labelledby="evaluations-heading" className="margin-top-4">
        <h2 id="evaluations-heading">{t('list.heading', { year })}</h2>
        {list.error ? (
          <ProblemAlert problem={list.error} />
        ) : !list.data ? (
          <Loading what={t('list.loadingWhat')} />
        ) : list.data.items.length === 0 ? (
          <p>{t('list.none', { year })}</p>
        ) : (
          <EvaluationTable rows={list.data.items} year={year} />
        )}
      </section>
      {deciding ? <StartEvaluationForm year={year} onStarted={() => list.reload()} /> : null}
    </>
  );
}
