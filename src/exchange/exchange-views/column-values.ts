// Column values as the views hand them out, whichever way the driver (PGlite or node-postgres) reads
// them: dates as YYYY-MM-DD, instants as ISO 8601, bigints as numbers.
import type { IsoDate } from '../../domain/dates.ts';

export const dayOf = (value: unknown): IsoDate =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

export const instantOf = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

export const dayOrNull = (value: unknown): IsoDate | null => (value == null ? null : dayOf(value));

/** A JSON column: PGlite and node-postgres parse it; a string is parsed here. */
export function jsonObjectOf(value: unknown): Record<string, unknown> {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}
