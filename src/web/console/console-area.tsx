// The support console: for support specialists of every partner and for the program office. Its pages
// under /console: the queue (home), the caller search with a new case, and the case workspace.
import { Route, Routes } from 'react-router';
import type { Me } from '../api/session.tsx';
import { RequireRole } from '../layout/require-role.tsx';
import { CallerSearchPage } from './caller-search-page.tsx';
import { CaseWorkspacePage } from './case-workspace-page.tsx';
import { CONSOLE_PAGES, CONSOLE_ROLES, type ConsolePageKey } from './console-pages.ts';
import { QueuePage } from './queue-page.tsx';
import consoleEn from '../i18n/locales/en/console.json';
import consoleEs from '../i18n/locales/es/console.json';
import noticesEn from '../i18n/locales/en/notices.json';
import noticesEs from '../i18n/locales/es/notices.json';
import { addAreaTranslations } from '../i18n/i18n.ts';

addAreaTranslations('console', { en: consoleEn, es: consoleEs });
// The decisions and refusals the console shows are said with the portal's notice sentences.
addAreaTranslations('notices', { en: noticesEn, es: noticesEs });

const PAGE_ELEMENTS: Record<ConsolePageKey, (me: Me) => React.ReactNode> = {
  queue: (me) => <QueuePage me={me} />,
  search: () => <CallerSearchPage />,
  case: (me) => <CaseWorkspacePage key={me.subject} me={me} />,
};

export default function ConsoleArea() {
  return (
    <RequireRole roles={CONSOLE_ROLES}>
      {(me) => (
        <Routes>
          {CONSOLE_PAGES.map((page) => (
            <Route
              key={page.key}
              {...(page.path ? { path: page.path } : { index: true })}
              element={PAGE_ELEMENTS[page.key](me)}
            />
          ))}
        </Routes>
      )}
    </RequireRole>
  );
}
