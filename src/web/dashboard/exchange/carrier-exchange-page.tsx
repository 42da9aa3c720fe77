// /dashboard/exchange: a carrier's page of the data exchange. A carrier user sees its own carrier;
// program staff choose one. Its files with their acknowledgment status, its open discrepancies by age,
// and a member's history as the carrier was told it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { DateRangeForm } from '../date-range-form.tsx';
import { useAddressRange } from '../use-address-range.ts';
import { CarrierChoice } from './carrier-choice.tsx';
import { CarrierFiles } from './carrier-files.tsx';
import { DiscrepancyAgeing } from './discrepancy-ageing.tsx';
import { MemberHistoryLookup } from './member-history-lookup.tsx';

export function CarrierExchangePage({ me }: { me: Me }) {
  const { t } = useTranslation('dashboard');
  const [carrier, setCarrier] = useState(me.role === 'carrier' ? (me.carrierCodes[0] ?? '') : '');
  const [range, setRange] = useAddressRange();
  return (
    <>
      <PageTitle>{t('exchange.title')}</PageTitle>
      <p className="usa-intro">{t('exchange.intro')}</p>
      <CarrierChoice me={me} value={carrier} onChange={setCarrier} />
      {carrier === '' ? (
        <p>{t('exchange.chooseFirst')}</p>
      ) : (
        <>
          <DateRangeForm
            id="exchange-range"
            legend={t('exchange.rangeLegend')}
            initial={range}
            onApply={setRange}
          />
          <p>{t('exchange.rangeNote')}</p>
          <section aria-labelledby="exchange-files-heading">
            <h2 id="exchange-files-heading">{t('exchange.files.heading', { carrier })}</h2>
            <CarrierFiles carrier={carrier} range={range} />
          </section>
          <section aria-labelledby="exchange-discrepancies-heading">
            <h2 id="exchange-discrepancies-heading">{t('exchange.discrepancies.heading')}</h2>
            <DiscrepancyAgeing carrier={carrier} range={range} />
          </section>
          <section aria-labelledby="exchange-history-heading">
            <h2 id="exchange-history-heading">{t('exchange.history.heading')}</h2>
            <p>{t('exchange.history.intro')}</p>
            <MemberHistoryLookup key={carrier} carrier={carrier} />
          </section>
        </>
      )}
    </>
  );
}
