import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAcknowledgment } from './collect-inbound.ts';
import { folderTransport } from './folder-transport.ts';
import { retryWithBackoff } from './retry-with-backoff.ts';
import { isPlainFileName } from './transport.ts';

describe('the outbox and inbox folders of a partner without a server', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'pshb-folder-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('puts a file whole, recognises it the second time, and replaces a leftover temporary file', async () => {
    const transport = folderTransport(join(folder, 'outbox'), join(folder, 'inbox'));
    const local = join(folder, 'a.834');
    writeFileSync(local, 'ISA*complete file');
    expect(await transport.put(local, 'a.834')).toBe('sent');
    expect(await transport.put(local, 'a.834')).toBe('already-there');
    writeFileSync(join(folder, 'outbox', 'b.834.partial'), 'half');
    expect(await transport.put(local, 'b.834')).toBe('sent');
    expect(readdirSync(join(folder, 'outbox')).sort()).toEqual(['a.834', 'b.834']);
    expect(readFileSync(join(folder, 'outbox', 'b.834'), 'utf8')).toBe('ISA*complete file');
  });

  it('lists the inbox without temporary files, and an inbox not yet made as empty', async () => {
    const transport = folderTransport(join(folder, 'outbox'), join(folder, 'inbox'));
    expect(await transport.list()).toEqual([]);
    await transport.put(join(import.meta.dirname, 'transport.ts'), 'x.txt');
    expect(await transport.list('outbound')).toMatchObject([{ name: 'x.txt' }]);
  });
});

describe('what collection reads', () => {
  const isa = (body: string) =>
    'ISA*00*          *00*          *ZZ*FEPSYN834      *ZZ*PSHBEXCHSYN    *261205*1500*^*00501*000000041*0*T*:~' +
    body;

  it('takes a 999 (GS01 FA) or a TA1 as an acknowledgment, and an 834 or a note as not', () => {
    expect(isAcknowledgment(isa('GS*FA*FEPSYN*PSHBEXCH*20261205*1500*41*X*005010X231A1~'))).toBe(true);
    expect(isAcknowledgment(isa('\nTA1*000000007*261205*1400*A*000~'))).toBe(true);
    expect(isAcknowledgment(isa('GS*BE*PSHBEXCH*FEPSYN*20261205*1500*41*X*005010X220A1~'))).toBe(false);
    expect(isAcknowledgment('a note from the carrier')).toBe(false);
  });

  it('refuses names that could reach outside the folder', () => {
    expect(isPlainFileName('FEP-ack-41.999')).toBe(true);
    for (const name of ['../x', '.hidden', 'a/b', '', 'a..b']) expect(isPlainFileName(name)).toBe(false);
  });
});

describe('retries', () => {
  it('tries again until the work succeeds, and gives up with the last error', async () => {
    let calls = 0;
    const done = await retryWithBackoff({ attempts: 3, firstDelayMs: 1 }, async () => {
      if (++calls < 3) throw new Error(`try ${calls}`);
      return 'ok';
    });
    expect(done).toEqual({ value: 'ok', attempts: 3 });
    await expect(
      retryWithBackoff({ attempts: 2, firstDelayMs: 1 }, () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
  });
});
