// The contact center's service level and abandonment over the same periods, per partner and for the
// network, with the plan's target.
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../scrollable-table.tsx';
import type { CxTrends } from './cx-api-types.ts';
import type { CxWords } from './use-cx-words.ts';

export function CxContactTable({ trends, words }: { trends: CxTrends; words: CxWords }) {
  const { t } = useTranslation('dashboard');
  const bucket = t(`cx.filters.buckets.${trends.bucket}`).toLowerCase();
  const share = (value: number | null) =>
    value === null ? t('cx.contact.notAvailable') : words.format.percent(value);
  return (
    <section aria-labelledby="cx-contact-heading">
      <h2 id="cx-contact-heading">{t('cx.contact.heading')}</h2>
      {trends.serviceLevelTarget !== null ? (
        <p>{t('cx.contact.target', { target: words.format.percent(trends.serviceLevelTarget, 0) })}</p>
      ) : null}
      {trends.contactCenter.length === 0 ? (
        <p>{t('cx.contact.none')}</p>
      ) : (
        <ScrollableTable caption={t('cx.contact.tableCaption', { bucket })}>
          <thead>
            <tr>
              <th scope="col">{t('cx.contact.columns.period')}</th>
              <th scope="col">{t('cx.contact.columns.partner')}</th>
              <th scope="col">{t('cx.contact.columns.offered')}</th>
              <th scope="col">{t('cx.contact.columns.serviceLevel')}</th>
              <th scope="col">{t('cx.contact.columns.abandonment')}</th>
            </tr>
          </thead>
          <tbody>
            {trends.contactCenter.map((row) => (
              <tr key={`${row.period}-${row.partner}`}>
                <th scope="row">{words.period(row.period, trends.bucket)}</th>
                <td>{words.partner(row.partner)}</td>
                <td>{words.format.number(row.offered)}</td>
                <td>{share(row.serviceLevel)}</td>
                <td>{share(row.abandonmentRate)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}
