// Daily and weekly performance reports per partner and for the whole network, aggregated from the
// interval statistics. Counts and second totals add up; the rates are computed from the sums, never
// averaged, so a busy day weighs more than a quiet one. Backlog is a level, not a flow: a period's
// backlog is the last interval's.
//
// The network's figures are the network's own measures when the statistics carry them (rows whose
// partner is `network`: each caller once, waiting counted from joining the network's queue, as a
// simulation or a network-wide ACD reports them). Only without them is the network the partners' sum,
// which counts a caller overflowing from one partner to the next once at each. The support plan's
// simulated days and the contact-center page both take their network figures from this one function.
import { addDays } from '../../domain/dates.ts';
import type { ContactStatistics } from './contact-statistics.ts';

export type Granularity = 'daily' | 'weekly';
export const NETWORK = 'network';

export const REPORT_DEFINITIONS: readonly { readonly measure: string; readonly definition: string }[] = [
  {
    measure: 'offered',
    definition: 'contacts that reached the partner’s queue (network: the partners’ sum)',
  },
  { measure: 'handled', definition: 'contacts an agent answered' },
  { measure: 'abandoned', definition: 'callers who hung up while waiting' },
  {
    measure: 'service level (SL)',
    definition: 'answered within the target time / offered; abandoned calls count as not answered',
  },
  { measure: 'average speed of answer (ASA)', definition: 'total queue wait of handled contacts / handled' },
  { measure: 'average handle time (AHT)', definition: 'total talk + hold + after-call work / handled' },
  { measure: 'abandonment rate', definition: 'abandoned / offered' },
  {
    measure: 'first-contact resolution (FCR)',
    definition: 'handled contacts resolved without a transfer, callback or repeat contact / handled',
  },
  { measure: 'transfers', definition: 'handled contacts passed to another partner or queue' },
  {
    measure: 'backlog',
    definition: 'contacts still open (waiting callers, callbacks owed) at the end of the period',
  },
  { measure: 'contingency activations', definition: 'times a contingency level fired' },
];

export interface ReportRow {
  /** The day (YYYY-MM-DD) or the Monday starting the week. */
  readonly period: string;
  /** A partner id, or `network` for all partners together. */
  readonly partner: string;
  readonly intervals: number;
  readonly offered: number;
  readonly handled: number;
  readonly abandoned: number;
  readonly answeredWithinTarget: number;
  readonly transfers: number;
  readonly firstContactResolutions: number;
  readonly backlog: number;
  readonly contingencyActivations: number;
  readonly serviceLevel: number | null;
  readonly asaSeconds: number | null;
  readonly ahtSeconds: number | null;
  readonly abandonmentRate: number | null;
  readonly firstContactResolutionRate: number | null;
}

export interface PerformanceReport {
  readonly granularity: Granularity;
  readonly from: string | null;
  readonly to: string | null;
  readonly partner: string | null;
  readonly target: { readonly serviceLevel: number; readonly answerWithinSeconds: number } | null;
  /** Partners present, in first-seen order. */
  readonly partners: readonly string[];
  readonly periods: readonly string[];
  /** Per period: the network row first, then each partner's. */
  readonly rows: readonly ReportRow[];
}

/** The Monday of the date's week. */
export function weekStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

interface Sums {
  intervals: number;
  offered: number;
  handled: number;
  abandoned: number;
  within: number;
  wait: number;
  handle: number;
  transfers: number;
  fcr: number;
  activations: number;
  backlogAt: string;
  backlog: number;
}

const empty = (): Sums => ({
  intervals: 0,
  offered: 0,
  handled: 0,
  abandoned: 0,
  within: 0,
  wait: 0,
  handle: 0,
  transfers: 0,
  fcr: 0,
  activations: 0,
  backlogAt: '',
  backlog: 0,
});

function add(sums: Sums, row: ContactStatistics): void {
  sums.intervals += 1;
  sums.offered += row.offered;
  sums.handled += row.handled;
  sums.abandoned += row.abandoned;
  sums.within += row.answeredWithinTarget;
  sums.wait += row.waitSeconds;
  sums.handle += row.handleSeconds;
  sums.transfers += row.transfers;
  sums.fcr += row.firstContactResolutions;
  sums.activations += row.contingencyActivations;
  if (row.intervalStart >= sums.backlogAt) {
    sums.backlogAt = row.intervalStart;
    sums.backlog = row.backlog;
  }
}

function toRow(period: string, partner: string, s: Sums): ReportRow {
  const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);
  return {
    period,
    partner,
    intervals: s.intervals,
    offered: s.offered,
    handled: s.handled,
    abandoned: s.abandoned,
    answeredWithinTarget: s.within,
    transfers: s.transfers,
    firstContactResolutions: s.fcr,
    backlog: s.backlog,
    contingencyActivations: s.activations,
    serviceLevel: ratio(s.within, s.offered),
    asaSeconds: ratio(s.wait, s.handled),
    ahtSeconds: ratio(s.handle, s.handled),
    abandonmentRate: ratio(s.abandoned, s.offered),
    firstContactResolutionRate: ratio(s.fcr, s.handled),
  };
}

export function buildPerformanceReport(
  statistics: readonly ContactStatistics[],
  options: {
    granularity: Granularity;
    from?: string | undefined;
    to?: string | undefined;
    partner?: string | undefined;
    target?: PerformanceReport['target'];
  },
): PerformanceReport {
  const periodOf = (row: ContactStatistics): string => {
    const date = row.intervalStart.slice(0, 10);
    return options.granularity === 'daily' ? date : weekStart(date);
  };
  const partners: string[] = [];
  const byKey = new Map<string, Sums>();
  const periods: string[] = [];
  const measured = new Map<string, Sums>();
  for (const row of statistics) {
    const date = row.intervalStart.slice(0, 10);
    if (options.from !== undefined && date < options.from) continue;
    if (options.to !== undefined && date > options.to) continue;
    if (options.partner !== undefined && row.partner !== options.partner) continue;
    const period = periodOf(row);
    if (row.partner === NETWORK) {
      let sums = measured.get(period);
      if (!sums) measured.set(period, (sums = empty()));
      add(sums, row);
      continue;
    }
    if (!partners.includes(row.partner)) partners.push(row.partner);
    if (!periods.includes(period)) periods.push(period);
    const key = `${period}|${row.partner}`;
    let sums = byKey.get(key);
    if (!sums) byKey.set(key, (sums = empty()));
    add(sums, row);
  }
  periods.sort();
  const rows: ReportRow[] = [];
  for (const period of periods) {
    const network = empty();
    const partnerRows: ReportRow[] = [];
    for (const partner of partners) {
      const s = byKey.get(`${period}|${partner}`);
      if (!s) continue;
      partnerRows.push(toRow(period, partner, s));
      network.intervals = Math.max(network.intervals, s.intervals);
      network.offered += s.offered;
      network.handled += s.handled;
      network.abandoned += s.abandoned;
      network.within += s.within;
      network.wait += s.wait;
      network.handle += s.handle;
      network.transfers += s.transfers;
      network.fcr += s.fcr;
      network.activations += s.activations;
      network.backlog += s.backlog;
    }
    rows.push(toRow(period, NETWORK, measured.get(period) ?? network), ...partnerRows);
  }
  return {
    granularity: options.granularity,
    from: options.from ?? null,
    to: options.to ?? null,
    partner: options.partner ?? null,
    target: options.target ?? null,
    partners,
    periods,
    rows,
  };
}
