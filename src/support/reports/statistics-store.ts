// Contact statistics in the database: loads are idempotent per partner and interval (a row loaded
// again replaces the earlier one), so a corrected ACD export or a re-run simulation is simply loaded
// again. All rows of a load commit together or not at all.
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import {
  selectContactStatistics,
  upsertContactStatistics,
  type ContactStatisticsRow,
} from '../../storage/support/contact-statistics.ts';
import type { ContactStatistics } from './contact-statistics.ts';

export async function saveContactStatistics(
  store: Store,
  rows: readonly ContactStatistics[],
): Promise<{ rows: number }> {
  if (rows.length === 0) return { rows: 0 };
  await store.transaction((tx) => upsertContactStatistics(tx, rows.map(toRow)));
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
  // Interval starts are local wall-clock text, so a day runs from its 00:00 to its 23:59 interval.
  const rows = await selectContactStatistics(executorOf(store), {
    partner: query.partner,
    from: query.from === undefined ? undefined : `${query.from} 00:00`,
    to: query.to === undefined ? undefined : `${query.to} 23:59`,
  });
  return rows.map(fromRow);
}

function toRow(r: ContactStatistics) {
  return {
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
  };
}

function fromRow(r: ContactStatisticsRow): ContactStatistics {
  return {
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
  };
}
