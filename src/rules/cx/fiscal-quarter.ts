// The federal fiscal year begins on October 1 (31 U.S.C. 1102): fiscal year 2025 runs from
// 2024-10-01 to 2025-09-30, its first quarter October to December. A-11 Section 280 data is reported
// per fiscal year and quarter, and an invitation is offered at most once per person per quarter.

export interface FiscalQuarter {
  readonly fiscalYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** The fiscal year and quarter of a day (YYYY-MM-DD). */
export function fiscalQuarterOf(day: string): FiscalQuarter {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const fiscalYear = month >= 10 ? year + 1 : year;
  const quarter = (Math.floor(((month + 2) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
  return { fiscalYear, quarter };
}

/** The key of the invitation period, e.g. 'FY2025-Q1'. */
export function periodKey(quarter: FiscalQuarter): string {
  return `FY${quarter.fiscalYear}-Q${quarter.quarter}`;
}

/** The last day of a fiscal quarter (the report is due 30 days after it). */
export function quarterEnd(quarter: FiscalQuarter): string {
  const calendarYear = quarter.quarter === 1 ? quarter.fiscalYear - 1 : quarter.fiscalYear;
  const [month, day] = (
    [
      ['12', '31'],
      ['03', '31'],
      ['06', '30'],
      ['09', '30'],
    ] as const
  )[quarter.quarter - 1]!;
  return `${calendarYear}-${month}-${day}`;
}
