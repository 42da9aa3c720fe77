// The evaluation's whole history, oldest first: every step with when it was recorded, the day it took
// effect, who took it, the element and factor or amount it concerned, and the reason given. Nothing in
// it is ever changed or removed; a later step is a new line.
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../dashboard/scrollable-table.tsx';
import { useFormat } from '../i18n/format.ts';
import type { EvaluationView } from './performance-api-types.ts';
import { chronological, formatFactor } from './performance-values.ts';

export function EventHistory({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const events = chronological(evaluation.events);
  const label = (elementId: string | null) =>
    elementId
      ? (evaluation.proposal.elements.find((e) => e.elementId === elementId)?.label ?? elementId)
      : '';
  if (events.length === 0) return <p>{t('history.none')}</p>;
  return (
    <ScrollableTable caption={t('history.caption', { count: events.length })}>
      <thead>
        <tr>
          <th scope="col">{t('history.when')}</th>
          <th scope="col">{t('history.what')}</th>
          <th scope="col">{t('history.figure')}</th>
          <th scope="col">{t('history.author')}</th>
          <th scope="col">{t('history.reason')}</th>
        </tr>
      </thead>
      <tbody data-testid="event-history">
        {events.map((event) => (
          <tr key={event.id}>
            <td>
              {format.dateTime(event.recordedAt)}
              {event.effectiveOn ? (
                <span className="display-block font-sans-3xs text-base-dark">
                  {t('history.effective', { date: format.date(event.effectiveOn) })}
                </span>
              ) : null}
            </td>
            <th scope="row">
              {t(`events.${event.kind}`, { defaultValue: event.kind })}
              {event.elementId ? (
                <span className="display-block font-sans-3xs" lang="en">
                  {label(event.elementId)}
                </span>
              ) : null}
            </th>
            <td>
              {[
                event.factor !== null ? formatFactor(event.factor, format.locale) : null,
                event.amountCents !== null ? format.money(event.amountCents) : null,
              ]
                .filter(Boolean)
                .join(' · ') || '—'}
            </td>
            <td>{event.author ?? '—'}</td>
            <td lang="en">{event.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
