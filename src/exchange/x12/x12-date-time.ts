// Dates and times as X12 writes them (DT and TM data types, X12.6): ISA09 is YYMMDD, GS04 CCYYMMDD,
// ISA10 HHMM, GS05 HHMM or HHMMSS. The exchange passes ISO dates (YYYY-MM-DD) and times (HH:MM).

import { X12Error, type X12Location } from './x12-error.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-12-05" -> "20261205" (CCYYMMDD), or "261205" (YYMMDD) when `digits` is 6. */
export function x12Date(iso: string, digits: 6 | 8, where: X12Location): string {
  const match = ISO_DATE.exec(iso);
  if (!match || !realDate(Number(match[1]), Number(match[2]), Number(match[3])))
    throw new X12Error('INVALID_VALUE', `date ${JSON.stringify(iso)} is not a day written YYYY-MM-DD`, where);
  const text = `${match[1]}${match[2]}${match[3]}`;
  return digits === 8 ? text : text.slice(2);
}

/** "14:05" -> "1405"; "14:05:09" -> "140509" when seconds are wanted. */
export function x12Time(iso: string, where: X12Location, seconds = false): string {
  const match = ISO_TIME.exec(iso);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3] ?? 0) > 59)
    throw new X12Error(
      'INVALID_VALUE',
      `time ${JSON.stringify(iso)} is not written HH:MM or HH:MM:SS`,
      where,
    );
  return `${match[1]}${match[2]}${seconds ? (match[3] ?? '00') : ''}`;
}

/**
 * "261205" or "20261205" -> "2026-12-05". A six-digit year is taken as 20YY: interchanges the
 * exchange reads are dated this century. Null when the text is not a real day.
 */
export function isoDate(text: string): string | null {
  const full = /^\d{6}$/.test(text) ? `20${text}` : text;
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(full);
  if (!match || !realDate(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** "1405", "140509" or "14050912" (HHMMSSDD) -> "14:05" or "14:05:09". Null when not a time. */
export function isoTime(text: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{2})?\d*$/.exec(text);
  if (!match || text.length > 8 || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return match[3] === undefined ? `${match[1]}:${match[2]}` : `${match[1]}:${match[2]}:${match[3]}`;
}

function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
