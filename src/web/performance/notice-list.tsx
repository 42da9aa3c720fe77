// The findings notices sent to the carrier, each as a web page and a PDF made from the same document,
// with the day it was issued and the day a response is due.
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../dashboard/scrollable-table.tsx';
import { useFormat } from '../i18n/format.ts';
import type { EvaluationView } from './performance-api-types.ts';

export function NoticeList({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  if (evaluation.notices.length === 0) return <p>{t('notices.none')}</p>;
  return (
    <ScrollableTable caption={t('notices.caption', { count: evaluation.notices.length })}>
      <thead>
        <tr>
          <th scope="col">{t('notices.kind')}</th>
          <th scope="col">{t('notices.issuedOn')}</th>
          <th scope="col">{t('notices.responseDueOn')}</th>
          <th scope="col">{t('notices.documents')}</th>
        </tr>
      </thead>
      <tbody>
        {evaluation.notices.map((notice) => (
          <tr key={notice.id}>
            <th scope="row">{t(`notices.kinds.${notice.kind}`, { defaultValue: notice.kind })}</th>
            <td>{format.date(notice.issuedOn)}</td>
            <td>{notice.responseDueOn ? format.date(notice.responseDueOn) : '—'}</td>
            <td>
              <a className="usa-link display-block" href={notice.htmlUrl} target="_blank" rel="noreferrer">
                {t('notices.html', { date: format.date(notice.issuedOn) })}
              </a>
              <a className="usa-link display-block margin-top-05" href={notice.pdfUrl} download>
                {t('notices.pdf', { date: format.date(notice.issuedOn) })}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
