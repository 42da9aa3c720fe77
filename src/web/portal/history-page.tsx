// /portal/history: every change recorded on my enrollment (lifecycle transitions, with the decision
// each one explained and the paragraphs applied) and the enrollment events behind my coverage.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { CitationList } from './citation-list.tsx';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import { RecordTable } from './record-table.tsx';
import type { EnrollmentEvent, LifecycleTransition, Page } from './portal-types.ts';

function Transitions({ items }: { items: readonly LifecycleTransition[] }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <RecordTable
      items={[...items].reverse()}
      caption={t('history.transitions.caption')}
      headers={[
        t('history.transitions.what'),
        t('history.transitions.change'),
        t('history.transitions.effective'),
        t('history.transitions.notice'),
      ]}
      empty={t('history.transitions.none')}
    >
      {(item) => (
        <tr key={item.id} data-testid="transition-row">
          <th scope="row">
            {t(`actions.${item.action}`, { defaultValue: item.action })}
            <span className="display-block font-body-3xs text-base-dark">
              {t('history.transitions.recorded', { when: format.dateTime(item.recordedAt) })}
            </span>
          </th>
          <td>
            {t('history.transitions.fromTo', {
              from: t(`status.${item.from}`, { defaultValue: item.from }),
              to: t(`status.${item.to}`, { defaultValue: item.to }),
            })}
          </td>
          <td>{format.date(item.effectiveOn)}</td>
          <td>
            <span lang="en">{item.explanation}</span>
            <CitationList citations={item.citations} />
            <Link className="usa-link" to={`/portal/reconsideration?transition=${item.id}`}>
              {t('history.transitions.reconsider')}
              <span className="usa-sr-only">
                {': '}
                {t(`actions.${item.action}`, { defaultValue: item.action })},{' '}
                {format.dateTime(item.recordedAt)}
              </span>
            </Link>
          </td>
        </tr>
      )}
    </RecordTable>
  );
}

function Events({ items }: { items: readonly EnrollmentEvent[] }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <RecordTable
      items={[...items].reverse()}
      caption={t('history.events.caption')}
      headers={[
        t('history.events.what'),
        t('history.events.coverage'),
        t('history.events.effective'),
        t('history.events.why'),
      ]}
      empty={t('history.events.none')}
    >
      {(item) => (
        <tr key={item.id}>
          <th scope="row">{t(`events.${item.eventType}`, { defaultValue: item.eventType })}</th>
          <td>
            {item.enrollmentCode
              ? `${item.enrollmentCode}${item.enrollmentType ? `, ${t(`types.${item.enrollmentType}`, { defaultValue: item.enrollmentType })}` : ''}`
              : t('facts.none')}
          </td>
          <td>{format.date(item.effectiveOn)}</td>
          <td>
            <span lang="en">{item.reason}</span>
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
  const title = t('history.title');
  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('history.intro')}</p>
      <h2>{t('history.transitions.heading')}</h2>
      {transitions.error ? <ProblemAlert problem={transitions.error} /> : null}
      {transitions.data ? <Transitions items={transitions.data.items} /> : <Loading />}
      <h2>{t('history.events.heading')}</h2>
      {events.error ? <ProblemAlert problem={events.error} /> : null}
      {events.data ? <Events items={events.data.items} /> : <Loading />}
    </>
  );
}
