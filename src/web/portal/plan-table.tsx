// The plan comparison table. Plain USWDS table markup rather than the Table component, because the
// rows and the table carry the data-testid attributes the page budget script counts (plan-table,
// plan-row), which the component does not pass on. Rows are memoized: a filter change re-renders only
// the table body, never per-row effects.
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat, type Formatters } from '../i18n/format.ts';
import type { PayFrequency, PlanOffer } from './portal-types.ts';

type Translate = TFunction<'portal'>;

const PlanRow = memo(function PlanRow({
  offer,
  current,
  t,
  format,
}: {
  offer: PlanOffer;
  current: boolean;
  t: Translate;
  format: Formatters;
}) {
  const plan =
    offer.plan.name === offer.carrier.name ? offer.option.name : `${offer.plan.name}: ${offer.option.name}`;
  return (
    <tr data-testid="plan-row">
      <td>{offer.carrier.name}</td>
      <th scope="row">
        {plan}
        {current ? <span className="usa-tag bg-green margin-left-1">{t('plans.current')}</span> : null}
        <span className="display-block font-body-3xs text-base-dark">
          {t('plans.code', { code: offer.enrollmentCode })}
        </span>
      </th>
      <td>{t(`types.${offer.enrollmentType}`)}</td>
      <td className="text-bold text-right font-mono-xs">{format.money(offer.premium.enrollee)}</td>
      <td className="text-right font-mono-xs">{format.money(offer.premium.government)}</td>
      <td className="text-right font-mono-xs">{format.money(offer.premium.total)}</td>
      <td>{offer.hdhp ? t('facts.yes') : t('facts.no')}</td>
      <td>
        {offer.serviceArea === 'nationwide'
          ? t('plans.nationwide')
          : t('plans.regional', { regions: offer.regions.join(', ') })}
      </td>
      <td>
        <Link className="usa-link" to={`/portal/enroll?plan=${encodeURIComponent(offer.enrollmentCode)}`}>
          {t('plans.choose')}
          <span className="usa-sr-only">
            {': '}
            {offer.carrier.name} {plan}, {t(`types.${offer.enrollmentType}`)}
          </span>
        </Link>
      </td>
    </tr>
  );
});

export function PlanTable({
  offers,
  payFrequency,
  currentCode,
}: {
  offers: readonly PlanOffer[];
  payFrequency: PayFrequency;
  currentCode: string | undefined;
}) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <table className="usa-table usa-table--striped usa-table--compact width-full" data-testid="plan-table">
      <caption>{t('plans.caption', { count: offers.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plans.columns.carrier')}</th>
          <th scope="col">{t('plans.columns.plan')}</th>
          <th scope="col">{t('plans.columns.type')}</th>
          <th scope="col">{t(`plans.columns.share.${payFrequency}`)}</th>
          <th scope="col">{t('plans.columns.government')}</th>
          <th scope="col">{t('plans.columns.total')}</th>
          <th scope="col">{t('plans.columns.hdhp')}</th>
          <th scope="col">{t('plans.columns.area')}</th>
          <th scope="col">
            <span className="usa-sr-only">{t('plans.columns.action')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {offers.map((offer) => (
          <PlanRow
            key={offer.enrollmentCode}
            offer={offer}
            current={offer.enrollmentCode === currentCode}
            t={t}
            format={format}
          />
        ))}
      </tbody>
    </table>
  );
}
