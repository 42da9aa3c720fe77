import { describe, expect, it } from 'vitest';
import { nextDay, startOfDayIn } from './zoned-day.ts';

describe('where a calendar day begins in a time zone', () => {
  it.each([
    ['America/New_York', '2024-11-20', '2024-11-20T05:00:00.000Z'],
    ['America/New_York', '2024-07-04', '2024-07-04T04:00:00.000Z'],
    ['America/Los_Angeles', '2024-11-20', '2024-11-20T08:00:00.000Z'],
    ['Pacific/Honolulu', '2024-11-20', '2024-11-20T10:00:00.000Z'],
    ['America/Puerto_Rico', '2024-11-20', '2024-11-20T04:00:00.000Z'],
    ['UTC', '2024-11-20', '2024-11-20T00:00:00.000Z'],
    // The days daylight time begins and ends: midnight is before the change, at the old offset.
    ['America/New_York', '2024-03-10', '2024-03-10T05:00:00.000Z'],
    ['America/New_York', '2024-11-03', '2024-11-03T04:00:00.000Z'],
  ])('%s, %s', (zone, day, instant) => {
    expect(startOfDayIn(day, zone)).toBe(instant);
  });

  it('counts the next day across months and leap years', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
  });
});
