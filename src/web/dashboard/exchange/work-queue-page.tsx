// /dashboard/work-queue: the reconciliation team's work queue, for program staff. Open exceptions to
// assign and resolve, and every carrier's open discrepancies by age, each to assign (a discrepancy closes when the
// carrier's next reconciliation no longer finds it).
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { DateRangeForm } from '../date-range-form.tsx';
import { useAddressRange } from '../use-address-range.ts';
import { DiscrepancyAgeing } from './discrepancy-ageing.tsx';
import { ExceptionQueue } from './exception-queue.tsx';

export function WorkQueuePage({ me }: { me: Me }) {
  const { t } = useTranslation('dashboard');
  const [range, setRange] = useAddressRange();
  return (
    <>
      <PageTitle>{t('exchange.queue.title')}</PageTitle>
      <p className="usa-intro">{t('exchange.queue.intro')}</p>
      <DateRangeForm
        id="queue-range"
        legend={t('exchange.queue.rangeLegend')}
        initial={range}
        onApply={setRange}
      />
      <p>{t('exchange.rangeNote')}</p>
      <section aria-labelledby="queue-exceptions-heading">
        <h2 id="queue-exceptions-heading">{t('exchange.queue.exceptionsHeading')}</h2>
        <ExceptionQueue me={me} range={range} />
      </section>
      <section aria-labelledby="queue-discrepancies-heading">
        <h2 id="queue-discrepancies-heading">{t('exchange.queue.discrepanciesHeading')}</h2>
        <p>{t('exchange.queue.discrepanciesIntro')}</p>
        <DiscrepancyAgeing me={me} range={range} />
      </section>
    </>
  );
}
