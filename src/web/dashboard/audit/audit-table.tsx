// One page of the audit log: when, who (and in which role), what was asked, about whom, which personal
// fields with it, why, and whether it was allowed, with the policy's reason.
import { Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { AuditEntry } from '../dashboard-api-types.ts';
import { ScrollableTable } from '../scrollable-table.tsx';

export function AuditTable({ entries, page }: { entries: readonly AuditEntry[]; page: number }) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const format = useFormat();
  // The day and the time on two lines keep the column narrow; both in the viewer's time zone, named.
  return (
    <ScrollableTable caption={t('audit.table', { page, count: entries.length })}>
      <thead>
        <tr>
          <th scope="col">{t('audit.columns.when')}</th>
          <th scope="col">{t('audit.columns.who')}</th>
          <th scope="col">{t('audit.columns.action')}</th>
          <th scope="col">{t('audit.columns.person')}</th>
          <th scope="col">{t('audit.columns.purpose')}</th>
          <th scope="col">{t('audit.columns.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="text-no-wrap">
              <time dateTime={entry.occurredAt}>
                {format.date(entry.occurredAt, 'medium')}
                <span className="display-block">{format.time(entry.occurredAt)}</span>
              </time>
            </td>
            <th scope="row">
              {entry.subject}
              <span className="display-block font-sans-2xs text-base-dark">
                {tc(`roles.${entry.role}`, { defaultValue: entry.role })}
              </span>
            </th>
            <td>
              <code>{entry.action}</code>
              {entry.fields.length > 0 ? (
                <span className="display-block font-sans-2xs">
                  {t('audit.fieldsRead', { fields: entry.fields.join(', ') })}
                </span>
              ) : null}
            </td>
            <td>{entry.personId ?? t('audit.noPerson')}</td>
            <td>{entry.purpose}</td>
            <td>
              <Tag className={entry.outcome === 'allowed' ? 'bg-green' : 'bg-secondary-dark'}>
                {t(`audit.outcomes.${entry.outcome}`)}
              </Tag>
              <span className="display-block font-sans-2xs text-base-dark" lang="en">
                {entry.reason}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
