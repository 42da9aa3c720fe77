// Dates and times as the 834 writes them: D8 dates are CCYYMMDD (DTP03, DMG02, INS12, BGN03) and the
// creation time is HHMM (BGN04). The exchange holds ISO dates and UTC timestamps.
import { isIsoDate, type IsoDate } from '../../domain/dates.ts';

/** 2026-01-01 → 20260101; refuses anything that is not a real date. */
export function d8(date: IsoDate): string {
  if (!isIsoDate(date)) throw new Error(`not a real date in YYYY-MM-DD form: ${date}`);
  return date.replaceAll('-', '');
}

/** CCYYMMDD → YYYY-MM-DD, or null when it is not a real date. */
export function isoFromD8(text: string): IsoDate | null {
  if (!/^[0-9]{8}$/.test(text)) return null;
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return isIsoDate(iso) ? iso : null;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z$/;

/** A UTC timestamp (2026-12-05T13:04:00Z) as BGN03 (CCYYMMDD) and BGN04 (HHMM). */
export function dateAndTime(timestamp: string): { date: string; time: string } {
  const match = TIMESTAMP.exec(timestamp);
  if (!match) throw new Error(`not a UTC timestamp such as 2026-12-05T13:04:00Z: ${timestamp}`);
  const [, day, hours, minutes] = match as unknown as [string, string, string, string];
  if (Number(hours) > 23 || Number(minutes) > 59) throw new Error(`not a time of day: ${timestamp}`);
  return { date: d8(day), time: `${hours}${minutes}` };
}
