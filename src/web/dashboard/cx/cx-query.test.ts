import { describe, expect, it } from 'vitest';
import { checkCxFilters, commentsPath, filtersFrom, searchOf, trendsPath } from './cx-query.ts';

const params = (text: string) => new URLSearchParams(text);

describe('the CX dashboard filters in the address', () => {
  it('reads the filters back from the query it writes, leaving defaults out', () => {
    const filters = filtersFrom(
      params(
        'from=2024-10-01&to=2024-11-20&bucket=month&partner=helpline&channel=phone&driver=ease&side=negative',
      ),
    );
    expect(filters).toEqual({
      from: '2024-10-01',
      to: '2024-11-20',
      bucket: 'month',
      partner: 'helpline',
      channel: 'phone',
      driver: 'ease',
      side: 'negative',
    });
    expect(filtersFrom(new URLSearchParams(searchOf(filters)))).toEqual(filters);
    expect(searchOf(filtersFrom(params('bucket=week')))).toEqual({});
  });

  it('drops unknown values: a bucket of years, a made-up driver, a side without a driver', () => {
    const filters = filtersFrom(params('bucket=year&driver=speed&side=negative'));
    expect(filters.bucket).toBe('week');
    expect(filters.driver).toBe('');
    expect(filters.side).toBe('');
    expect(searchOf({ ...filters, side: 'positive' })).toEqual({});
  });

  it('names a date that is not a day, and a last day before the first', () => {
    const base = filtersFrom(params(''));
    expect(checkCxFilters({ ...base, from: '2024-02-30', to: 'soon' })).toEqual({ from: 'date', to: 'date' });
    expect(checkCxFilters({ ...base, from: '2024-11-02', to: '2024-11-01' })).toEqual({ to: 'toBeforeFrom' });
    expect(checkCxFilters({ ...base, from: '2024-11-01', to: '2024-11-01' })).toEqual({});
  });

  it("asks the API for the page's days, partner and channel, the comments with their driver and page", () => {
    const filters = filtersFrom(params('from=2024-10-01&partner=helpline&driver=ease&side=positive'));
    expect(trendsPath(filters)).toBe('cx/dashboard/trends?from=2024-10-01&partner=helpline&bucket=week');
    expect(commentsPath(filters, 'abc')).toBe(
      'cx/dashboard/comments?from=2024-10-01&partner=helpline&driver=ease&side=positive&limit=10&cursor=abc',
    );
    expect(commentsPath(filtersFrom(params('')), null)).toBe('cx/dashboard/comments?limit=10');
  });
});
