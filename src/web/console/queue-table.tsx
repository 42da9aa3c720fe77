// The cases of a queue, oldest in the queue first, each with its caller, subject, SLA clock and a link to its workspace.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/format.ts';
import type { QueueItem } from './console-types.ts';
import type { PlanWords } from './plan-words.ts';
import { SlaClockText } from './sla-clock-text.tsx';

export function QueueTable({
  items,
  words,
  caption,
}: {
  items: readonly QueueItem[];
  words: PlanWords;
  caption: string;
}) {
  const { t } = useTranslation('console');
  const format = useFormat();
  return (
    <Table caption={caption} fullWidth stackedStyle="headers">
      <thead>
        <tr>
          <th scope="col">{t('queue.case')}</th>
          <th scope="col">{t('queue.caller')}</th>
          <th scope="col">{t('queue.requestType')}</th>
          <th scope="col">{t('queue.priority')}</th>
          <th scope="col">{t('queue.status')}</th>
          <th scope="col">{t('queue.waitingSince')}</th>
          <th scope="col">{t('queue.sla')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.caseId} data-testid={`queue-case-${item.caseId}`}>
            <th scope="row" data-label={t('queue.case')}>
              <Link className="usa-link" to={`/console/cases/${item.caseId}`}>
                {t('queue.caseLink', { id: item.caseId })}
              </Link>
            </th>
            <td data-label={t('queue.caller')}>
              <span className="display-block" data-testid="queue-caller">
                {item.callerName}
              </span>
              <span className="display-block text-base-dark font-body-3xs" data-testid="queue-subject">
                {item.subject}
              </span>
            </td>
            <td data-label={t('queue.requestType')}>
              {words.requestType(item.requestType)}
              <span className="display-block text-base-dark font-body-3xs">
                {words.value('channel', item.channel)}
              </span>
            </td>
            <td data-label={t('queue.priority')}>{words.value('priority', item.priority)}</td>
            <td data-label={t('queue.status')}>
              {words.value('status', item.status)}
              <span className="display-block text-base-dark font-body-3xs" data-testid="queue-assigned">
                {item.assignedTo ? t('queue.assignedTo', { who: item.assignedTo }) : t('queue.unassigned')}
              </span>
            </td>
            <td data-label={t('queue.waitingSince')}>{format.dateTime(item.queuedAt)}</td>
            <td data-label={t('queue.sla')}>
              <SlaClockText dueAt={item.dueAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
