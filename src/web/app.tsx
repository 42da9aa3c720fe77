// The routes. Each area (enrollee portal, support console, operations dashboard) is its own chunk,
// loaded when first visited, and defines its own pages under its prefix.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { SessionProvider } from './api/session.tsx';
import { LandingPage } from './landing/landing-page.tsx';
import { Loading } from './layout/loading.tsx';
import { PageLayout } from './layout/page-layout.tsx';
import { PageTitle } from './layout/page-title.tsx';

const PortalArea = lazy(() => import('./portal/portal-area.tsx'));
const ConsoleArea = lazy(() => import('./console/console-area.tsx'));
const DashboardArea = lazy(() => import('./dashboard/dashboard-area.tsx'));

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

const router = createBrowserRouter([
  {
    element: <Frame />,
    children: [
      { path: '/', element: <LandingPage /> },
      { path: '/portal/*', element: <PortalArea /> },
      { path: '/console/*', element: <ConsoleArea /> },
      { path: '/dashboard/*', element: <DashboardArea /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
