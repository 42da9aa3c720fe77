// What the carrier said and asked: its responses, and each reconsideration request (the finding it
// disputes, its grounds and evidence) with the decision that answered it.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import type { EvaluationEvent, EvaluationView } from './performance-api-types.ts';
import { chronological, detailText, formatFactor, reconsiderationRequests } from './performance-values.ts';

function elementName(evaluation: EvaluationView, elementId: string | null): string | null {
  if (!elementId) return null;
  return evaluation.proposal.elements.find((e) => e.elementId === elementId)?.label ?? elementId;
}

export function ReconsiderationList({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const responses = chronological(evaluation.events).filter((e) => e.kind === 'carrier_responded');
  const requests = reconsiderationRequests(evaluation.events);
  const decision = (event: EvaluationEvent) => {
    const outcome = detailText(event, 'outcome');
    const element = elementName(evaluation, event.elementId);
    return (
      <li key={event.id}>
        {t('reconsideration.decidedOn', {
          when: format.dateTime(event.recordedAt),
          author: event.author ?? '—',
        })}
        {outcome ? ` ${t(`reconsideration.outcomes.${outcome}`, { defaultValue: outcome })}.` : ''}
        {element && event.factor !== null
          ? ` ${t('reconsideration.newFactor', { element, factor: formatFactor(event.factor, format.locale) })}`
          : ''}
        {event.reason ? (
          <>
            {' '}
            <q lang="en">{event.reason}</q>
          </>
        ) : null}
      </li>
    );
  };
  if (responses.length === 0 && requests.length === 0) return <p>{t('reconsideration.none')}</p>;
  return (
    <>
      {responses.length > 0 ? (
        <>
          <h3>{t('reconsideration.responsesHeading')}</h3>
          <ul className="usa-list" data-testid="carrier-responses">
            {responses.map((response) => (
              <li key={response.id}>
                {t('reconsideration.respondedOn', {
                  when: format.dateTime(response.recordedAt),
                  author: response.author ?? '—',
                })}{' '}
                <q lang="en">{response.reason ?? detailText(response, 'text') ?? ''}</q>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {requests.map(({ request, decisions }, index) => {
        const element = elementName(evaluation, request.elementId);
        const evidence = detailText(request, 'evidence');
        const grounds = request.reason ?? detailText(request, 'grounds');
        return (
          <div key={request.id} className="margin-top-3" data-testid="reconsideration-request">
            <h3>{t('reconsideration.requestHeading', { number: index + 1 })}</h3>
            <p>
              {t('reconsideration.requestedOn', {
                when: format.dateTime(request.recordedAt),
                author: request.author ?? '—',
              })}{' '}
              {element ? t('reconsideration.aboutElement', { element }) : t('reconsideration.aboutAll')}
            </p>
            {grounds ? (
              <p>
                {t('reconsideration.grounds')} <q lang="en">{grounds}</q>
              </p>
            ) : null}
            {evidence ? (
              <p>
                {t('reconsideration.evidence')} <q lang="en">{evidence}</q>
              </p>
            ) : null}
            {decisions.length > 0 ? (
              <ul className="usa-list">{decisions.map(decision)}</ul>
            ) : (
              <p>{t('reconsideration.awaiting')}</p>
            )}
          </div>
        );
      })}
    </>
  );
}
