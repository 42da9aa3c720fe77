// The records of an imported CSV file, checked on the way: a byte that is not UTF-8 or a record longer
// than the format allows is reported with its line (and, for a byte, the field it falls in) and ends
// the reading, as any other error in the file does its import.
import { csvRecords, RecordTooLongError, splitCsvRecord, type CsvRecord } from './csv-records.ts';
import type { RowErrorCollector } from './row-errors.ts';
import { InvalidUtf8Error, invalidUtf8Message, utf8Text } from './text-file.ts';

export interface CsvFileFormat {
  /** The file's columns, to name the field an invalid byte falls in. */
  readonly columns: readonly string[];
  /** The longest record the format can hold, in characters (UTF-16 code units). */
  readonly maxRecordChars: number;
  /** Put before field names, e.g. `options:` when two files are read together. */
  readonly fieldPrefix?: string;
}

export type FileChunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export async function* checkedCsvRecords(
  chunks: FileChunks,
  format: CsvFileFormat,
  errors: RowErrorCollector,
): AsyncGenerator<CsvRecord> {
  const prefix = format.fieldPrefix ?? '';
  try {
    yield* csvRecords(utf8Text(chunks), format.maxRecordChars);
  } catch (error) {
    if (error instanceof InvalidUtf8Error || error instanceof RecordTooLongError) errors.stopped = true;
    if (error instanceof InvalidUtf8Error)
      errors.add(error.line, prefix + fieldAt(error, format.columns), invalidUtf8Message(error));
    else if (error instanceof RecordTooLongError)
      errors.add(
        error.line,
        prefix + longestField(error.start, format.columns),
        `is too long: the row passes ${error.limit} characters, most of them in this field; reading ` +
          'stopped here (the field limits are in docs/data.md)',
      );
    else throw error;
  }
}

/** The column an invalid byte falls in: the header on line 1, else counted from the commas before it. */
function fieldAt(error: InvalidUtf8Error, columns: readonly string[]): string {
  const record = error.record ?? { line: error.line, before: error.lineBefore };
  return record.line === 1 ? 'header' : fieldIn(record.before, columns);
}

/** The column the end of a record's beginning falls in. */
function fieldIn(start: string, columns: readonly string[]): string {
  return columns[splitCsvRecord(start).length - 1] ?? 'row';
}

/** The column holding the longest value of a record's beginning: what made the record too long. */
function longestField(start: string, columns: readonly string[]): string {
  const fields = splitCsvRecord(start);
  const longest = fields.reduce((best, field, i) => (field.length > fields[best]!.length ? i : best), 0);
  return columns[longest] ?? 'row';
}
