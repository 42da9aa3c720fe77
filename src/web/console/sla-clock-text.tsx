// A case's due time with its clock in plain words: "Due Nov 23, 2026, 6:56 PM EST: 2 days, 3 hours
// left", or "Overdue by 5 hours". The tag says the urgency in words, never by colour alone.
import { Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { durationWords, slaClock } from './sla-clock.ts';
import { useNow } from './use-now.ts';

const TAG_CLASS = {
  overdue: 'bg-secondary-dark',
  'due-soon': 'bg-accent-warm-darker',
  'on-track': 'bg-primary-dark',
} as const;

export function SlaClockText({ dueAt, resolvedAt }: { dueAt: string; resolvedAt?: string | null }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const now = useNow();
  if (resolvedAt) {
    return <span>{t('sla.resolved', { due: format.dateTime(dueAt) })}</span>;
  }
  const clock = slaClock(dueAt, now);
  const time = durationWords(clock.minutes, format.locale);
  return (
    <span>
      <Tag className={`${TAG_CLASS[clock.urgency]} margin-right-1`}>{t(`sla.urgency.${clock.urgency}`)}</Tag>
      <span className="display-block margin-top-05">
        {clock.urgency === 'overdue' ? t('sla.overdueBy', { time }) : t('sla.timeLeft', { time })}
      </span>
      <span className="display-block text-base-dark font-body-3xs">
        {t('sla.due', { due: format.dateTime(dueAt) })}
      </span>
    </span>
  );
}
