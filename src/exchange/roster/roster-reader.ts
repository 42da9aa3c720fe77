// Reading a roster file's rows: UTF-8 text, records no longer than the format allows, and the header
// checked; everything wrong is added to the errors with its line and field.
import { checkedCsvRecords, type CsvFileFormat, type FileChunks } from './csv-file.ts';
import type { CsvRecord } from './csv-records.ts';
import { ROSTER_COLUMNS, ROSTER_HEADER, ROSTER_HEADER_WITHOUT_MEDICARE_NUMBER } from './roster-columns.ts';
import type { RowErrorCollector } from './row-errors.ts';

/**
 * Enough for every column at its longest (names of 100 characters, each UTF-16 unit of them possibly a
 * doubled quote); a longer record is refused before it is held in memory whole.
 */
const ROSTER_FORMAT: CsvFileFormat = { columns: ROSTER_COLUMNS, maxRecordChars: 4000 };

/**
 * The data rows of a roster; a wrong header is an error and yields nothing. `onHeader` hears how many
 * columns the header has: all of them, or all but the optional medicare_number.
 */
export async function* rosterRecords(
  bytes: FileChunks,
  errors: RowErrorCollector,
  onHeader: (columns: number) => void,
): AsyncGenerator<CsvRecord> {
  let first = true;
  for await (const record of checkedCsvRecords(bytes, ROSTER_FORMAT, errors)) {
    if (first) {
      first = false;
      if (record.text === ROSTER_HEADER) onHeader(ROSTER_COLUMNS.length);
      else if (record.text === ROSTER_HEADER_WITHOUT_MEDICARE_NUMBER) onHeader(ROSTER_COLUMNS.length - 1);
      else {
        errors.add(
          record.line,
          'header',
          `must be exactly: ${ROSTER_HEADER} (the last column, medicare_number, may be left out)`,
        );
        return;
      }
      continue;
    }
    if (record.text === '') continue;
    yield record;
  }
  if (first && !errors.any) errors.add(1, 'header', 'the file is empty');
}
