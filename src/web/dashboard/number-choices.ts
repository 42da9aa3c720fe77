// How the dashboard chooses to show numbers: a rate the API could not compute (nothing to divide by)
// is a dash, never 0%; seconds become minutes and seconds once they pass a minute; a share of a total
// is null when the total is 0.

/** The fraction part / total, or null when the total is 0 (nothing to share). */
export function shareOf(part: number, total: number): number | null {
  return total > 0 ? part / total : null;
}

/** Whole minutes and the remaining whole seconds (rounded), for "2 min 5 s". */
export function minutesAndSeconds(totalSeconds: number): { minutes: number; seconds: number } {
  const rounded = Math.max(0, Math.round(totalSeconds));
  return { minutes: Math.floor(rounded / 60), seconds: rounded % 60 };
}

export const NO_VALUE = '–';

/** The formatted value, or a dash for a value the report could not compute. */
export function orDash<T>(value: T | null | undefined, format: (value: T) => string): string {
  return value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))
    ? NO_VALUE
    : format(value);
}

/** Digits to show for a percent: whole percents for big shares, one decimal near the edges. */
export function percentDigits(fraction: number): 0 | 1 {
  return fraction > 0.01 && fraction < 0.99 ? 0 : 1;
}
