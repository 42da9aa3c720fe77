// The whole history of a case, oldest first: who did what, when, for which partner, in their words.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import type { CaseEvent } from './console-types.ts';
import type { PlanWords } from './plan-words.ts';

function eventTitle(event: CaseEvent, words: PlanWords, t: TFunction<'console'>): string {
  switch (event.kind) {
    case 'transferred':
      return t('history.transferred', {
        from: words.partner(event.fromPartner ?? ''),
        to: words.partner(event.toPartner),
      });
    case 'escalated':
      return t('history.escalated', { to: words.partner(event.toPartner) });
    default:
      return words.value('eventKind', event.kind);
  }
}

export function CaseHistory({ events, words }: { events: readonly CaseEvent[]; words: PlanWords }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <ol className="usa-process-list" data-testid="case-history">
        {events.map((event) => (
          <li key={event.seq} className="usa-process-list__item padding-bottom-3">
            <h3 className="usa-process-list__heading font-sans-md">{eventTitle(event, words, t)}</h3>
            <p className="margin-top-05 text-base-dark font-body-2xs">
              {t('history.byline', {
                when: format.dateTime(event.recordedAt),
                who: event.actor.id,
                partner: event.actor.partner
                  ? words.partner(event.actor.partner)
                  : t(`roles.${event.actor.role}`, { defaultValue: event.actor.role }),
              })}
            </p>
            <p className="margin-top-1 text-pre-wrap">{event.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
