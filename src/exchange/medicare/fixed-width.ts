// Pure fixed-width writing and reading of the Medicare entitlement exchange records. Names are
// transliterated to ASCII by dropping combining accents (José -> JOSE) and upper-cased; any character
// still outside the field's format is refused, naming the line and field, never silently dropped.
import type { LayoutField, RecordLayout } from '../../domain/medicare-exchange-layout.js';

export type RecordValues = Readonly<Record<string, string>>;

export class FixedWidthError extends Error {
  readonly line: number;
  readonly field: string;
  /** 1-based column where the field starts, when the fault is in one field. */
  readonly column: number | null;

  constructor(line: number, field: string, reason: string, column: number | null = null) {
    super(`line ${line}, field ${field}${column === null ? '' : ` (column ${column})`}: ${reason}`);
    this.line = line;
    this.field = field;
    this.column = column;
  }
}

/** Accented letters become their base letter; upper case, as the layouts carry. */
export function toExchangeText(value: string): string {
  // Plain ASCII (nearly every value) needs no decomposition.
  if (/^[\x20-\x7e]*$/.test(value)) return value.toUpperCase();
  return value.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

const PATTERNS: Record<LayoutField['format'], RegExp> = {
  alpha: /^[A-Z' .-]*$/,
  alphanumeric: /^[A-Z0-9 -]*$/,
  numeric: /^[0-9]*$/,
  'date-ccyymmdd': /^([0-9]{8})?$/,
  code: /^[A-Z0-9]*$/,
};

/** The fault of one field (a function of its own: no closure made for the values that pass). */
function fieldFault(field: LayoutField, line: number, reason: string): FixedWidthError {
  return new FixedWidthError(line, field.name, reason, field.start);
}

function checkValue(field: LayoutField, value: string, line: number): void {
  if (value.length > field.length) throw fieldFault(field, line, `longer than ${field.length}`);
  if (!PATTERNS[field.format].test(value)) throw fieldFault(field, line, `not ${field.format}: "${value}"`);
  if (field.codes && value !== '' && !field.codes.includes(value)) {
    throw fieldFault(field, line, `code "${value}" not one of ${field.codes.join(', ')}`);
  }
  if (field.format === 'date-ccyymmdd' && value !== '' && !isRealDate(value)) {
    throw fieldFault(field, line, `"${value}" is not a real date (CCYYMMDD)`);
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Eight digits naming a day of the Gregorian calendar from 1800 on. */
function isRealDate(ccyymmdd: string): boolean {
  const y = Number(ccyymmdd.slice(0, 4));
  const m = Number(ccyymmdd.slice(4, 6));
  const d = Number(ccyymmdd.slice(6, 8));
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}

/** The layout's fields in column order, computed once per layout. */
const ORDERED = new WeakMap<RecordLayout, readonly LayoutField[]>();

function fieldsInOrder(layout: RecordLayout): readonly LayoutField[] {
  let fields = ORDERED.get(layout);
  if (!fields) {
    fields = [...layout.fields].sort((x, y) => x.start - y.start);
    ORDERED.set(layout, fields);
  }
  return fields;
}

/** One record as a line of exactly recordLength characters (fields joined in column order, gaps blank). */
export function writeRecord(layout: RecordLayout, values: RecordValues, line: number): string {
  let out = '';
  for (const field of fieldsInOrder(layout)) {
    const raw = field.name === 'recordType' ? layout.recordType : (values[field.name] ?? '');
    const value = toExchangeText(raw);
    checkValue(field, value, line);
    if (out.length < field.start - 1) out += ' '.repeat(field.start - 1 - out.length);
    out += field.format === 'numeric' ? value.padStart(field.length, '0') : value.padEnd(field.length);
  }
  return out.padEnd(layout.recordLength);
}

/** A line read back into trimmed field values; a wrong length or bad field is refused. */
export function readRecord(layout: RecordLayout, text: string, line: number): RecordValues {
  if (text.length !== layout.recordLength) {
    throw new FixedWidthError(line, 'record', `length ${text.length}, expected ${layout.recordLength}`);
  }
  const values: Record<string, string> = {};
  for (const field of layout.fields) {
    const value = text.slice(field.start - 1, field.start - 1 + field.length).trimEnd();
    checkValue(field, value, line);
    values[field.name] = value;
  }
  return values;
}
