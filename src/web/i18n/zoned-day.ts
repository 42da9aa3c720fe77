// Where a calendar day begins in a time zone, as an instant: so a filter of whole days ("from November
// 20 to November 21") means the same days as the times the screen shows in the viewer's zone.

/** The zone's offset from UTC at `at` (milliseconds since the epoch), in milliseconds. */
function offsetAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant (ISO 8601, UTC) at which the calendar day `isoDate` begins in `timeZone`. */
export function startOfDayIn(isoDate: string, timeZone: string): string {
  const midnightUtc = Date.parse(`${isoDate}T00:00:00Z`);
  // Twice: the offset at a first guess may differ from the offset at the answer across a clock change.
  const guess = midnightUtc - offsetAt(midnightUtc, timeZone);
  return new Date(midnightUtc - offsetAt(guess, timeZone)).toISOString();
}

/** The calendar day after `isoDate`. */
export function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
