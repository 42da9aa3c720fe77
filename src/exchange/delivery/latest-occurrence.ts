// When a partner's scheduled file was last due: the latest run time of its schedule (daily, weekly
// on a weekday, monthly on a day) at or before now, read in the partner's time zone. A job that wakes
// every few minutes runs the file once for that occurrence, so a server that was down at the run
// time catches up when it comes back instead of skipping the day.
import type { Run } from '../../domain/trading-partner-delivery.ts';
import { WEEKDAYS } from '../../domain/trading-partner-delivery.ts';

export interface Occurrence {
  /** The local day of the run, YYYY-MM-DD: the file's as-of day and the run's key. */
  readonly day: string;
}

interface LocalNow {
  readonly day: string;
  readonly time: string;
  readonly weekday: (typeof WEEKDAYS)[number];
  readonly dayOfMonth: number;
}

export function latestOccurrence(run: Run, timeZone: string, now: Date): Occurrence {
  const local = localNow(timeZone, now);
  const reached = local.time >= run.at;
  if (run.frequency === 'daily') return { day: reached ? local.day : addDays(local.day, -1) };
  if (run.frequency === 'weekly') {
    const today = WEEKDAYS.indexOf(local.weekday);
    const target = WEEKDAYS.indexOf(run.weekday);
    let back = (today - target + 7) % 7;
    if (back === 0 && !reached) back = 7;
    return { day: addDays(local.day, -back) };
  }
  const thisMonth = `${local.day.slice(0, 8)}${String(run.dayOfMonth).padStart(2, '0')}`;
  const passed = local.dayOfMonth > run.dayOfMonth || (local.dayOfMonth === run.dayOfMonth && reached);
  return { day: passed ? thisMonth : previousMonth(thisMonth) };
}

function localNow(timeZone: string, now: Date): LocalNow {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: String(parts.weekday).toLowerCase().slice(0, 3) as LocalNow['weekday'],
    dayOfMonth: Number(parts.day),
  };
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function previousMonth(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 10);
}
