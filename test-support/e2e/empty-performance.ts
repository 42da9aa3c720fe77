// For the end-to-end tests only: the performance reports of a database with no contact statistics,
// built by the product's own code (as GET /support/reports/* answers before any statistics arrive).
// The demo records a simulated season at start, so the tests show the empty state by answering the
// report request with these.
import { resolveSupportPlan } from '../../src/support/plan/load-plan.ts';
import { buildPerformanceReport, type Granularity } from '../../src/support/reports/performance-report.ts';

export function emptyPerformanceReports(): Record<Granularity, unknown> {
  const plan = resolveSupportPlan('open-season-77').plan;
  const target = {
    serviceLevel: plan.serviceTarget.serviceLevel,
    answerWithinSeconds: plan.serviceTarget.answerWithinSeconds,
  };
  return {
    daily: buildPerformanceReport([], { granularity: 'daily', target }),
    weekly: buildPerformanceReport([], { granularity: 'weekly', target }),
  };
}
