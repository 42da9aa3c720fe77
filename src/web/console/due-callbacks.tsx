// "Callbacks due" on the queue page: the open callbacks on the partner's cases that are past due or due
// within the next hour, oldest first, each with a link to its case.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { DueCallback } from './console-types.ts';

export function DueCallbacks({ partner }: { partner: string }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const due = useApi<{ items: DueCallback[] }>(
    `queues/${encodeURIComponent(partner)}/callbacks?due=next-hour`,
  );
  return (
    <section aria-labelledby="due-callbacks-heading" data-testid="due-callbacks">
      <h2 id="due-callbacks-heading">{t('callbacks.dueHeading')}</h2>
      {due.error ? <ProblemAlert problem={due.error} /> : null}
      {due.data && due.data.items.length === 0 ? <p>{t('callbacks.dueNone')}</p> : null}
      {due.data && due.data.items.length > 0 ? (
        <Table caption={t('callbacks.dueIntro')} fullWidth stackedStyle="headers">
          <thead>
            <tr>
              <th scope="col">{t('callbacks.dueAt')}</th>
              <th scope="col">{t('callbacks.caseColumn')}</th>
              <th scope="col">{t('callbacks.subject')}</th>
              <th scope="col">{t('callbacks.dueNote')}</th>
            </tr>
          </thead>
          <tbody>
            {due.data.items.map((callback) => (
              <tr key={callback.id}>
                <th scope="row" data-label={t('callbacks.dueAt')}>
                  {format.dateTime(callback.dueAt)}
                  {callback.overdue ? (
                    <span className="usa-tag bg-secondary-dark margin-left-1">{t('callbacks.overdue')}</span>
                  ) : null}
                </th>
                <td data-label={t('callbacks.caseColumn')}>
                  <Link className="usa-link" to={`/console/cases/${callback.caseId}`}>
                    {t('callbacks.dueCase', { id: callback.caseId })}
                  </Link>
                </td>
                <td data-label={t('callbacks.subject')}>{callback.subject}</td>
                <td data-label={t('callbacks.dueNote')}>{callback.note}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}
