// What the three boxes of a memorable date (month, day, year) say, as a calendar day.

/** A real calendar day from the three boxes of a memorable date, as YYYY-MM-DD; null when it is not one. */
export function isoDateOf(month: string, day: string, year: string): string | null {
  if (!/^\d{1,2}$/.test(month.trim()) || !/^\d{1,2}$/.test(day.trim()) || !/^\d{4}$/.test(year.trim()))
    return null;
  const [m, d, y] = [Number(month), Number(day), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
