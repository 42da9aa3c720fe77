// The pure arithmetic and mapping behind the performance screens: factors shown and typed, dollars
// typed into cents, which steps a role may take in each state, how a carrier's factor moved from one
// contract year to the next, and the reconsideration requests found in an evaluation's history.
import type { Role } from '../api/session.tsx';
import type {
  EvaluationEvent,
  EvaluationRow,
  EvaluationState,
  MoneyFigure,
  TrendPoint,
} from './performance-api-types.ts';

/** A factor as the rule writes it: a share of premium with up to four decimals (0.007, 0.0035). */
export function formatFactor(factor: number | null | undefined, locale: string): string {
  if (factor === null || factor === undefined || !Number.isFinite(factor)) return '—';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 4 }).format(factor);
}

/** A factor as a percent of premium, for plain words: 0.007 -> "0.70%". */
export function factorAsPercent(factor: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(factor);
}

/** Why a typed factor cannot be used, as a key under form.errors; null when it can. */
export type FactorProblem = 'factorRequired' | 'factorNotNumber' | 'factorOutOfRange';

/**
 * A factor typed by a contracting officer: a decimal number between 0 and the element's maximum (a
 * withhold), or between minus and plus the maximum (a performance adjustment, which may reward).
 */
export function parseFactor(
  text: string,
  maxFactor: number,
  outcomeKind: 'withhold' | 'adjustment',
): { readonly factor: number } | { readonly problem: FactorProblem } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { problem: 'factorRequired' };
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return { problem: 'factorNotNumber' };
  const factor = Number(trimmed);
  const min = outcomeKind === 'adjustment' ? -maxFactor : 0;
  // A hair of tolerance so 0.007 typed for a 0.007 maximum is never refused by float noise.
  if (factor < min - 1e-12 || factor > maxFactor + 1e-12) return { problem: 'factorOutOfRange' };
  return { factor };
}

/** Dollars as typed ("1,234.56", "$1234") into whole cents; null when it is not an amount. */
export function dollarsToCents(text: string): number | null {
  const trimmed = text.trim().replace(/[$,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  const [whole = '0', fraction = ''] = trimmed.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** The sum of a money figure the API gives as cents or as the entries that make it up. */
export function moneyFigureCents(figure: MoneyFigure | undefined): number | null {
  if (figure === null || figure === undefined) return null;
  if (typeof figure === 'number') return figure;
  return figure.reduce((sum, entry) => sum + entry.amountCents, 0);
}

/** The steps a screen may offer; the API decides, the screen hides what it would refuse. */
export type PerformanceAction =
  | 'decideFactors'
  | 'accept'
  | 'issueNotice'
  | 'respond'
  | 'requestReconsideration'
  | 'decideReconsideration'
  | 'finalize'
  | 'recordMoney';

const DECIDERS: readonly Role[] = ['contracting_officer', 'program_administrator'];

const STAFF_STEPS: Record<EvaluationState, readonly PerformanceAction[]> = {
  proposed: ['decideFactors', 'accept'],
  accepted: ['issueNotice'],
  notice_issued: ['finalize'],
  under_reconsideration: ['decideReconsideration'],
  final: ['recordMoney'],
  settled: [],
};

const CARRIER_STEPS: Record<EvaluationState, readonly PerformanceAction[]> = {
  proposed: [],
  accepted: [],
  notice_issued: ['respond', 'requestReconsideration'],
  under_reconsideration: ['respond'],
  final: [],
  settled: [],
};

export function actionsFor(state: EvaluationState, role: Role): ReadonlySet<PerformanceAction> {
  if (DECIDERS.includes(role)) return new Set(STAFF_STEPS[state]);
  if (role === 'carrier') return new Set(CARRIER_STEPS[state]);
  return new Set();
}

/** Roles that read every carrier's evaluations (the carrier reads its own). */
export const PERFORMANCE_STAFF: readonly Role[] = ['contracting_officer', 'program_administrator', 'auditor'];

export type TrendDirection = 'first' | 'higher' | 'lower' | 'same';

/** How the latest year's factor compares with the year before it. */
export function trendDirection(trend: readonly TrendPoint[] | undefined): TrendDirection {
  const points = [...(trend ?? [])]
    .filter((point) => point.totalFactor !== null)
    .sort((a, b) => a.contractYear - b.contractYear);
  const last = points[points.length - 1];
  const before = points[points.length - 2];
  if (!last || !before) return 'first';
  const change = (last.totalFactor ?? 0) - (before.totalFactor ?? 0);
  if (Math.abs(change) < 1e-9) return 'same';
  return change > 0 ? 'higher' : 'lower';
}

/**
 * Carriers by score: the lowest factor first (under both methods a lower factor means better
 * performance: less withheld, or a reward), carriers not yet scored last, then by carrier and plan.
 */
export function byScore(rows: readonly EvaluationRow[]): EvaluationRow[] {
  return [...rows].sort((a, b) => {
    if (a.totalFactor === null && b.totalFactor !== null) return 1;
    if (b.totalFactor === null && a.totalFactor !== null) return -1;
    const difference = (a.totalFactor ?? 0) - (b.totalFactor ?? 0);
    if (Math.abs(difference) > 1e-12) return difference;
    return `${a.carrierCode} ${a.planCode ?? ''}`.localeCompare(`${b.carrierCode} ${b.planCode ?? ''}`);
  });
}

/** A carrier (and plan, when the evaluation is for one plan) as a short name. */
export function carrierLabel(row: { carrierCode: string; planCode?: string | null }): string {
  return row.planCode ? `${row.carrierCode} ${row.planCode}` : row.carrierCode;
}

/** The history, oldest first (the order things happened in), ties kept in the API's order. */
export function chronological(events: readonly EvaluationEvent[]): EvaluationEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.recordedAt.localeCompare(b.event.recordedAt) || a.index - b.index)
    .map(({ event }) => event);
}

export interface ReconsiderationRequest {
  readonly request: EvaluationEvent;
  /** The decision that answered it, when one has been made since. */
  readonly decisions: readonly EvaluationEvent[];
}

/**
 * The carrier's reconsideration requests with the decisions that followed each: every
 * 'reconsideration_decided' recorded after a request and before the next request answers it.
 */
export function reconsiderationRequests(events: readonly EvaluationEvent[]): ReconsiderationRequest[] {
  const ordered = chronological(events);
  const requests: { request: EvaluationEvent; decisions: EvaluationEvent[] }[] = [];
  for (const event of ordered) {
    if (event.kind === 'reconsideration_requested') requests.push({ request: event, decisions: [] });
    else if (event.kind === 'reconsideration_decided') requests[requests.length - 1]?.decisions.push(event);
  }
  return requests;
}

/** A text field recorded in an event's detail (e.g. the evidence a carrier sent), when there is one. */
export function detailText(event: EvaluationEvent, key: string): string | null {
  const value = event.detail?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The contract years a screen offers, newest first: the next year (an open season's plan year), the
 * program's year and the nine before it.
 */
export function contractYears(programDate: string, count = 11): number[] {
  const year = Number(programDate.slice(0, 4)) + 1;
  return Array.from({ length: count }, (_, i) => year - i);
}
