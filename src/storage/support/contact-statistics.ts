// Interval contact statistics of the support partners: one row per partner and interval, replaced when
// the same interval is loaded again (a corrected ACD export or a re-run simulation).
import type { Insertable, Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { ContactStatisticsTable } from '../tables.ts';

export type ContactStatisticsRow = Selectable<ContactStatisticsTable>;

/** Rows per statement: a load of a season's intervals stays well below PostgreSQL's parameter limit. */
const BATCH = 500;

/** Inserts the rows, replacing those of the same partner and interval. Run it in a transaction. */
export async function upsertContactStatistics(
  executor: Executor,
  rows: readonly Insertable<ContactStatisticsTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await execute(
      executor,
      sqlBuilder
        .insertInto('contact_statistics')
        .values(rows.slice(i, i + BATCH))
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
        ),
    );
  }
}

/** Rows of one partner (or all) whose interval starts within the given local times, in time order. */
export function selectContactStatistics(
  executor: Executor,
  filter: { partner?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<ContactStatisticsRow[]> {
  let select = sqlBuilder.selectFrom('contact_statistics').selectAll();
  if (filter.partner !== undefined) select = select.where('partner', '=', filter.partner);
  if (filter.from !== undefined) select = select.where('interval_start', '>=', filter.from);
  if (filter.to !== undefined) select = select.where('interval_start', '<=', filter.to);
  return execute(executor, select.orderBy('interval_start').orderBy('partner'));
}
