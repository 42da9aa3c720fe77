// A range of days as typed in a dashboard's From and To fields: both optional, each a real calendar day
// written YYYY-MM-DD, To not before From. Each problem names its field, as a key of the dashboard
// strings (dateRange.errors). The range is sent as the API's `from` and `to` query parameters. The
// audit log's and the CX page's filters check their days here too.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day that exists, written YYYY-MM-DD (not 2024-02-30). */
export function isCalendarDay(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export type DateRangeField = keyof DateRange;
export type DateRangeProblem = 'date' | 'toBeforeFrom';

export const NO_RANGE: DateRange = { from: '', to: '' };

export function checkDateRange(range: DateRange): Partial<Record<DateRangeField, DateRangeProblem>> {
  const problems: Partial<Record<DateRangeField, DateRangeProblem>> = {};
  const from = range.from.trim();
  const to = range.to.trim();
  if (from !== '' && !isCalendarDay(from)) problems.from = 'date';
  if (to !== '' && !isCalendarDay(to)) problems.to = 'date';
  if (!problems.from && !problems.to && from !== '' && to !== '' && to < from) problems.to = 'toBeforeFrom';
  return problems;
}

/** `from=…&to=…` for the days given (trimmed), empty for none; with a leading `&` when `joined`. */
export function rangeQuery(range: DateRange, joined = false): string {
  const parts = (['from', 'to'] as const)
    .filter((field) => range[field].trim() !== '')
    .map((field) => `${field}=${encodeURIComponent(range[field].trim())}`);
  if (parts.length === 0) return '';
  return (joined ? '&' : '') + parts.join('&');
}

/** Whether a day (YYYY-MM-DD, or a timestamp starting with one) falls in a checked range; empty ends are open. */
export function inRange(day: string, range: DateRange): boolean {
  const date = day.slice(0, 10);
  const from = range.from.trim();
  const to = range.to.trim();
  return (from === '' || date >= from) && (to === '' || date <= to);
}

/** The range kept in the address under `from` and `to` (or the names given), unchecked days left out. */
export function rangeFrom(params: URLSearchParams, names: DateRange = { from: 'from', to: 'to' }): DateRange {
  const read = (field: DateRangeField) => {
    const value = params.get(names[field])?.trim() ?? '';
    return isCalendarDay(value) ? value : '';
  };
  const range = { from: read('from'), to: read('to') };
  return checkDateRange(range).to ? { ...range, to: '' } : range;
}
