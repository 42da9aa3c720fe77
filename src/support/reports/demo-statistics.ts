// A demonstration needs contact-center figures before any telephony system has sent one: when the
// database holds no contact statistics, record a simulated open season of the shipped plan as if it
// had happened, so the operations dashboard and the reports have something to show. Real statistics
// (`pshb support import-statistics`) are added beside them; a database that has any is left alone.
import type { Store } from '../../storage/store.ts';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import { simulateSeason } from '../simulation/simulate.ts';
import { statisticsFromSimulation } from './from-simulation.ts';
import { saveContactStatistics } from './statistics-store.ts';

export async function recordDemoStatistics(
  store: Store,
  planName: string,
): Promise<{ readonly rows: number; readonly alreadyPresent: boolean }> {
  const existing = await store.db.selectFrom('contact_statistics').select('partner').limit(1).execute();
  if (existing.length > 0) return { rows: 0, alreadyPresent: true };
  const { plan } = resolveSupportPlan(planName);
  const rows = statisticsFromSimulation(simulateSeason(plan, { seed: 1 }));
  return { ...(await saveContactStatistics(store, rows)), alreadyPresent: false };
}
