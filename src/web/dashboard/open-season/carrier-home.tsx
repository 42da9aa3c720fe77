// /dashboard for carriers: the open season calendar and the carrier's own plans in the catalogue in
// force. Program-wide figures cover other carriers' plans, which the API does not show a carrier, so
// the page says where those come from instead of offering links that would be refused.
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { Loading } from '../../layout/loading.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { PlanOfferPage } from '../dashboard-api-types.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { SeasonCalendar } from './season-calendar.tsx';

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
