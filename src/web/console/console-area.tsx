// The support console: for support specialists of every partner and for the program office. Its pages
// under /console: the queue (home), the caller search with a new case, and the case workspace.
import { Route, Routes } from 'react-router';
import { RequireRole } from '../layout/require-role.tsx';
import { CallerSearchPage } from './caller-search-page.tsx';
import { CaseWorkspacePage } from './case-workspace-page.tsx';
import { QueuePage } from './queue-page.tsx';
import consoleEn from '../i18n/locales/en/console.json';
import consoleEs from '../i18n/locales/es/console.json';
import { addAreaTranslations } from '../i18n/i18n.ts';

addAreaTranslations('console', { en: consoleEn, es: consoleEs });

export default function ConsoleArea() {
  return (
    <RequireRole roles={['support_specialist', 'program_administrator']}>
      {(me) => (
        <Routes>
          <Route index element={<QueuePage me={me} />} />
          <Route path="search" element={<CallerSearchPage />} />
          <Route path="cases/:id" element={<CaseWorkspacePage key={me.subject} me={me} />} />
        </Routes>
      )}
    </RequireRole>
  );
}
