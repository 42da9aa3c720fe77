// The routes, made from the app's route list (app-pages.ts). Each area (enrollee portal, support
// console, operations dashboard, the public survey form) is its own chunk, loaded when first visited, and defines its own pages
// under its prefix.
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { SessionProvider } from './api/session.tsx';
import { APP_AREAS, routePathOf, type AppAreaKey } from './app-pages.ts';
import { LandingPage } from './landing/landing-page.tsx';
import { Loading } from './layout/loading.tsx';
import { PageLayout } from './layout/page-layout.tsx';
import { PageTitle } from './layout/page-title.tsx';

const PortalArea = lazy(() => import('./portal/portal-area.tsx'));
const ConsoleArea = lazy(() => import('./console/console-area.tsx'));
const DashboardArea = lazy(() => import('./dashboard/dashboard-area.tsx'));
const SurveyArea = lazy(() => import('./survey/survey-area.tsx'));
const PlansArea = lazy(() => import('./plans/plans-area.tsx'));

function Frame() {
  return (
    <SessionProvider>
      <PageLayout>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </PageLayout>
    </SessionProvider>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
    </>
  );
}

const AREA_ELEMENTS: Record<AppAreaKey, ReactNode> = {
  landing: <LandingPage />,
  portal: <PortalArea />,
  console: <ConsoleArea />,
  dashboard: <DashboardArea />,
  survey: <SurveyArea />,
  plans: <PlansArea />,
};

const router = createBrowserRouter([
  {
    element: <Frame />,
    children: [
      ...APP_AREAS.map((area) => ({ path: routePathOf(area), element: AREA_ELEMENTS[area.key] })),
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
