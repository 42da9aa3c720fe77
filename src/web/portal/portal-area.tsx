// The portal area: the enrollee's pages and their routes under /portal. Every page is about the signed-in
// enrollee's own record (me.personId); the API checks that again on every request.
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import type { Me } from '../api/session.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { RequireRole } from '../layout/require-role.tsx';
import { EligibilityPage } from './eligibility-page.tsx';
import { EnrollPage } from './enroll-page.tsx';
import { HelpPage } from './help-page.tsx';
import { HistoryPage } from './history-page.tsx';
import { LifeEventPage } from './life-event-page.tsx';
import { PlansPage } from './plans-page.tsx';
import { PortalHomePage } from './portal-home-page.tsx';
import { ReconsiderationPage } from './reconsideration-page.tsx';
import portalEn from '../i18n/locales/en/portal.json';
import portalEs from '../i18n/locales/es/portal.json';
import { addAreaTranslations } from '../i18n/i18n.ts';

addAreaTranslations('portal', { en: portalEn, es: portalEs });

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

export default function PortalArea() {
  const page = (me: Me, render: (personId: number) => ReactNode) => <ForPerson me={me}>{render}</ForPerson>;
  return (
    <RequireRole roles={['enrollee']}>
      {(me) => (
        <Routes>
          <Route
            index
            element={page(me, (id) => (
              <PortalHomePage personId={id} />
            ))}
          />
          <Route
            path="eligibility"
            element={page(me, (id) => (
              <EligibilityPage personId={id} />
            ))}
          />
          <Route
            path="plans"
            element={page(me, (id) => (
              <PlansPage personId={id} />
            ))}
          />
          <Route
            path="enroll"
            element={page(me, (id) => (
              <EnrollPage personId={id} />
            ))}
          />
          <Route
            path="life-event"
            element={page(me, (id) => (
              <LifeEventPage personId={id} />
            ))}
          />
          <Route
            path="reconsideration"
            element={page(me, (id) => (
              <ReconsiderationPage personId={id} />
            ))}
          />
          <Route
            path="help"
            element={page(me, (id) => (
              <HelpPage personId={id} />
            ))}
          />
          <Route
            path="history"
            element={page(me, (id) => (
              <HistoryPage personId={id} />
            ))}
          />
          <Route path="*" element={<PortalNotFound />} />
        </Routes>
      )}
    </RequireRole>
  );
}
