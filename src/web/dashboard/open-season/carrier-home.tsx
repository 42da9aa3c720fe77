// /dashboard for carriers: the open season calendar, the enrollment counts of the carrier's own plans
// (the server sends no other carrier's) and its own plans in the catalogue in force. Program-wide figures cover other carriers' plans, which the API does not show a carrier, so
// the page says where those come from instead of offering links that would be refused.
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { Loading } from '../../layout/loading.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { CarrierEnrollments, PlanOfferPage } from '../dashboard-api-types.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { PlanCountsTable } from './plan-section.tsx';
import { SeasonCalendar } from './season-calendar.tsx';
import { useOpenSeasons } from './use-open-seasons.ts';

/** The carrier's own enrollments this open season; the server sends no other carrier's lines. */
function OwnEnrollments({ code, seasonId }: { code: string; seasonId: string }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const counts = useApi<CarrierEnrollments>(
    `open-seasons/${encodeURIComponent(seasonId)}/carriers/${encodeURIComponent(code)}/enrollments`,
  );
  if (counts.error) return <ProblemAlert problem={counts.error} />;
  if (!counts.data) return <Loading what={t('carrier.enrollmentsLoadingWhat')} />;
  const { byPlan, totals } = counts.data;
  if (byPlan.length === 0) return <p>{t('carrier.noEnrollments', { carrier: code })}</p>;
  return (
    <>
      <p data-testid={`carrier-enrollment-total-${code}`}>
        {t('carrier.enrollmentTotal', {
          count: totals.total,
          total: format.number(totals.total),
          automatic: format.number(totals.automatic),
          elected: format.number(totals.elected),
        })}
      </p>
      <PlanCountsTable
        caption={t('carrier.enrollmentsTable', { carrier: code })}
        lines={byPlan}
        withCarrier={false}
      />
    </>
  );
}

function OwnEnrollmentSection({ me }: { me: Me }) {
  const { t } = useTranslation('dashboard');
  const seasons = useOpenSeasons();
  return (
    <section aria-labelledby="own-enrollments-heading">
      <h2 id="own-enrollments-heading">{t('carrier.enrollmentsHeading')}</h2>
      {seasons.chosen ? <p>{t('carrier.enrollmentsIntro', { season: seasons.chosen.name })}</p> : null}
      {seasons.error ? (
        <ProblemAlert problem={seasons.error} />
      ) : !seasons.chosen ? (
        <Loading what={t('carrier.enrollmentsLoadingWhat')} />
      ) : (
        me.carrierCodes.map((code) => <OwnEnrollments key={code} code={code} seasonId={seasons.chosen!.id} />)
      )}
    </section>
  );
}

function OwnPlans({ me }: { me: Me }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  // Monthly premiums are the annuitants'; biweekly the employees' (the API's default).
  const plans = useApi<PlanOfferPage>('plans?limit=200');
  if (plans.error) return <ProblemAlert problem={plans.error} />;
  if (!plans.data) return <Loading what={t('carrier.loadingWhat')} />;
  const own = plans.data.items.filter((offer) => me.carrierCodes.includes(offer.carrier.code));
  if (own.length === 0) return <p>{t('carrier.noPlans')}</p>;
  return (
    <ScrollableTable caption={t('carrier.plansTable', { carriers: me.carrierCodes.join(', ') })}>
      <thead>
        <tr>
          <th scope="col">{t('openSeason.code')}</th>
          <th scope="col">{t('openSeason.option')}</th>
          <th scope="col">{t('openSeason.enrollmentType')}</th>
          <th scope="col">{t('carrier.enrolleeShare')}</th>
          <th scope="col">{t('carrier.governmentShare')}</th>
          <th scope="col">{t('carrier.totalPremium')}</th>
        </tr>
      </thead>
      <tbody>
        {own.map((offer) => (
          <tr key={offer.enrollmentCode}>
            <th scope="row">{offer.enrollmentCode}</th>
            <td>
              {offer.plan.name}, {offer.option.name}
            </td>
            <td>{t(`enrollmentTypes.${offer.enrollmentType}`)}</td>
            <td>{format.money(offer.premium.enrollee)}</td>
            <td>{format.money(offer.premium.government)}</td>
            <td>{format.money(offer.premium.total)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

export function CarrierHome({ me }: { me: Me }) {
  const { t } = useTranslation('dashboard');
  return (
    <>
      <PageTitle>{t('carrier.title')}</PageTitle>
      <p className="usa-intro">{t('carrier.intro')}</p>
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t('carrier.calendarHeading')}</h2>
        <SeasonCalendar />
      </section>
      <OwnEnrollmentSection me={me} />
      <section aria-labelledby="own-plans-heading">
        <h2 id="own-plans-heading">{t('carrier.plansHeading')}</h2>
        <p>{t('carrier.plansIntro')}</p>
        <OwnPlans me={me} />
      </section>
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t('carrier.reportsHeading')}</h2>
        <p>{t('carrier.reportsBody')}</p>
      </section>
    </>
  );
}
