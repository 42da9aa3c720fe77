// The CX dashboard for program staff (docs/customer-experience.md, "The CX dashboard"): trust and each
// driver per week or month, partner and channel, with respondents and 95% Wilson intervals, beside the
// contact center's service level and abandonment on the same days (the support performance report,
// summed over the period); and the free-text comments, masked when stored, newest first. A cell with
// fewer respondents than the privacy threshold shows no figures, as in the quarterly report.
import { addDays } from '../../domain/dates.ts';
import { wilsonInterval, type ProportionInterval } from '../../domain/wilson-interval.ts';
import { PshbError } from '../../errors.ts';
import { suppressionDecision } from '../../rules/cx/small-cell-suppression.ts';
import {
  readComments,
  readTrendCells,
  type CommentRow,
  type DashboardScope,
  type Driver,
  type DriverSide,
  type TrendBucket,
  type TrendCellCounts,
} from '../../storage/cx/dashboard-reads.ts';
import { REPORT_DRIVERS } from '../../storage/cx/quarterly-report-reads.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { NETWORK, weekStart, type ReportRow } from '../../support/reports/performance-report.ts';
import { performanceReport } from '../../support/reports/support-outputs.ts';
import { loadCxCatalogue, type CxCatalogue } from './cx-catalogue.ts';

/** The longest span one request may ask for, so a read stays bounded. */
export const MAX_DASHBOARD_DAYS = 731;

export interface DriverFigures {
  readonly driver: Driver;
  readonly positive: number;
  readonly negative: number;
  /** Of those who named the driver, the share who said it went well. */
  readonly positiveShare: ProportionInterval | null;
}

export interface TrendCell {
  readonly period: string;
  /** null for transactions no partner handles (the portal's elections and life events). */
  readonly partner: string | null;
  /** null on a period's total line. */
  readonly channel: string | null;
  /** null when suppressed. */
  readonly respondents: number | null;
  readonly suppressed: boolean;
  readonly trust: ProportionInterval | null;
  readonly drivers: readonly DriverFigures[];
}

export interface ContactCenterFigures {
  readonly period: string;
  /** A partner id, or 'network' for all partners. */
  readonly partner: string;
  readonly offered: number;
  readonly serviceLevel: number | null;
  readonly abandonmentRate: number | null;
}

export interface CxTrends {
  readonly from: string;
  readonly to: string;
  readonly bucket: TrendBucket;
  readonly partner: string | null;
  readonly channel: string | null;
  readonly suppressionThreshold: number;
  readonly periods: readonly string[];
  /** Per period: the total line first (channel null), then each partner and channel. */
  readonly cells: readonly TrendCell[];
  readonly contactCenter: readonly ContactCenterFigures[];
  readonly serviceLevelTarget: number | null;
  readonly choices: { readonly partners: readonly string[]; readonly channels: readonly string[] };
}

export interface DashboardRequest {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly partner?: string | undefined;
  readonly channel?: string | undefined;
}

function choicesOf(catalogue: CxCatalogue) {
  const points = catalogue.points.points;
  return {
    partners: [...new Set(points.flatMap((p) => (p.partner ? [p.partner] : [])))],
    channels: [...new Set<string>(points.flatMap((p) => p.channels))],
  };
}

/** The days asked (default: the 90 days to today) and the filters, each checked against the catalogue. */
export function dashboardScope(
  request: DashboardRequest,
  today: string,
  catalogue: CxCatalogue,
): DashboardScope {
  const to = request.to ?? today;
  const from = request.from ?? addDays(to, -89);
  const bad = (field: string, message: string) =>
    new PshbError('INVALID_INPUT', `${field}: ${message}`, [{ field: `querystring.${field}`, message }]);
  if (to < from) throw bad('to', `${to} is before from ${from}`);
  if (addDays(from, MAX_DASHBOARD_DAYS - 1) < to)
    throw bad('to', `at most ${MAX_DASHBOARD_DAYS} days from ${from}`);
  const choices = choicesOf(catalogue);
  if (request.partner !== undefined && !choices.partners.includes(request.partner))
    throw bad('partner', `"${request.partner}" is none of ${choices.partners.join(', ')}`);
  if (request.channel !== undefined && !choices.channels.includes(request.channel))
    throw bad('channel', `"${request.channel}" is none of ${choices.channels.join(', ')}`);
  return { from, to, partner: request.partner, channel: request.channel };
}

function figuresOf(counts: TrendCellCounts, channel: string | null, shown: boolean): TrendCell {
  return {
    period: counts.period,
    partner: counts.partner === '' ? null : counts.partner,
    channel,
    respondents: shown ? counts.respondents : null,
    suppressed: !shown,
    trust: shown ? wilsonInterval(counts.trustPositive, counts.trustAnswers) : null,
    drivers: shown
      ? REPORT_DRIVERS.map((driver) => {
          const positive = counts.drivers.positive[driver];
          const negative = counts.drivers.negative[driver];
          return { driver, positive, negative, positiveShare: wilsonInterval(positive, positive + negative) };
        })
      : [],
  };
}

