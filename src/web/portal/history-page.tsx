// /portal/history: every change recorded on my enrollment (lifecycle transitions, each with its
// confirmation number, the decision in a sentence, the paragraphs applied and its notice to print or save
// as PDF) and the enrollment events behind my coverage, with the plans by name.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { CitationList } from './citation-list.tsx';
import { noticeOfTransition, useDecisionSentence } from './decision-notice.tsx';
import { useNoticeWords, type NoticeWords } from './notice-words.ts';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import { RecordTable } from './record-table.tsx';
import type { EnrollmentEvent, EnrollmentStanding, LifecycleTransition, Page } from './portal-types.ts';

function Transitions({ items, words }: { items: readonly LifecycleTransition[]; words: NoticeWords }) {
  const { t } = useTranslation('portal');
  const { t: tn } = useTranslation('notices');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const sentence = useDecisionSentence();
  return (
    <RecordTable
      items={[...items].reverse()}
      caption={t('history.transitions.caption')}
      headers={[
        t('history.transitions.what'),
        tn('history.confirmation'),
        t('history.transitions.effective'),
        t('history.transitions.notice'),
      ]}
      empty={t('history.transitions.none')}
    >
      {(item) => (
        <tr key={item.id} data-testid="transition-row">
          <th scope="row">
            {t(`actions.${item.action}`, { defaultValue: tn('events.other') })}
            <span className="display-block font-body-3xs text-base-dark">
              {tc('dates.decidedOn', { date: format.date(item.decidedOn) })}
            </span>
            <span className="display-block font-body-3xs text-base-dark">
              {t('history.transitions.recorded', { when: format.dateTime(item.recordedAt) })}
            </span>
          </th>
          <td>
            <span className="font-mono-xs text-bold text-no-wrap" data-testid="history-confirmation">
              {item.confirmationNumber}
            </span>
          </td>
          <td>{format.date(item.effectiveOn)}</td>
          <td>
            <span data-testid="history-decision">{sentence(noticeOfTransition(item), words)}</span>
            <CitationList citations={item.citations} />
            <Link
              className="usa-link display-block margin-bottom-1"
              to={`/portal/notices/${item.id}`}
              data-testid="history-notice-link"
            >
              {tn('history.print')}
              <span className="usa-sr-only">
                {': '}
                {tn('history.printFor', {
                  what: t(`actions.${item.action}`, { defaultValue: tn('events.other') }),
                  date: format.date(item.decidedOn),
                })}
              </span>
            </Link>
            <Link className="usa-link" to={`/portal/reconsideration?transition=${item.id}`}>
              {t('history.transitions.reconsider')}
              <span className="usa-sr-only">
                {': '}
                {t(`actions.${item.action}`, { defaultValue: tn('events.other') })},{' '}
                {format.date(item.decidedOn)}
              </span>
            </Link>
          </td>
        </tr>
      )}
    </RecordTable>
  );
}

function Events({ items, words }: { items: readonly EnrollmentEvent[]; words: NoticeWords }) {
  const { t } = useTranslation('portal');
  const { t: tn } = useTranslation('notices');
  const format = useFormat();
  return (
    <RecordTable
      items={[...items].reverse()}
      caption={t('history.events.caption')}
      headers={[
        t('history.events.what'),
        tn('history.plan'),
        t('history.events.effective'),
        t('history.events.why'),
      ]}
      empty={t('history.events.none')}
    >
      {(item) => (
        <tr key={item.id}>
          <th scope="row">
            {t(`events.${item.eventType}`, {
              defaultValue: t(`actions.${item.eventType}`, { defaultValue: tn('events.other') }),
            })}
          </th>
          <td>{words.plan(item.enrollmentCode, item.enrollmentType)}</td>
          <td>{format.date(item.effectiveOn)}</td>
          <td>
            {words.event(item.eventType, item.enrollmentCode, item.enrollmentType)}
            <CitationList citations={item.citations} />
          </td>
        </tr>
      )}
    </RecordTable>
  );
}

export function HistoryPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const transitions = useApi<Page<LifecycleTransition>>(`persons/${personId}/transitions?limit=200`);
  const events = useApi<Page<EnrollmentEvent>>(`persons/${personId}/enrollments?limit=200`);
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const words = useNoticeWords(standing.data?.state.enrolleeKind);
  const title = t('history.title');
  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('history.intro')}</p>
      <h2>{t('history.transitions.heading')}</h2>
      {transitions.error ? <ProblemAlert problem={transitions.error} /> : null}
      {transitions.data ? <Transitions items={transitions.data.items} words={words} /> : <Loading />}
      <h2>{t('history.events.heading')}</h2>
      {events.error ? <ProblemAlert problem={events.error} /> : null}
      {events.data ? <Events items={events.data.items} words={words} /> : <Loading />}
    </>
  );
}
