import { describe, expect, it } from 'vitest';
import { isoDate, isoTime, x12Date, x12Time } from './x12-date-time.ts';

describe('X12 dates and times (X12.6 DT and TM)', () => {
  it('writes CCYYMMDD, YYMMDD, HHMM and HHMMSS', () => {
    expect(x12Date('2026-02-28', 8, {})).toBe('20260228');
    expect(x12Date('2026-02-28', 6, {})).toBe('260228');
    expect(x12Time('07:05', {})).toBe('0705');
    expect(x12Time('07:05:09', {}, true)).toBe('070509');
  });

  it('refuses days and times that do not exist', () => {
    expect(() => x12Date('2026-02-29', 8, { element: 'GS04' })).toThrow(/GS04: date "2026-02-29"/);
    expect(() => x12Time('24:00', {})).toThrow(/time "24:00"/);
  });

  it('reads them back, or null', () => {
    expect(isoDate('261205')).toBe('2026-12-05');
    expect(isoDate('20261205')).toBe('2026-12-05');
    expect(isoDate('20261305')).toBeNull();
    expect(isoTime('1405')).toBe('14:05');
    expect(isoTime('140509')).toBe('14:05:09');
    expect(isoTime('2460')).toBeNull();
  });
});
