// The console area: its pages and their routes under /console.
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PageTitle } from '../layout/page-title.tsx';
import { RequireRole } from '../layout/require-role.tsx';

function ConsoleHome() {
  const { t } = useTranslation('console');
  return <PageTitle>{t('home.title')}</PageTitle>;
}

export default function ConsoleArea() {
  return (
    <RequireRole roles={['support_specialist', 'program_administrator']}>
      {() => (
        <Routes>
          <Route index element={<ConsoleHome />} />
        </Routes>
      )}
    </RequireRole>
  );
}
