// Times of day in the viewer's time zone with the zone named; program days as calendar days, never
// shifted by a time zone; in English and Spanish.
import { describe, expect, it } from 'vitest';
import { calendarDay, formattersFor } from './format.ts';

// 8:05 PM UTC on December 6, 2026 is the afternoon or morning of that day in every American zone;
// 4:30 AM UTC on December 7 is still the evening of December 6 in each of them.
const EVENING_UTC = '2026-12-06T20:05:00Z';
const EARLY_UTC = '2026-12-07T04:30:00Z';

describe('an instant is shown in the viewer’s time zone, with the zone named', () => {
  it.each([
    ['America/New_York', 'Dec 6, 2026, 3:05 PM EST', '6 dic 2026, 3:05 p.m. EST'],
    ['America/Los_Angeles', 'Dec 6, 2026, 12:05 PM PST', '6 dic 2026, 12:05 p.m. PST'],
    ['Pacific/Honolulu', 'Dec 6, 2026, 10:05 AM HST', '6 dic 2026, 10:05 a.m. HST'],
    ['America/Puerto_Rico', 'Dec 6, 2026, 4:05 PM AST', '6 dic 2026, 4:05 p.m. AST'],
  ])('%s', (zone, english, spanish) => {
    expect(formattersFor('en', zone).dateTime(EVENING_UTC)).toBe(english);
    expect(formattersFor('es', zone).dateTime(EVENING_UTC)).toBe(spanish);
  });

  it('names daylight time in summer, and the time alone carries its zone', () => {
    const summer = '2026-07-06T20:05:09Z';
    expect(formattersFor('en', 'America/New_York').time(summer)).toBe('4:05:09 PM EDT');
    expect(formattersFor('es', 'America/Los_Angeles').time(summer)).toBe('1:05:09 p.m. PDT');
    expect(formattersFor('en', 'Pacific/Honolulu').time(summer)).toBe('10:05:09 AM HST');
  });

  it('the day of an instant is the day in the viewer’s zone: late evening stays on its own day', () => {
    expect(formattersFor('en', 'America/New_York').date(EARLY_UTC, 'medium')).toBe('Dec 6, 2026');
    expect(formattersFor('en', 'America/Los_Angeles').dateTime(EARLY_UTC)).toBe('Dec 6, 2026, 8:30 PM PST');
    expect(formattersFor('en', 'UTC').date(EARLY_UTC, 'medium')).toBe('Dec 7, 2026');
  });
});

describe('a program day is a calendar day in every time zone', () => {
  it.each([
    'America/New_York',
    'America/Los_Angeles',
    'Pacific/Honolulu',
    'America/Puerto_Rico',
    'Asia/Tokyo',
  ])('%s', (zone) => {
    expect(formattersFor('en', zone).date('2027-01-03')).toBe('January 3, 2027');
    expect(formattersFor('es', zone).date('2027-01-03')).toBe('3 de enero de 2027');
    expect(formattersFor('en', zone).date('2025-01-01', 'dayMonth')).toBe('Jan 1');
    expect(formattersFor('es', zone).date('2024-12-01', 'month')).toBe('diciembre de 2024');
  });

  it('calendarDay writes the styles the charts and tables use', () => {
    expect(calendarDay('2024-11-11', 'en-US', 'medium')).toBe('Nov 11, 2024');
    expect(calendarDay('2024-11-01', 'en-US', 'monthShort')).toBe('Nov 2024');
    expect(calendarDay('2024-11-11', 'es-US')).toBe('11 de noviembre de 2024');
  });

  it('defaults to the browser’s time zone', () => {
    expect(formattersFor('en').timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
