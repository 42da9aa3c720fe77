// The operations dashboard under /dashboard: a side menu of the pages the signed-in role may open (the
// API refuses the others) beside the page itself. A page outside the role is answered with the usual
// "not for your account" message rather than a broken page.
import { Grid, SideNav } from '@trussworks/react-uswds';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import type { Me } from '../api/session.tsx';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { RequireRole } from '../layout/require-role.tsx';
import { AuditPage } from './audit/audit-page.tsx';
import { ContactCenterPage } from './contact-center/contact-center-page.tsx';
import { CxMaturityPage } from './cx/cx-maturity-page.tsx';
import { CxPage } from './cx/cx-page.tsx';
import {
  DASHBOARD_PAGES,
  DASHBOARD_ROLES,
  hrefOf,
  pagesFor,
  type DashboardPageKey,
} from './dashboard-pages.ts';
import { CarrierExchangePage } from './exchange/carrier-exchange-page.tsx';
import { WorkQueuePage } from './exchange/work-queue-page.tsx';
import { CarrierHome } from './open-season/carrier-home.tsx';
import { OpenSeasonPage } from './open-season/open-season-page.tsx';
import { DocumentReviewPage } from './part-b-documents/document-review-page.tsx';
import { StaffingPage } from './staffing/staffing-page.tsx';
import { SupportPlanPage } from './support-plan/support-plan-page.tsx';
import dashboardEn from '../i18n/locales/en/dashboard.json';
import dashboardEs from '../i18n/locales/es/dashboard.json';
import { addAreaTranslations } from '../i18n/i18n.ts';

addAreaTranslations('dashboard', { en: dashboardEn, es: dashboardEs });

// Carrier performance is its own chunk, loaded when first visited.
const PerformanceArea = lazy(() => import('../performance/performance-area.tsx'));

function Performance({ me }: { me: Me }) {
  return (
    <Suspense fallback={<Loading />}>
      <PerformanceArea me={me} />
    </Suspense>
  );
}

function DashboardMenu({ me }: { me: Me }) {
  const { t } = useTranslation('dashboard');
  const items = pagesFor(me.role).map((page) => (
    <NavLink
      key={page.key}
      to={hrefOf(page)}
      end
      className={({ isActive }) => (isActive ? 'usa-current' : '')}
    >
      {t(`nav.${page.key}`)}
    </NavLink>
  ));
  return (
    <nav aria-label={t('nav.label')}>
      <SideNav items={items} />
    </nav>
  );
}

function StartPage({ me }: { me: Me }) {
  return me.role === 'carrier' ? <CarrierHome me={me} /> : <OpenSeasonPage />;
}

const PAGE_ELEMENTS: Record<DashboardPageKey, (me: Me) => React.ReactNode> = {
  openSeason: (me) => <StartPage me={me} />,
  exchange: (me) => <CarrierExchangePage me={me} />,
  workQueue: (me) => <WorkQueuePage me={me} />,
  partBDocuments: (me) => <DocumentReviewPage me={me} />,
  contactCenter: () => <ContactCenterPage />,
  staffing: () => <StaffingPage />,
  supportPlan: () => <SupportPlanPage />,
  audit: () => <AuditPage />,
  cx: () => <CxPage />,
  cxMaturity: (me) => <CxMaturityPage me={me} />,
  performance: (me) => <Performance me={me} />,
  performanceSummary: () => null,
};

function UnknownPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
    </>
  );
}

function DashboardFrame({ me }: { me: Me }) {
  const menu = pagesFor(me.role).length > 1;
  const routes = (
    <Routes>
      {DASHBOARD_PAGES.filter((page) => !page.menuOnly).map((page) => (
        <Route
          key={page.key}
          {...(page.path ? { path: page.nested ? `${page.path}/*` : page.path } : { index: true })}
          element={<RequireRole roles={page.roles}>{PAGE_ELEMENTS[page.key]}</RequireRole>}
        />
      ))}
      <Route path="*" element={<UnknownPage />} />
    </Routes>
  );
  if (!menu) return routes;
  return (
    <Grid row gap="lg">
      <Grid tablet={{ col: 3 }} className="margin-bottom-4">
        <DashboardMenu me={me} />
      </Grid>
      <Grid tablet={{ col: 9 }}>{routes}</Grid>
    </Grid>
  );
}

export default function DashboardArea() {
  return <RequireRole roles={DASHBOARD_ROLES}>{(me) => <DashboardFrame me={me} />}</RequireRole>;
}
