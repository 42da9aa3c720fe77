// The dashboard area: its pages and their routes under /dashboard.
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PageTitle } from '../layout/page-title.tsx';
import { RequireRole } from '../layout/require-role.tsx';

function DashboardHome() {
  const { t } = useTranslation('dashboard');
  return <PageTitle>{t('home.title')}</PageTitle>;
}

export default function DashboardArea() {
  return (
    <RequireRole roles={['program_administrator', 'auditor', 'carrier']}>
      {() => (
        <Routes>
          <Route index element={<DashboardHome />} />
        </Routes>
      )}
    </RequireRole>
  );
}
