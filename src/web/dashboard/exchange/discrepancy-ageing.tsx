// The carrier's open reconciliation discrepancies: how many in each age bucket, then each one with
// its age, oldest first.
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { Loading } from '../../layout/loading.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { ScrollableTable } from '../scrollable-table.tsx';
import type { OpenDiscrepancies } from './exchange-api-types.ts';

export function DiscrepancyAgeing({ carrier }: { carrier?: string }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const query = carrier ? `?partner=${encodeURIComponent(carrier)}` : '';
  const open = useApi<OpenDiscrepancies>(`reconciliations/discrepancies${query}`);
  if (open.error) return <ProblemAlert problem={open.error} />;
  if (!open.data) return <Loading what={t('exchange.discrepancies.loadingWhat')} />;
  const { buckets, items, asOf } = open.data;
  return (
    <>
      <ScrollableTable caption={t('exchange.discrepancies.bucketsCaption', { date: format.date(asOf) })}>
        <thead>
          <tr>
            <th scope="col">{t('exchange.discrepancies.age')}</th>
            <th scope="col">{t('exchange.discrepancies.count')}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.bucket}>
              <th scope="row">{t(`exchange.buckets.${b.bucket}`)}</th>
              <td>{format.number(b.count)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {items.length === 0 ? (
        <p>{t('exchange.discrepancies.none')}</p>
      ) : (
        <ScrollableTable caption={t('exchange.discrepancies.itemsCaption', { count: items.length })}>
          <thead>
            <tr>
              <th scope="col">{t('exchange.discrepancies.member')}</th>
              {carrier ? null : <th scope="col">{t('exchange.carrier')}</th>}
              <th scope="col">{t('exchange.discrepancies.kind')}</th>
              <th scope="col">{t('exchange.discrepancies.exchangeValue')}</th>
              <th scope="col">{t('exchange.discrepancies.carrierValue')}</th>
              <th scope="col">{t('exchange.discrepancies.openedOn')}</th>
              <th scope="col">{t('exchange.discrepancies.days')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.memberId}</th>
                {carrier ? null : <td>{d.carrier}</td>}
                <td>{t(`exchange.discrepancyKinds.${d.kind}`, { defaultValue: d.kind })}</td>
                <td>{d.exchangeValue ?? t('exchange.none')}</td>
                <td>{d.carrierValue ?? t('exchange.none')}</td>
                <td>{format.date(d.openedOn)}</td>
                <td>{format.number(d.days)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </>
  );
}
