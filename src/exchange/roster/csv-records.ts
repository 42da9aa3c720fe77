// Reads CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks) as records with
// the line each starts on. Lines without a quote take a fast path (a plain split), which is what a
// roster of millions of rows consists of almost entirely.

import { InvalidUtf8Error } from './text-file.ts';

export class CsvRecord {
  /** 1-based line number of the record's first line in the file (the header is line 1). */
  readonly line: number;
  /** The record's text without its line break, as it stood in the file. */
  readonly text: string;
  private split: string[] | null = null;

  constructor(line: number, text: string) {
    this.line = line;
    this.text = text;
  }

  /** The fields, split on first use: a reader that only needs the text pays nothing for them. */
  get fields(): string[] {
    return (this.split ??= splitCsvRecord(this.text));
  }
}

/** A record longer than the reader allows: reading stops there, so memory stays bounded. */
export class RecordTooLongError extends Error {
  readonly line: number;
  readonly limit: number;
  /** The record's first characters, up to just past the limit: enough to tell the field it passed it in. */
  readonly start: string;

  constructor(line: number, limit: number, text: string) {
    super(`line ${line}: the record is longer than ${limit} characters`);
    this.line = line;
    this.limit = limit;
    this.start = text.slice(0, limit + 1);
  }
}

/**
 * Records of CSV text arriving in chunks of any size; a trailing line break is optional. A record
 * longer than `maxRecordChars` (quoted line breaks included) stops the reading with RecordTooLongError.
 */
export async function* csvRecords(
  chunks: AsyncIterable<string> | Iterable<string>,
  maxRecordChars = Infinity,
): AsyncGenerator<CsvRecord> {
  let carry = '';
  let line = 1;
  let pending = null as { text: string; line: number } | null;
  try {
    for await (const chunk of chunks) {
      const text = carry + chunk;
      let start = 0;
      let end = text.indexOf('\n', start);
      while (end !== -1) {
        const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
        start = end + 1;
        end = text.indexOf('\n', start);
        const record = joinQuotedLines(raw);
        if (record) yield record;
      }
      carry = text.slice(start);
      if (carry.length + (pending?.text.length ?? 0) > maxRecordChars)
        throw new RecordTooLongError(pending?.line ?? line, maxRecordChars, joined(pending?.text, carry));
    }
  } catch (error) {
    // The text stopped being readable inside a record: say which, so the field can be named.
    if (error instanceof InvalidUtf8Error)
      error.record = { line: pending?.line ?? line, before: joined(pending?.text, carry) };
    throw error;
  }
  if (carry.length > 0) {
    const record = joinQuotedLines(carry);
    if (record) yield record;
  }
  if (pending) yield new CsvRecord(pending.line, pending.text);

  /** A line inside an open quote continues the record; a record is complete when its quotes balance. */
  function joinQuotedLines(raw: string): CsvRecord | null {
    const thisLine = line++;
    if ((pending?.text.length ?? 0) + raw.length > maxRecordChars)
      throw new RecordTooLongError(pending?.line ?? thisLine, maxRecordChars, joined(pending?.text, raw));
    if (pending) {
      pending = { text: `${pending.text}\n${raw}`, line: pending.line };
      if (countQuotes(pending.text) % 2 === 1) return null;
      const done = pending;
      pending = null;
      return new CsvRecord(done.line, done.text);
    }
    if (raw.indexOf('"') === -1) return new CsvRecord(thisLine, raw);
    if (countQuotes(raw) % 2 === 1) {
      pending = { text: raw, line: thisLine };
      return null;
    }
    return new CsvRecord(thisLine, raw);
  }
}

function joined(pending: string | undefined, next: string): string {
  return pending === undefined ? next : `${pending}\n${next}`;
}

function countQuotes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) count++;
  return count;
}

/** Splits one complete record; quoted fields lose their quotes and doubled quotes become one. */
export function splitCsvRecord(text: string): string[] {
  if (text.indexOf('"') === -1) return text.split(',');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          value += text.slice(i);
          i = text.length;
          break;
        }
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the next comma is kept, as lenient readers do.
      const comma = text.indexOf(',', i);
      value += comma === -1 ? text.slice(i) : text.slice(i, comma);
      fields.push(value);
      if (comma === -1) return fields;
      i = comma + 1;
    } else {
      const comma = text.indexOf(',', i);
      if (comma === -1) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, comma));
      i = comma + 1;
    }
  }
}
