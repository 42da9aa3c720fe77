// Checks of single CSV field values shared by the roster and catalogue readers. Each returns null when
// the value is acceptable and a short message when it is not.
import { isIsoDate } from '../../domain/dates.ts';

export type FieldCheck = (value: string) => string | null;

export const requiredBoolean: FieldCheck = (v) =>
  v === 'true' || v === 'false' ? null : 'must be true or false';

export const requiredDate: FieldCheck = (v) =>
  isIsoDate(v) ? null : 'must be a real date in YYYY-MM-DD form';

export const optionalDate: FieldCheck = (v) => (v === '' ? null : requiredDate(v));

export const requiredText: FieldCheck = (v) => (v.trim() === '' ? 'must not be empty' : null);

/** Whole positive numbers up to 15 digits: they stay exact as JavaScript numbers and fit a bigint. */
export const positiveId: FieldCheck = (v) =>
  /^[1-9][0-9]{0,14}$/.test(v) ? null : 'must be a positive whole number (at most 15 digits)';

export function oneOf(values: readonly string[], optional = false): FieldCheck {
  const allowed = new Set(values);
  return (v) => (allowed.has(v) || (optional && v === '') ? null : `must be one of ${values.join(', ')}`);
}
