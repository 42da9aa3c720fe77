// The portal area: the enrollee's pages and their routes under /portal. Every page is about the signed-in
// enrollee's own record (me.personId); the API checks that again on every request.
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import type { Me } from '../api/session.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { RequireRole } from '../layout/require-role.tsx';
import { DocumentsPage } from './documents-page.tsx';
import { EligibilityPage } from './eligibility-page.tsx';
import { EnrollPage } from './enroll-page.tsx';
import { HelpPage } from './help-page.tsx';
import { HistoryPage } from './history-page.tsx';
import { LifeEventPage } from './life-event-page.tsx';
import { NoticePage } from './notice-page.tsx';
import { PlansPage } from './plans-page.tsx';
import { PORTAL_PAGES, type PortalPageKey } from './portal-pages.ts';
import { PortalHomePage } from './portal-home-page.tsx';
import { ReconsiderationPage } from './reconsideration-page.tsx';
import portalEn from '../i18n/locales/en/portal.json';
import portalEs from '../i18n/locales/es/portal.json';
import noticesEn from '../i18n/locales/en/notices.json';
import noticesEs from '../i18n/locales/es/notices.json';
import { addAreaTranslations } from '../i18n/i18n.ts';

addAreaTranslations('portal', { en: portalEn, es: portalEs });
addAreaTranslations('notices', { en: noticesEn, es: noticesEs });

/** A page about my own record, or a message when this sign-in is not linked to a person. */
function ForPerson({ me, children }: { me: Me; children: (personId: number) => ReactNode }) {
  const { t } = useTranslation('portal');
  if (me.personId === null) {
    return (
      <>
        <PageTitle>{t('home.title')}</PageTitle>
        <Alert type="warning">
          <AlertHeading level="h2">{t('home.noPerson.heading')}</AlertHeading>
          <AlertText>{t('home.noPerson.body')}</AlertText>
        </Alert>
      </>
    );
  }
  return <>{children(me.personId)}</>;
}

function PortalNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
    </>
  );
}

const PAGE_ELEMENTS: Record<PortalPageKey, (personId: number) => ReactNode> = {
  home: (id) => <PortalHomePage personId={id} />,
  eligibility: (id) => <EligibilityPage personId={id} />,
  plans: (id) => <PlansPage personId={id} />,
  enroll: (id) => <EnrollPage personId={id} />,
  lifeEvent: (id) => <LifeEventPage personId={id} />,
  reconsideration: (id) => <ReconsiderationPage personId={id} />,
  help: (id) => <HelpPage personId={id} />,
  history: (id) => <HistoryPage personId={id} />,
  documents: (id) => <DocumentsPage personId={id} />,
};

export default function PortalArea() {
  return (
    <RequireRole roles={['enrollee']}>
      {(me) => (
        <Routes>
          {PORTAL_PAGES.map((page) => (
            <Route
              key={page.key}
              {...(page.path ? { path: page.path } : { index: true })}
              element={<ForPerson me={me}>{PAGE_ELEMENTS[page.key]}</ForPerson>}
            />
          ))}
          <Route
            path="notices/:transitionId"
            element={<ForPerson me={me}>{(id) => <NoticePage personId={id} />}</ForPerson>}
          />
          <Route path="*" element={<PortalNotFound />} />
        </Routes>
      )}
    </RequireRole>
  );
}
