// For the end-to-end tests only: a performance report built by the product's own code from a simulated
// season (what `pshb support record-simulation` stores, aggregated as GET /support/reports/* does).
// The demo database holds no contact statistics and the API has no route that records them, so the
// tests show the contact center page with figures by answering the report request with this.
import { resolveSupportPlan } from '../../support/plan/load-plan.ts';
import { statisticsFromSimulation } from '../../support/reports/from-simulation.ts';
import { buildPerformanceReport, type Granularity } from '../../support/reports/performance-report.ts';
import { simulateSeason } from '../../support/simulation/simulate.ts';

export function simulatedPerformanceReports(): Record<Granularity, unknown> {
  const plan = resolveSupportPlan('open-season-77').plan;
  const statistics = statisticsFromSimulation(
    simulateSeason(plan, { seed: 1, contacts: 20_000, scaleStaff: true }),
  );
  const target = {
    serviceLevel: plan.serviceTarget.serviceLevel,
    answerWithinSeconds: plan.serviceTarget.answerWithinSeconds,
  };
  return {
    daily: buildPerformanceReport(statistics, { granularity: 'daily', target }),
    weekly: buildPerformanceReport(statistics, { granularity: 'weekly', target }),
  };
}
