// How long a reconciliation discrepancy has stood open: the buckets a carrier's quarterly
// reconciliation report ages open items by.

export const AGE_BUCKETS = ['0-30', '31-60', '61-90', 'over-90'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

const DAY_MS = 86_400_000;

/** Whole days from one ISO date (YYYY-MM-DD) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The bucket of a discrepancy opened on `openedOn`, as of `asOf`; a future opening counts as 0 days. */
export function ageBucket(openedOn: string, asOf: string): AgeBucket {
  const days = Math.max(0, daysBetween(openedOn, asOf));
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return 'over-90';
}

export interface AgedItem<T> {
  readonly item: T;
  readonly days: number;
  readonly bucket: AgeBucket;
}

/** Each open discrepancy with its age and bucket as of a day. */
export function ageDiscrepancies<T extends { readonly openedOn: string }>(
  open: readonly T[],
  asOf: string,
): AgedItem<T>[] {
  return open.map((item) => ({
    item,
    days: Math.max(0, daysBetween(item.openedOn, asOf)),
    bucket: ageBucket(item.openedOn, asOf),
  }));
}
