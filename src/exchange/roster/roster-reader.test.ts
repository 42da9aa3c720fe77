import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProgramCalendar, loadShippedCatalogue } from '../../reference-data.ts';
import { csvField } from '../../storage/csv-text.ts';
import { generateRoster } from '../population/index.ts';
import { COLUMN as C, ROSTER_COLUMNS, ROSTER_HEADER } from './roster-columns.ts';
import { rosterRecords } from './roster-reader.ts';
import { fehbCodesOf, RosterValidator } from './roster-validator.ts';
import { RowErrorCollector, type RowError } from './row-errors.ts';

const catalogue = loadShippedCatalogue();
const fehbCodes = fehbCodesOf(catalogue);
const pshbCodes = new Set(
  catalogue.options
    .filter((o) => o.program === 'PSHB')
    .flatMap((o) => Object.values(o.premiums).map((p) => p!.enrollmentCode)),
);

/** What the roster reader makes of a file: the fields of each row it accepted, and its errors. */
async function read(bytes: Uint8Array): Promise<{ rows: string[][]; errors: RowError[] }> {
  const errors = new RowErrorCollector();
  const validator = new RosterValidator(errors, fehbCodes, pshbCodes);
  const rows: string[][] = [];
  for await (const record of rosterRecords([bytes], errors, (n) => validator.expectColumns(n))) {
    validator.check(record);
    rows.push(record.fields);
  }
  validator.finish();
  return { rows, errors: errors.errors };
}

/** A roster of one valid single-person household, as fields. */
let single: string[];

beforeAll(async () => {
  let text = '';
  for await (const chunk of generateRoster({
    people: 200,
    seed: 5,
    catalogue,
    calendar: loadProgramCalendar(),
  }))
    text += chunk;
  const rows = text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  single = rows.find(
    (row, i) =>
      row[C.relationship] === 'self' &&
      rows[i + 1]?.[C.relationship] !== 'spouse' &&
      rows[i + 1]?.[C.relationship] !== 'child' &&
      row[C.fehb_covered_person_id] === '',
  )!;
});

function rosterWith(column: number, value: string): Buffer {
  const row = [...single];
  row[column] = value;
  return Buffer.from(`${ROSTER_HEADER}\n${row.map(csvField).join(',')}\n`, 'utf8');
}

/** Unicode text of any kind, control characters included, now and then far past every limit. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 90, maxLength: 130 }),
  fc.string({ unit: 'binary-ascii', minLength: 3000, maxLength: 6000 }),
);

function expectAcceptedOrNamed(
  result: { rows: string[][]; errors: RowError[] },
  column: number,
  value: string,
  fields: readonly string[],
): void {
  if (result.errors.length === 0) {
    expect(result.rows[0]![column]).toBe(value);
    return;
  }
  for (const error of result.errors) {
    expect(error.line).toBe(2);
    expect(fields).toContain(error.field);
  }
}

describe('the roster reader on generated input (issue 10 item 15)', () => {
  it('reads the untouched household without an error', async () => {
    expect((await read(rosterWith(C.first_name, single[C.first_name]!))).errors).toEqual([]);
  });

  it('issue 10 item 15: any first or last name is either read back exactly or refused naming its line and field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(C.first_name, C.last_name), anyText, async (column, value) => {
        const result = await read(rosterWith(column, value));
        expectAcceptedOrNamed(result, column, value, [ROSTER_COLUMNS[column]!]);
      }),
      { numRuns: 300 },
    );
  });

  it('issue 10 item 15: any value in any column is either read back exactly or refused naming its line and a field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(ROSTER_COLUMNS.length - 1), anyText, async (column, value) => {
        const result = await read(rosterWith(column, value));
        expectAcceptedOrNamed(result, column, value, [...ROSTER_COLUMNS, 'row']);
      }),
      { numRuns: 300 },
    );
  });

  it('issue 10 item 15: any bytes in a name, UTF-8 or not, are either read back exactly or refused naming the name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 40 }), async (bytes) => {
        const quoted = Buffer.from([...bytes].flatMap((b) => (b === 0x22 ? [b, b] : [b])));
        const row = single.map((field) => Buffer.from(csvField(field), 'utf8'));
        row[C.first_name] = Buffer.concat([Buffer.from('"'), quoted, Buffer.from('"')]);
        const file = Buffer.concat([
          Buffer.from(`${ROSTER_HEADER}\n`),
          ...row.flatMap((field, i) => (i === 0 ? [field] : [Buffer.from(','), field])),
          Buffer.from('\n'),
        ]);
        const result = await read(file);
        const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        // A byte that is not UTF-8 is reported on its own line, which a quoted line break moves down.
        const lastLine = 2 + bytes.filter((b) => b === 10).length;
        if (result.errors.length === 0) expect(result.rows[0]![C.first_name]).toBe(decoded);
        for (const error of result.errors) {
          expect(error.line).toBeGreaterThanOrEqual(2);
          expect(error.line).toBeLessThanOrEqual(lastLine);
          expect(error.field).toBe('first_name');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('issue 10 item 15: a NUL, a line break or a 10 MB first name is refused on its line and field', async () => {
    for (const value of ['Ann\u0000e', 'Ann\ne', 'Ann\u001be', 'A'.repeat(101), 'A'.repeat(10 << 20)]) {
      const { errors } = await read(rosterWith(C.first_name, value));
      expect(errors.map((e) => `${e.line} ${e.field}`)).toEqual(['2 first_name']);
    }
  });

  it('issue 10 item 15: a byte-order mark before the header is accepted', async () => {
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), rosterWith(C.first_name, 'Ann')]);
    expect((await read(file)).errors).toEqual([]);
  });
});
