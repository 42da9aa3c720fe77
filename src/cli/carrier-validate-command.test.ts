// pshb carrier validate FILE: a file the exchange writes is valid; a broken one is refused with each
// problem naming its segment, line and element, exit code 2, and the same report as JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { GUIDE_EXAMPLES } from '../exchange/carrier-exchange/companion-guide-examples.ts';
import { transactionBody } from '../exchange/carrier-exchange/transaction-body.ts';
import { writeInterchangeText } from '../exchange/x12/interchange.ts';
import { PshbError } from '../errors.ts';
import { registerCarrierValidateCommand } from './carrier-validate-command.ts';

const folder = mkdtempSync(join(tmpdir(), 'pshb-carrier-validate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const example = GUIDE_EXAMPLES.find((e) => e.name === 'automatic-enrollment')!;
const GOOD = writeInterchangeText({
  sender: { qualifier: 'ZZ', id: 'PSHBEXCHANGE' },
  receiver: { qualifier: 'ZZ', id: 'CARRIER01' },
  date: '2026-12-05',
  time: '14:05',
  controlNumber: 42,
  acknowledgmentRequested: true,
  usage: 'T',
  segmentSuffix: '\n',
  groups: [
    {
      functionalId: 'BE',
      applicationSender: 'PSHB',
      applicationReceiver: 'CARRIER01',
      controlNumber: 43,
      version: '005010X220A1',
      transactionSets: [
        { id: '834', controlNumber: 1, body: transactionBody(example.header!, example.records) },
      ],
    },
  ],
});

function fileWith(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

/** Runs `carrier validate ...args` on a bare command tree; returns what it printed or the error it threw. */
async function run(...args: string[]): Promise<{ stdout: string; error: unknown }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const program = new Command().exitOverride();
  registerCarrierValidateCommand(program.command('carrier'));
  const error = await program
    .parseAsync(['carrier', 'validate', ...args], { from: 'user' })
    .then(() => undefined)
    .catch((e: unknown) => e);
  return { stdout, error };
}

describe('pshb carrier validate', () => {
  it('says a file the exchange writes is valid', async () => {
    const file = fileWith('good.834', GOOD);
    const { stdout, error } = await run(file);
    expect(error).toBeUndefined();
    expect(stdout).toMatch(
      /^valid: .*good\.834: 1 transaction set\(s\), 2 member loop\(s\), \d+ segments\n$/,
    );
  });

  it('refuses a file with a wrong SE01, naming the segment, line and element', async () => {
    const file = fileWith(
      'bad-se.834',
      GOOD.replace(/SE\*(\d+)\*/, (_, n: string) => `SE*${Number(n) + 1}*`),
    );
    const { error } = await run(file);
    expect(error).toBeInstanceOf(PshbError);
    const refused = error as PshbError;
    expect(refused.code).toBe('INVALID_FILE');
    expect(refused.message).toMatch(/bad-se\.834: 1 problem\(s\)/);
    expect(refused.details).toEqual([
      expect.objectContaining({ field: 'SE01', line: 34, message: expect.stringMatching(/\(SE\)/) }),
    ]);
  });

  it('prints the report as JSON and still refuses the file', async () => {
    const file = fileWith('bad-ref.834', GOOD.replace(/REF\*0F\*P1000001~\n/, ''));
    const { stdout, error } = await run(file, '--json');
    expect(error).toBeInstanceOf(PshbError);
    const report = JSON.parse(stdout) as { valid: boolean; problems: unknown[] };
    expect(report.valid).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'required-segment', message: expect.stringMatching(/REF.*0F/) }),
    );
  });

  it('names a file it cannot read', async () => {
    const { error } = await run(join(folder, 'missing.834'));
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/<file>: cannot read/),
    });
  });
});
