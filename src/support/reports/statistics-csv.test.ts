import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import {
  FIELD_OF,
  parseStatisticsCsv,
  readStatisticsFile,
  STATISTICS_COLUMNS,
  type KnownPartners,
} from './statistics-csv.ts';

const HEAD = STATISTICS_COLUMNS.join(',');
const GOOD = 'helpline,2024-11-11 08:00,30,100,90,10,72,900,27000,5,80,3,0';
const partners: KnownPartners = { plan: 'open-season-77', ids: new Set(['helpline', 'login-gov']) };
const folder = mkdtempSync(join(tmpdir(), 'pshb-statistics-'));

function refusal(read: () => unknown): PshbError {
  try {
    read();
  } catch (error) {
    if (error instanceof PshbError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const at = (error: PshbError) => error.details.map((d) => `${d.line}:${d.field}`);

function withCell(column: number, value: string): string {
  const cells = GOOD.split(',');
  cells[column] = /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return `${HEAD}\n${cells.join(',')}\n`;
}

describe('the statistics file (issue 10 item 15)', () => {
  it('issue 10 item 15: an impossible date or time (2030-02-30, 24:00) is refused naming line and interval_start', () => {
    for (const start of ['2030-02-30 08:00', '2024-11-31 08:00', '2024-11-11 24:00', '2024-11-11 08:60']) {
      const error = refusal(() => parseStatisticsCsv(withCell(1, start), 'acd.csv', partners));
      expect(error.code).toBe('INVALID_FILE');
      expect(at(error)).toEqual(['2:interval_start']);
    }
  });

  it('issue 10 item 15: a partner the support plan does not know is refused naming line and partner', () => {
    const error = refusal(() => parseStatisticsCsv(withCell(0, 'nobody'), 'acd.csv', partners));
    expect(at(error)).toEqual(['2:partner']);
    expect(error.message).toContain('nothing was stored');
    expect(error.details[0]!.message).toContain('open-season-77');
  });

  it('issue 10 item 15: a Latin-1 file is refused at the line and field of its first invalid byte', () => {
    const file = join(folder, 'latin1.csv');
    writeFileSync(
      file,
      Buffer.from(`${HEAD}\n${GOOD}\nhelpline,2024-11-11 08:30,3\xe9,1,1,0,0,0,0,0,0,0,0\n`, 'latin1'),
    );
    const error = refusal(() => readStatisticsFile(file, partners));
    expect(error.code).toBe('INVALID_FILE');
    expect(at(error)).toEqual(['3:interval_minutes']);
  });

  it('issue 10 item 15: a byte-order mark is accepted and a folder is named as one', () => {
    const file = join(folder, 'bom.csv');
    writeFileSync(file, `\ufeff${HEAD}\n${GOOD}\n`);
    expect(readStatisticsFile(file, partners)).toHaveLength(1);
    expect(refusal(() => readStatisticsFile(folder, partners)).message).toContain('is a directory');
  });

  it('issue 10 item 15: any value in any column is either read back exactly or refused naming its line and field', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('login-gov', '2030-02-30 08:00', '2024-02-29 23:59', '0', '-1', '1.5', '1e3', '\u0000'),
      fc.string({ unit: 'binary-ascii', minLength: 900, maxLength: 1200 }),
    );
    fc.assert(
      fc.property(fc.nat(STATISTICS_COLUMNS.length - 1), anyText, (column, value) => {
        let rows;
        try {
          rows = parseStatisticsCsv(withCell(column, value), 'acd.csv', partners);
        } catch (error) {
          expect(error).toBeInstanceOf(PshbError);
          const problems = (error as PshbError).details;
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) {
            expect(problem.line).toBeGreaterThanOrEqual(2);
            expect([...STATISTICS_COLUMNS, 'row']).toContain(problem.field);
          }
          return;
        }
        expect(rows).toHaveLength(1);
        const key = Object.keys(FIELD_OF).find((k) => FIELD_OF[k] === STATISTICS_COLUMNS[column])!;
        const text = value.trim();
        const expected = column === 0 ? text : column === 1 ? text.replace('T', ' ') : Number(text);
        expect(rows[0]![key as keyof (typeof rows)[0]]).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
