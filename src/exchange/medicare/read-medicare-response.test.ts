import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MEDICARE_RESPONSE_LAYOUT } from '../../domain/medicare-exchange-layout.ts';
import { PshbError } from '../../errors.ts';
import { writeRecord } from './fixed-width.ts';
import { checkMedicareResponse, medicareResponseBatches } from './read-medicare-response.ts';

const folder = mkdtempSync(join(tmpdir(), 'pshb-medicare-read-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let n = 0;
const fileOf = (lines: readonly string[]) => {
  const path = join(folder, `r${++n}.txt`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
};
const L = MEDICARE_RESPONSE_LAYOUT;
const header = writeRecord(
  L.header,
  { fileId: 'R1', createdOn: '20261205', sender: 'CMS', receiver: 'OPM' },
  1,
);
const detail = (requestId: string, values: Record<string, string> = {}) =>
  writeRecord(L.detail, { requestId, matchCode: 'M', partAStart: '20200101', ...values }, 2);
const trailer = (count: number) => writeRecord(L.trailer, { recordCount: String(count) }, 9);

async function problems(lines: readonly string[]) {
  const error = await checkMedicareResponse(fileOf(lines)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PshbError);
  expect((error as PshbError).code).toBe('INVALID_FILE');
  return (error as PshbError).details;
}

describe('a Medicare entitlement response read line by line', () => {
  it('a sound file gives its digest, sender and details in batches', async () => {
    const path = fileOf([
      header,
      detail('A1'),
      detail('A2', { partBStart: '20200101', partBEnd: '20250630' }),
      trailer(2),
    ]);
    const summary = await checkMedicareResponse(path);
    expect(summary).toMatchObject({ sender: 'CMS', detailCount: 2, createdOn: '2026-12-05' });
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
    const batches = [];
    for await (const batch of medicareResponseBatches(path, 1)) batches.push(batch);
    expect(batches.map((b) => b.map((d) => [d.line, d.requestId, d.partBEnd]))).toEqual([
      [[2, 'A1', null]],
      [[3, 'A2', '2025-06-30']],
    ]);
  });

  it('names a short line, a bad code and a wrong trailer count, each by line and column', async () => {
    const badCode = detail('A2').slice(0, 21) + 'Z' + detail('A2').slice(22);
    expect(await problems([header, 'D123', badCode, trailer(5)])).toEqual([
      expect.objectContaining({ line: 2, field: 'record' }),
      expect.objectContaining({ line: 3, field: 'column 22, matchCode' }),
      expect.objectContaining({ line: 4, field: 'column 2, recordCount' }),
    ]);
  });

  it('refuses a request id answered twice, an end before its start, dates on a no-match line', async () => {
    expect(
      await problems([
        header,
        detail('A1'),
        detail('A1'),
        detail('A3', { partBStart: '20250101', partBEnd: '20241231' }),
        detail('A4', { matchCode: 'N' }),
        trailer(4),
      ]),
    ).toEqual([
      expect.objectContaining({ line: 3, field: 'column 2, requestId' }),
      expect.objectContaining({ line: 4, field: 'column 58, partBEnd' }),
      expect.objectContaining({ line: 5, field: 'column 34, partAStart' }),
    ]);
  });

  it('refuses a file without header or trailer, and records after the trailer', async () => {
    expect((await problems([detail('A1'), trailer(1)]))[0]).toMatchObject({
      line: 1,
      field: 'column 1, recordType',
    });
    expect(await problems([header, detail('A1')])).toEqual([
      expect.objectContaining({ field: 'record', message: expect.stringMatching(/trailer/) }),
    ]);
    expect((await problems([header, trailer(0), detail('A1')]))[0]).toMatchObject({
      line: 3,
      field: 'record',
    });
  });
});
