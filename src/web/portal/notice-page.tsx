// /portal/notices/:transitionId: one recorded change's decision notice on a page of its own, to print or
// save as PDF with the browser (the print stylesheet in app.css leaves out the site's header, menus,
// footer and buttons, so the paper or PDF holds the notice alone; Chromium's "Save as PDF" writes it
// tagged, with its headings and lists, for screen readers). The document's language is the page's:
// <html lang> follows the chosen language (i18n.ts), and Chromium writes it as the PDF's /Lang, so a
// notice read in Spanish prints and saves as a Spanish document; the notice itself says so too.
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { DecisionNotice, noticeOfTransition } from './decision-notice.tsx';
import { useNoticeWords } from './notice-words.ts';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import type { EnrollmentStanding, LifecycleTransition, Page } from './portal-types.ts';

export function NoticePage({ personId }: { personId: number }) {
  const { t, i18n } = useTranslation('notices');
  const { t: tp } = useTranslation('portal');
  const format = useFormat();
  const { transitionId } = useParams();
  const transitions = useApi<Page<LifecycleTransition>>(`persons/${personId}/transitions?limit=200`);
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const words = useNoticeWords(standing.data?.state.enrolleeKind);
  const record = transitions.data?.items.find((item) => String(item.id) === transitionId);
  const title = t('notice.title');
  return (
    <>
      <div className="print-hidden">
        <PortalBreadcrumb current={title} />
      </div>
      <PageTitle>{title}</PageTitle>
      {transitions.error ? <ProblemAlert problem={transitions.error} /> : null}
      {transitions.loading ? <Loading /> : null}
      {transitions.data && !record ? <p data-testid="notice-not-found">{t('notice.notFound')}</p> : null}
      {record ? (
        <article aria-labelledby="notice-action" data-testid="notice-page" lang={i18n.language}>
          <h2 id="notice-action">{tp(`actions.${record.action}`)}</h2>
          <p className="text-base-dark">
            {t('notice.recorded', { when: format.dateTime(record.recordedAt) })}
          </p>
          <DecisionNotice subject={noticeOfTransition(record)} words={words} headingLevel="h3" />
        </article>
      ) : null}
      <div className="print-hidden margin-top-3">
        {record ? (
          <>
            <Button type="button" onClick={() => window.print()} data-testid="notice-print">
              {t('notice.print')}
            </Button>
            <p className="usa-hint">{t('notice.printHere')}</p>
          </>
        ) : null}
        <p>
          <Link className="usa-link" to="/portal/history">
            {t('notice.back')}
          </Link>
        </p>
      </div>
    </>
  );
}
