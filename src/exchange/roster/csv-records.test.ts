import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../storage/csv-text.ts';
import { csvRecords, splitCsvRecord } from './csv-records.ts';

async function collect(chunks: string[]): Promise<{ line: number; fields: string[] }[]> {
  const out = [];
  for await (const record of csvRecords(chunks)) out.push({ line: record.line, fields: record.fields });
  return out;
}

describe('csvRecords', () => {
  it('splits plain lines and numbers them from 1', async () => {
    expect(await collect(['a,b\n1,', '2\n3,4'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes, CRLF and line breaks', async () => {
    expect(await collect(['x,"a, ""b"""\r\n"multi\nline",z\n', 'last,1\n'])).toEqual([
      { line: 1, fields: ['x', 'a, "b"'] },
      { line: 2, fields: ['multi\nline', 'z'] },
      { line: 4, fields: ['last', '1'] },
    ]);
  });

  it('keeps empty fields', () => {
    expect(splitCsvRecord(',"",a,')).toEqual(['', '', 'a', '']);
  });
});

describe('csvRecords against csv-parse', () => {
  // A CR LF inside a quoted field reads as LF (the reader splits lines first); csv-parse keeps the CR,
  // so the generated fields hold bare line feeds only.
  const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', ' ', '1'), maxLength: 8 });
  const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });

  it('reads what our writer wrote, in chunks of any size, as csv-parse reads it', async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.integer({ min: 1, max: 20 }), async (table, size) => {
        const text = table.map((row) => csvLine(row)).join('');
        const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
        const ours = (await collect(chunks)).map((record) => record.fields);
        expect(ours).toEqual(table);
        expect(ours).toEqual(parse(text, { relax_column_count: true }));
      }),
      { numRuns: 300 },
    );
  });
});
