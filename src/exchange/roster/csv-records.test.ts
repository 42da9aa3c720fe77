import { describe, expect, it } from 'vitest';
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
