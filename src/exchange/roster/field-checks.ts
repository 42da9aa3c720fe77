// Checks of single CSV field values shared by the roster and catalogue readers. Each returns null when
// the value is acceptable and a short message when it is not.
import { isIsoDate } from '../../domain/dates.ts';

export type FieldCheck = (value: string) => string | null;

export const requiredBoolean: FieldCheck = (v) =>
  v === 'true' || v === 'false' ? null : 'must be true or false';

export const requiredDate: FieldCheck = (v) =>
  isIsoDate(v) ? null : 'must be a real date in YYYY-MM-DD form';

export const optionalDate: FieldCheck = (v) => (v === '' ? null : requiredDate(v));

/** Whole positive numbers up to 15 digits: they stay exact as JavaScript numbers and fit a bigint. */
export const positiveId: FieldCheck = (v) =>
  /^[1-9][0-9]{0,14}$/.test(v) ? null : 'must be a positive whole number (at most 15 digits)';

export function oneOf(values: readonly string[], optional = false): FieldCheck {
  const allowed = new Set(values);
  return (v) => (allowed.has(v) || (optional && v === '') ? null : `must be one of ${values.join(', ')}`);
}

/**
 * Control characters (C0, DEL, C1) and line or paragraph separators: PostgreSQL cannot store NUL, and a
 * line break or escape inside a name breaks every file, letter and screen it is printed on.
 */
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/** Free text: no unprintable characters and at most `limit` characters (Unicode code points). */
export function textWithin(limit: number, optional = false): FieldCheck {
  return (v) => {
    if (v.trim() === '') return optional && v === '' ? null : 'must not be empty';
    return printableWithin(v, limit);
  };
}

/** Null when the text has no unprintable characters and at most `limit` characters. */
export function printableWithin(v: string, limit: number): string | null {
  const unprintable = UNPRINTABLE.exec(v);
  if (unprintable)
    return `character ${[...v.slice(0, unprintable.index)].length + 1} is a control character (U+${unprintable[0]
      .codePointAt(0)!
      .toString(16)
      .toUpperCase()
      .padStart(4, '0')}), which a name or text field may not hold`;
  // Code points never outnumber UTF-16 units, so the count is needed only for long text.
  if (v.length > limit && [...v].length > limit) return `is longer than ${limit} characters`;
  return null;
}
