// The CX trends as the page shows them: the period totals as chart lines (trust with its interval
// beside the contact center's service level and abandonment) and each cell's figures for the table.
import type { ContactCenterFigures, CxTrends, TrendCell } from './cx-api-types.ts';

export interface TrendLines {
  /** Trust per period (the total line), null where suppressed or unanswered. */
  readonly trust: readonly (number | null)[];
  /** Trust's 95% interval per period. */
  readonly trustRanges: readonly (readonly [number, number] | null)[];
  readonly serviceLevel: readonly (number | null)[];
  readonly abandonment: readonly (number | null)[];
}

/** The contact-center line the page sets beside trust: the chosen partner's, else the network's. */
export function contactLine(trends: CxTrends): ContactCenterFigures[] {
  const who = trends.partner ?? 'network';
  return trends.periods.map(
    (period) =>
      trends.contactCenter.find((row) => row.period === period && row.partner === who) ?? {
        period,
        partner: who,
        offered: 0,
        serviceLevel: null,
        abandonmentRate: null,
      },
  );
}

export function periodTotal(trends: CxTrends, period: string): TrendCell | undefined {
  return trends.cells.find((cell) => cell.period === period && cell.channel === null);
}

export function trendLines(trends: CxTrends): TrendLines {
  const totals = trends.periods.map((period) => periodTotal(trends, period));
  const contact = contactLine(trends);
  return {
    trust: totals.map((cell) => cell?.trust?.estimate ?? null),
    trustRanges: totals.map((cell) => (cell?.trust ? ([cell.trust.low, cell.trust.high] as const) : null)),
    serviceLevel: contact.map((row) => row.serviceLevel),
    abandonment: contact.map((row) => row.abandonmentRate),
  };
}

/** The cells in table order: per period, its total line then each partner and channel. */
export function tableCells(trends: CxTrends): TrendCell[] {
  return trends.periods.flatMap((period) => {
    const cells = trends.cells.filter((cell) => cell.period === period);
    return [...cells.filter((c) => c.channel === null), ...cells.filter((c) => c.channel !== null)];
  });
}
