// The CX dashboard's filters as the address keeps them (?from=&to=&bucket=&partner=&channel=&driver=
// &side=), checked before asking, and turned into the API's queries. Empty filters are left out, so
// the API's defaults apply (the 90 days to the program date, weekly).
// The drivers are the server's (A-11 v2, as Touchpoints codes them), copied: the browser takes types only.
import type { Driver } from '../../../rules/cx/survey-instrument.ts';
import { checkDateRange } from '../date-range.ts';

export const BUCKETS = ['week', 'month'] as const;
export const DRIVERS = [
  'effectiveness',
  'ease',
  'efficiency',
  'transparency',
  'humanity',
  'employee',
  'other',
] as const satisfies readonly Driver[];
/** Fails the build when the server has a driver this list lacks. */
const EVERY_DRIVER_LISTED: Exclude<Driver, (typeof DRIVERS)[number]> extends never ? true : never = true;
void EVERY_DRIVER_LISTED;
export const SIDES = ['positive', 'negative'] as const;
export const COMMENTS_PER_PAGE = 10;

export type Bucket = (typeof BUCKETS)[number];

export interface CxFilters {
  readonly from: string;
  readonly to: string;
  readonly bucket: Bucket;
  readonly partner: string;
  readonly channel: string;
  /** The comments' driver and side ('' for any). */
  readonly driver: string;
  readonly side: string;
}

export type CxField = 'from' | 'to';
export type CxProblem = 'date' | 'toBeforeFrom';

const oneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

/** The filters the address holds; unknown values are dropped (a bad driver, a bucket of years). */
export function filtersFrom(params: URLSearchParams): CxFilters {
  const bucket = params.get('bucket');
  const driver = params.get('driver');
  const side = params.get('side');
  return {
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    bucket: oneOf(BUCKETS, bucket) ? bucket : 'week',
    partner: params.get('partner') ?? '',
    channel: params.get('channel') ?? '',
    driver: oneOf(DRIVERS, driver) ? driver : '',
    side: oneOf(DRIVERS, driver) && oneOf(SIDES, side) ? side : '',
  };
}

/** The address's query for the filters: only what differs from the defaults. */
export function searchOf(filters: CxFilters): Record<string, string> {
  const search: Record<string, string> = {};
  for (const [name, value] of Object.entries(filters) as [keyof CxFilters, string][]) {
    const trimmed = value.trim();
    if (trimmed === '' || (name === 'bucket' && trimmed === 'week')) continue;
    if (name === 'side' && filters.driver === '') continue;
    search[name] = trimmed;
  }
  return search;
}

export function checkCxFilters(filters: CxFilters): Partial<Record<CxField, CxProblem>> {
  return checkDateRange(filters);
}

function scope(filters: CxFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of ['from', 'to', 'partner', 'channel'] as const)
    if (filters[name].trim() !== '') query.set(name, filters[name].trim());
  return query;
}

export function trendsPath(filters: CxFilters): string {
  const query = scope(filters);
  query.set('bucket', filters.bucket);
  return `cx/dashboard/trends?${query.toString()}`;
}

export function commentsPath(filters: CxFilters, cursor: string | null): string {
  const query = scope(filters);
  if (filters.driver !== '') {
    query.set('driver', filters.driver);
    if (filters.side !== '') query.set('side', filters.side);
  }
  query.set('limit', String(COMMENTS_PER_PAGE));
  if (cursor) query.set('cursor', cursor);
  return `cx/dashboard/comments?${query.toString()}`;
}
