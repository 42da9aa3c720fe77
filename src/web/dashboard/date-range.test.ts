import { describe, expect, it } from 'vitest';
import { checkDateRange, inRange, rangeFrom, rangeQuery } from './date-range.ts';

describe('a range of days on a dashboard', () => {
  it('accepts no range, either end alone, or both in order', () => {
    expect(checkDateRange({ from: '', to: '' })).toEqual({});
    expect(checkDateRange({ from: '2024-11-11', to: '' })).toEqual({});
    expect(checkDateRange({ from: '2024-11-11', to: '2024-11-11' })).toEqual({});
  });

  it('names the field with a day that does not exist or is written otherwise', () => {
    expect(checkDateRange({ from: '2024-02-30', to: '11/20/2024' })).toEqual({ from: 'date', to: 'date' });
  });

  it('names To when it comes before From', () => {
    expect(checkDateRange({ from: '2024-11-20', to: '2024-11-11' })).toEqual({ to: 'toBeforeFrom' });
  });

  it('sends only the days given', () => {
    expect(rangeQuery({ from: ' 2024-11-11 ', to: '' })).toBe('from=2024-11-11');
    expect(rangeQuery({ from: '2024-11-11', to: '2024-11-15' }, true)).toBe('&from=2024-11-11&to=2024-11-15');
    expect(rangeQuery({ from: '', to: '' }, true)).toBe('');
  });

  it('keeps the days from From to To, both included, either end open', () => {
    const range = { from: '2024-11-11', to: '2024-11-15' };
    expect(inRange('2024-11-10', range)).toBe(false);
    expect(inRange('2024-11-11', range)).toBe(true);
    expect(inRange('2024-11-15T23:59:00Z', range)).toBe(true);
    expect(inRange('2024-11-16', range)).toBe(false);
    expect(inRange('2024-11-16', { from: '2024-11-11', to: '' })).toBe(true);
    expect(inRange('1999-01-01', { from: '', to: '' })).toBe(true);
  });

  it('reads the range from the address, leaving out days that are not real or out of order', () => {
    expect(rangeFrom(new URLSearchParams('from=2024-11-11&to=2024-11-15'))).toEqual({
      from: '2024-11-11',
      to: '2024-11-15',
    });
    expect(rangeFrom(new URLSearchParams('from=2024-02-30&to=2024-11-15'))).toEqual({
      from: '',
      to: '2024-11-15',
    });
    expect(rangeFrom(new URLSearchParams('from=2024-11-15&to=2024-11-11'))).toEqual({
      from: '2024-11-15',
      to: '',
    });
    expect(rangeFrom(new URLSearchParams('dayFrom=2024-11-11'), { from: 'dayFrom', to: 'dayTo' })).toEqual({
      from: '2024-11-11',
      to: '',
    });
  });
});
