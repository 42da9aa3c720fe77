// The portal area: its pages and their routes under /portal.
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PageTitle } from '../layout/page-title.tsx';
import { RequireRole } from '../layout/require-role.tsx';

function PortalHome() {
  const { t } = useTranslation('portal');
  return <PageTitle>{t('home.title')}</PageTitle>;
}

export default function PortalArea() {
  return (
    <RequireRole roles={['enrollee']}>
      {() => (
        <Routes>
          <Route index element={<PortalHome />} />
        </Routes>
      )}
    </RequireRole>
  );
}
