// The caller's one timeline, newest first: the requests they sent from the portal, the cases about
// them, the changes recorded on their enrollment and the decision notices (GET persons/{id}/timeline).
// Read like their enrollment: while no case about them is with the specialist's partner, the API
// answers as if the person did not exist, which is said here in plain words.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEntry } from '../../support/cases/person-timeline.ts';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { PlanWords } from './plan-words.ts';

function entryTitle(entry: TimelineEntry, t: TFunction<'console'>): string {
  switch (entry.kind) {
    case 'portal_request':
    case 'case':
      return t(`timeline.kinds.${entry.kind}`, { id: entry.caseId });
    case 'transition':
      return t('timeline.kinds.transition', {
        action: t(`timeline.actions.${entry.action}`, { defaultValue: entry.action }),
      });
    case 'notice':
      return t(`timeline.notices.${entry.notice}`);
  }
}

function EntryDetail({
  entry,
  words,
  currentCase,
}: {
  entry: TimelineEntry;
  words: PlanWords;
  currentCase: number;
}) {
  const { t } = useTranslation('console');
  const format = useFormat();
  switch (entry.kind) {
    case 'portal_request':
    case 'case':
      return (
        <>
          <p className="margin-y-05">{entry.subject}</p>
          <p className="margin-y-05 text-base-dark font-body-2xs">
            {t('timeline.caseFacts', {
              type: words.requestType(entry.requestType),
              status: words.value('status', entry.status),
              partner: words.partner(entry.partner),
            })}
          </p>
          {entry.caseId === currentCase ? (
            <p className="margin-y-05 text-bold font-body-2xs">{t('timeline.thisCase')}</p>
          ) : (
            <Link className="usa-link font-body-2xs" to={`/console/cases/${entry.caseId}`}>
              {t('timeline.openCase', { id: entry.caseId })}
            </Link>
          )}
        </>
      );
    case 'transition':
      return (
        <p className="margin-y-05 font-body-2xs">
          {t('timeline.transitionFacts', {
            from: t(`enrollmentStatus.${entry.from}`, { defaultValue: entry.from }),
            to: t(`enrollmentStatus.${entry.to}`, { defaultValue: entry.to }),
            date: format.date(entry.effectiveOn),
          })}
        </p>
      );
    case 'notice':
      return (
        <p className="margin-y-05 font-body-2xs">
          {t(`timeline.noticeFacts.${entry.result}`, { date: format.date(entry.decidedOn) })}
        </p>
      );
  }
}

export function PersonTimeline({
  personId,
  currentCase,
  words,
}: {
  personId: number;
  currentCase: number;
  words: PlanWords;
}) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const timeline = useApi<{ items: TimelineEntry[] }>(`persons/${personId}/timeline?limit=50`);
  const body = () => {
    if (timeline.error?.status === 403 || timeline.error?.status === 404)
      return <p data-testid="timeline-forbidden">{t('timeline.forbidden')}</p>;
    if (timeline.error) return <ProblemAlert problem={timeline.error} />;
    if (!timeline.data) return <Loading what={t('timeline.loadingWhat')} />;
    if (timeline.data.items.length === 0) return <p>{t('timeline.empty')}</p>;
    return (
      <ol className="usa-list usa-list--unstyled" data-testid="person-timeline">
        {timeline.data.items.map((entry, index) => (
          <li
            key={`${entry.kind}-${entry.at}-${index}`}
            className="border-left-05 border-base-lighter padding-left-1 margin-bottom-2"
            data-kind={entry.kind}
          >
            <h3 className="margin-0 font-sans-xs">{entryTitle(entry, t)}</h3>
            <p className="margin-y-05 text-base-dark font-body-3xs">{format.dateTime(entry.at)}</p>
            <EntryDetail entry={entry} words={words} currentCase={currentCase} />
          </li>
        ))}
      </ol>
    );
  };
  return (
    <section aria-labelledby="timeline-heading" className="margin-top-2">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      <p className="margin-top-0 font-body-2xs">{t('timeline.intro')}</p>
      {body()}
    </section>
  );
}
