// Contact statistics in the database: loads are idempotent per partner and interval (a row loaded
// again replaces the earlier one), so a corrected ACD export or a re-run simulation is simply loaded
// again. All rows of a load commit together or not at all.
import type { Store } from '../../storage/store.ts';
import type { ContactStatistics } from './contact-statistics.ts';

const BATCH = 500;

export async function saveContactStatistics(
  store: Store,
  rows: readonly ContactStatistics[],
): Promise<{ rows: number }> {
  if (rows.length === 0) return { rows: 0 };
  await store.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const values = rows.slice(i, i + BATCH).map((r) => ({
        partner: r.partner,
        interval_start: r.intervalStart,
        interval_minutes: r.intervalMinutes,
        offered: r.offered,
        handled: r.handled,
        abandoned: r.abandoned,
        answered_within_target: r.answeredWithinTarget,
        wait_seconds: r.waitSeconds,
        handle_seconds: r.handleSeconds,
        transfers: r.transfers,
        first_contact_resolutions: r.firstContactResolutions,
        backlog: r.backlog,
        contingency_activations: r.contingencyActivations,
        source: r.source,
      }));
      await tx
        .insertInto('contact_statistics')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['partner', 'interval_start']).doUpdateSet((eb) => ({
            interval_minutes: eb.ref('excluded.interval_minutes'),
            offered: eb.ref('excluded.offered'),
            handled: eb.ref('excluded.handled'),
            abandoned: eb.ref('excluded.abandoned'),
            answered_within_target: eb.ref('excluded.answered_within_target'),
            wait_seconds: eb.ref('excluded.wait_seconds'),
            handle_seconds: eb.ref('excluded.handle_seconds'),
            transfers: eb.ref('excluded.transfers'),
            first_contact_resolutions: eb.ref('excluded.first_contact_resolutions'),
            backlog: eb.ref('excluded.backlog'),
            contingency_activations: eb.ref('excluded.contingency_activations'),
            source: eb.ref('excluded.source'),
          })),
        )
        .execute();
    }
  });
  return { rows: rows.length };
}

export interface StatisticsQuery {
  readonly partner?: string | undefined;
  /** First and last day included, YYYY-MM-DD. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export async function readContactStatistics(
  store: Store,
  query: StatisticsQuery = {},
): Promise<ContactStatistics[]> {
  let select = store.db.selectFrom('contact_statistics').selectAll();
  if (query.partner !== undefined) select = select.where('partner', '=', query.partner);
  if (query.from !== undefined) select = select.where('interval_start', '>=', `${query.from} 00:00`);
  if (query.to !== undefined) select = select.where('interval_start', '<=', `${query.to} 23:59`);
  const rows = await select.orderBy('interval_start').orderBy('partner').execute();
  return rows.map((r) => ({
    partner: r.partner,
    intervalStart: r.interval_start,
    intervalMinutes: r.interval_minutes,
    offered: r.offered,
    handled: r.handled,
    abandoned: r.abandoned,
    answeredWithinTarget: r.answered_within_target,
    waitSeconds: Number(r.wait_seconds),
    handleSeconds: Number(r.handle_seconds),
    transfers: r.transfers,
    firstContactResolutions: r.first_contact_resolutions,
    backlog: r.backlog,
    contingencyActivations: r.contingency_activations,
    source: r.source,
  }));
}