function sumCounts(period: string, cells: readonly TrendCellCounts[]): TrendCellCounts {
  const side = (s: DriverSide) =>
    Object.fromEntries(
      REPORT_DRIVERS.map((d) => [d, cells.reduce((n, c) => n + c.drivers[s][d], 0)]),
    ) as Record<Driver, number>;
  return {
    period,
    partner: '',
    channel: '',
    respondents: cells.reduce((n, c) => n + c.respondents, 0),
    trustAnswers: cells.reduce((n, c) => n + c.trustAnswers, 0),
    trustPositive: cells.reduce((n, c) => n + c.trustPositive, 0),
    drivers: { positive: side('positive'), negative: side('negative') },
  };
}

/**
 * A period's cells with its total line first. The total is shown only when the suppressed cells
 * together are none or meet the threshold themselves: otherwise the total less the shown cells would
 * give away what was suppressed (OMB Circular A-11, Section 280; 5 U.S.C. 552a(b)).
 */
function periodCells(period: string, counts: readonly TrendCellCounts[], threshold: number): TrendCell[] {
  const shown = (n: number) => suppressionDecision(n, threshold).outcome === 'shown';
  const hidden = counts.filter((c) => !shown(c.respondents)).reduce((n, c) => n + c.respondents, 0);
  const total = sumCounts(period, counts);
  return [
    { ...figuresOf(total, null, shown(total.respondents) && (hidden === 0 || shown(hidden))), partner: null },
    ...counts.map((c) => figuresOf(c, c.channel, shown(c.respondents))),
  ];
}

function contactCenterFigures(rows: readonly ReportRow[], bucket: TrendBucket): ContactCenterFigures[] {
  const sums = new Map<
    string,
    { period: string; partner: string; offered: number; within: number; abandoned: number }
  >();
  for (const row of rows) {
    const period = bucket === 'week' ? weekStart(row.period) : `${row.period.slice(0, 7)}-01`;
    const key = `${period}|${row.partner}`;
    const sum = sums.get(key) ?? { period, partner: row.partner, offered: 0, within: 0, abandoned: 0 };
    sum.offered += row.offered;
    sum.within += row.answeredWithinTarget;
    sum.abandoned += row.abandoned;
    sums.set(key, sum);
  }
  return [...sums.values()].map((s) => ({
    period: s.period,
    partner: s.partner,
    offered: s.offered,
    serviceLevel: s.offered > 0 ? s.within / s.offered : null,
    abandonmentRate: s.offered > 0 ? s.abandoned / s.offered : null,
  }));
}

/** Trust and the drivers per period, partner and channel, with the contact center's same days. */
export async function cxDashboardTrends(
  store: Store,
  request: DashboardRequest & {
    readonly bucket: TrendBucket;
    readonly today: string;
    readonly catalogue?: CxCatalogue;
  },
): Promise<CxTrends> {
  const catalogue = request.catalogue ?? loadCxCatalogue();
  const scope = dashboardScope(request, request.today, catalogue);
  const threshold = catalogue.privacy.suppressionThreshold;
  const counts = await readTrendCells(executorOf(store), { ...scope, bucket: request.bucket });
  const periods = [...new Set(counts.map((c) => c.period))];
  // The support performance report, day by day over the same days, summed into the same periods.
  const support = await performanceReport(store, {
    granularity: 'daily',
    from: scope.from,
    to: scope.to,
    partner: scope.partner,
  });
  const contactCenter = contactCenterFigures(support.rows, request.bucket).filter(
    (row) => scope.partner === undefined || row.partner !== NETWORK,
  );
  return {
    from: scope.from,
    to: scope.to,
    bucket: request.bucket,
    partner: scope.partner ?? null,
    channel: scope.channel ?? null,
    suppressionThreshold: threshold,
    periods,
    cells: periods.flatMap((p) =>
      periodCells(
        p,
        counts.filter((c) => c.period === p),
        threshold,
      ),
    ),
    contactCenter,
    serviceLevelTarget: support.target?.serviceLevel ?? null,
    choices: choicesOf(catalogue),
  };
}

export interface CommentsRequest extends DashboardRequest {
  readonly driver?: Driver | undefined;
  readonly side?: DriverSide | undefined;
  readonly beforeId?: number | undefined;
  readonly limit: number;
  readonly today: string;
  readonly catalogue?: CxCatalogue;
}

/** One page of comments (limit + 1 read, so the caller can tell whether a next page exists). */
export async function cxDashboardComments(store: Store, request: CommentsRequest): Promise<CommentRow[]> {
  const scope = dashboardScope(request, request.today, request.catalogue ?? loadCxCatalogue());
  return readComments(executorOf(store), {
    ...scope,
    driver: request.driver,
    side: request.side,
    beforeId: request.beforeId,
    limit: request.limit + 1,
  });
}
