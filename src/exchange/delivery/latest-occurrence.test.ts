import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestOccurrence } from './latest-occurrence.ts';

const NY = 'America/New_York';

describe('the latest occurrence of a schedule', () => {
  it('is today once the daily time has passed in the partner zone, yesterday before', () => {
    const run = { frequency: 'daily', at: '01:00' } as const;
    // 05:30 UTC is 00:30 in New York (EST): not yet.
    expect(latestOccurrence(run, NY, new Date('2026-12-05T05:30:00Z'))).toEqual({ day: '2026-12-04' });
    expect(latestOccurrence(run, NY, new Date('2026-12-05T06:00:00Z'))).toEqual({ day: '2026-12-05' });
  });

  it('is this month once the monthly day and time have passed, last month before', () => {
    const run = { frequency: 'monthly', dayOfMonth: 1, at: '04:00' } as const;
    expect(latestOccurrence(run, NY, new Date('2026-12-01T08:59:00Z'))).toEqual({ day: '2026-11-01' });
    expect(latestOccurrence(run, NY, new Date('2026-12-01T09:00:00Z'))).toEqual({ day: '2026-12-01' });
    expect(latestOccurrence(run, NY, new Date('2026-12-20T00:00:00Z'))).toEqual({ day: '2026-12-01' });
  });

  it('is the last such weekday for a weekly run', () => {
    const run = { frequency: 'weekly', weekday: 'mon', at: '02:00' } as const;
    // 2026-12-05 is a Saturday.
    expect(latestOccurrence(run, NY, new Date('2026-12-05T12:00:00Z'))).toEqual({ day: '2026-11-30' });
    expect(latestOccurrence(run, NY, new Date('2026-12-07T06:00:00Z'))).toEqual({ day: '2026-11-30' });
    expect(latestOccurrence(run, NY, new Date('2026-12-07T08:00:00Z'))).toEqual({ day: '2026-12-07' });
  });

  it('is never after now and never more than a period before it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        (now) => {
          const { day } = latestOccurrence({ frequency: 'daily', at: '01:00' }, NY, now);
          const gap = now.getTime() - Date.parse(`${day}T00:00:00Z`);
          expect(gap).toBeGreaterThan(-86_400_000);
          expect(gap).toBeLessThan(3 * 86_400_000);
        },
      ),
    );
  });
});
