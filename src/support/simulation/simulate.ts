// A discrete-event simulation of an open season across the support network, in three steps: the plan
// compiled to indexed records (compile-plan.ts), the season run event by event through the network
// (event-loop.ts, support-network.ts) with its contingency levels firing and standing down
// (contingencies.ts), and the tallies turned into the report (season-report.ts). Contacts live in
// typed arrays indexed by slot, reused as contacts leave (contact-slots.ts), so a season of millions
// of contacts allocates almost nothing per contact.
import type { SupportPlan } from '../plan/support-plan.ts';
import { compilePlan } from './compile-plan.ts';
import { runSeason } from './event-loop.ts';
import { seasonReport } from './season-report.ts';
import type { SimulationReport } from './simulation-report.ts';

export interface SimulationOptions {
  readonly seed?: number;
  /** Contacts to forecast over the season instead of the plan's total. */
  readonly contacts?: number;
  /** Scale every partner's agents (and queue thresholds) with the contacts, to size a larger network. */
  readonly scaleStaff?: boolean;
  /** Called once a simulated day is done. */
  readonly onProgress?: (daysDone: number, days: number) => void;
}

export function simulateSeason(plan: SupportPlan, options: SimulationOptions = {}): SimulationReport {
  const compiled = compilePlan(plan, options);
  return seasonReport(compiled, runSeason(compiled, options.onProgress));
}
