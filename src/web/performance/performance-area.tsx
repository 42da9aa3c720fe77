// The carrier performance screens under /dashboard/performance, loaded as their own chunk when first
// visited: the evaluations of a contract year (the contracting officer's workspace, or a carrier's own
// list), one evaluation with its evidence, factors, notices, reconsideration, money and history, and
// the program-wide table of carriers by score with its charts.
import { Route, Routes } from 'react-router';
import type { Me } from '../api/session.tsx';
import { addAreaTranslations } from '../i18n/i18n.ts';
import performanceEn from '../i18n/locales/en/performance.json';
import performanceEs from '../i18n/locales/es/performance.json';
import { RequireRole } from '../layout/require-role.tsx';
import { EvaluationListPage } from './evaluation-list-page.tsx';
import { EvaluationPage } from './evaluation-page.tsx';
import { PERFORMANCE_STAFF } from './performance-values.ts';
import { SummaryPage } from './summary-page.tsx';

addAreaTranslations('performance', { en: performanceEn, es: performanceEs });

export default function PerformanceArea({ me }: { me: Me }) {
  return (
    <Routes>
      <Route index element={<EvaluationListPage me={me} />} />
      <Route path="evaluations/:id" element={<EvaluationPage me={me} />} />
      <Route
        path="summary"
        element={<RequireRole roles={PERFORMANCE_STAFF}>{() => <SummaryPage me={me} />}</RequireRole>}
      />
    </Routes>
  );
}
