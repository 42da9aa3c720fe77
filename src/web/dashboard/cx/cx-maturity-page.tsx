// /dashboard/cx/maturity for program staff: the five dimensions of A-11 Section 280 rated year by
// year with their evidence, the year's two focus areas and action plans (persona, owner, milestones,
// status), and the published HISP action plan and progress report the API writes from the data.
// Program administrators may record a rating; auditors read. The year is kept in the address.
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Me } from '../../api/session.tsx';
import { SelectField } from '../../forms/select-field.tsx';
import { Loading } from '../../layout/loading.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { ActionPlans, MaturityDocuments } from './cx-action-plans.tsx';
import { fiscalYearOf, maturityYears } from './cx-labels.ts';
import { RatingsByYear, YearRatings } from './cx-maturity-tables.tsx';
import { RatingForm } from './rating-form.tsx';
import { defaultYear, useMaturityYears } from './use-maturity-years.ts';

export function CxMaturityPage({ me }: { me: Me }) {
  const { t } = useTranslation('dashboard');
  const [params, setParams] = useSearchParams();
  const years = maturityYears(me.programDate);
  const { views, problem, reload } = useMaturityYears(years);
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : defaultYear(views, years, fiscalYearOf(me.programDate));
  const view = views?.get(year);
  const admin = me.role === 'program_administrator';
  return (
    <>
      <PageTitle>{t('cx.maturity.title')}</PageTitle>
      <p className="usa-intro">{t('cx.maturity.intro')}</p>
      <p>
        <Link className="usa-link" to="/dashboard/cx">
          {t('cx.maturity.dashboardLink')}
        </Link>
      </p>
      <SelectField
        id="cx-maturity-year"
        name="year"
        label={t('cx.maturity.year')}
        hint={t('cx.maturity.yearHint')}
        value={String(year)}
        onChange={(next) => setParams({ year: next }, { replace: true })}
        choices={years.map((y) => ({ value: String(y), label: t('cx.maturity.fy', { year: y }) }))}
      />
      {problem ? (
        <ProblemAlert problem={problem} />
      ) : !views ? (
        <Loading what={t('cx.maturity.loadingWhat')} />
      ) : (
        <>
          <RatingsByYear views={views} />
          {view ? (
            <>
              <YearRatings view={view} />
              <ActionPlans view={view} changes={admin ? { year, onChanged: reload } : null} />
              <MaturityDocuments year={year} />
            </>
          ) : (
            <p>{t('cx.maturity.notRecorded', { year })}</p>
          )}
          {admin ? <RatingForm year={year} onRecorded={reload} /> : null}
        </>
      )}
    </>
  );
}
