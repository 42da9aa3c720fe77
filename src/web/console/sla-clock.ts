// How long a case has until its due time (the plan's resolution target), or how long it is overdue, in
// words for the reader's language: "2 days, 3 hours" / "2 días y 3 horas". Two units at most, because a
// specialist choosing the next case needs the order of magnitude, not the second.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Within this much of its due time a case is "due soon". */
export const DUE_SOON_MS = 4 * HOUR;

export type SlaUrgency = 'overdue' | 'due-soon' | 'on-track';

export interface SlaClock {
  readonly urgency: SlaUrgency;
  /** Time left (or, when overdue, time past the due time), whole minutes, never negative. */
  readonly minutes: number;
}

export function slaClock(dueAt: string, now: Date): SlaClock {
  const left = new Date(dueAt).getTime() - now.getTime();
  const minutes = Math.floor(Math.abs(left) / MINUTE);
  if (left < 0) return { urgency: 'overdue', minutes };
  return { urgency: left <= DUE_SOON_MS ? 'due-soon' : 'on-track', minutes };
}

type Unit = 'day' | 'hour' | 'minute';

/** The largest two units of a duration in minutes: days and hours, hours and minutes, or minutes. */
export function durationParts(totalMinutes: number): { unit: Unit; value: number }[] {
  const ms = totalMinutes * MINUTE;
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const parts =
    days > 0
      ? [
          { unit: 'day' as const, value: days },
          { unit: 'hour' as const, value: hours },
        ]
      : hours > 0
        ? [
            { unit: 'hour' as const, value: hours },
            { unit: 'minute' as const, value: minutes },
          ]
        : [{ unit: 'minute' as const, value: minutes }];
  // "2 days, 0 hours" says nothing the first part does not.
  return parts.filter((part, index) => index === 0 || part.value > 0);
}

/** A duration in words for a locale (en-US, es-US), plural forms by Intl. */
export function durationWords(totalMinutes: number, locale: string): string {
  const words = durationParts(totalMinutes).map(({ unit, value }) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value),
  );
  return new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format(words);
}
