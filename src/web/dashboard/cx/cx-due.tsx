// What quarterly CX data is due: each quarter's collection, its due day and state, with the quarter's
// data to download (the report as CSV and GSA Touchpoints' response upload).
import { Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { Loading } from '../../layout/loading.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { ScrollableTable } from '../scrollable-table.tsx';
import type { DueItem, DueList } from './cx-api-types.ts';
import type { CxWords } from './use-cx-words.ts';

const TAG_COLOR: Record<DueItem['status'], string> = {
  not_yet_due: 'bg-base-dark',
  due: 'bg-gold text-ink',
  overdue: 'bg-secondary-dark',
  done: 'bg-green',
};

const FORMATS = [
  ['csv', 'csv'],
  ['touchpoints-responses', 'touchpoints'],
] as const;

function Downloads({ item }: { item: DueItem }) {
  const { t } = useTranslation('dashboard');
  return (
    <>
      {FORMATS.map(([format, word], i) => (
        <span key={format}>
          {i > 0 ? ' · ' : null}
          <a
            className="usa-link"
            href={`/api/v1/cx/report?fiscalYear=${item.fiscalYear}&quarter=${item.quarter}&format=${format}`}
            download
            aria-label={t('cx.due.downloadLabel', {
              format: t(`cx.due.${word}`),
              year: item.fiscalYear,
              quarter: item.quarter,
            })}
          >
            {t(`cx.due.${word}`)}
          </a>
        </span>
      ))}
    </>
  );
}

export function CxDue({ words }: { words: CxWords }) {
  const { t } = useTranslation('dashboard');
  const due = useApi<DueList>('cx/due');
  return (
    <section aria-labelledby="cx-due-heading" className="margin-top-4">
      <h2 id="cx-due-heading">{t('cx.due.heading')}</h2>
      <p>{t('cx.due.intro')}</p>
      {due.error ? (
        <ProblemAlert problem={due.error} />
      ) : !due.data ? (
        <Loading what={t('cx.due.loadingWhat')} />
      ) : due.data.items.length === 0 ? (
        <p>{t('cx.due.none')}</p>
      ) : (
        <ScrollableTable caption={t('cx.due.tableCaption', { today: words.format.date(due.data.today) })}>
          <thead>
            <tr>
              <th scope="col">{t('cx.due.columns.quarter')}</th>
              <th scope="col">{t('cx.due.columns.dueOn')}</th>
              <th scope="col">{t('cx.due.columns.status')}</th>
              <th scope="col">{t('cx.due.columns.state')}</th>
              <th scope="col">{t('cx.due.columns.download')}</th>
            </tr>
          </thead>
          <tbody>
            {due.data.items.map((item) => (
              <tr key={`${item.service}-${item.fiscalYear}-${item.quarter}`}>
                <th scope="row">{t('cx.due.quarter', { year: item.fiscalYear, quarter: item.quarter })}</th>
                <td>{words.format.date(item.dueOn)}</td>
                <td>
                  <Tag className={TAG_COLOR[item.status]}>{t(`cx.due.statuses.${item.status}`)}</Tag>
                </td>
                <td>{t(`cx.due.states.${item.state ?? 'none'}`)}</td>
                <td>
                  <Downloads item={item} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}
