// pshb partners list, show and validate: the shipped partners read, and a bad file refused with
// each problem on its own line as `file: field: message` and a non-zero exit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../../test-support/run-pshb.ts';
import { SHIPPED_PARTNERS } from '../exchange/partners/shipped-partners.ts';

const pshb = runMain;
const folder = mkdtempSync(join(tmpdir(), 'pshb-partners-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the file's JSON freely
function writePartner(name: string, change: (json: any) => void, from = 'fep'): string {
  const json = JSON.parse(readFileSync(join(SHIPPED_PARTNERS, `${from}.json`), 'utf8'));
  change(json);
  const file = join(folder, name);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

describe('pshb partners list', () => {
  it('lists the 14 shipped partners as JSON', async () => {
    const run = await pshb('partners', 'list', '--json');
    expect(run.code, run.stderr).toBe(0);
    const partners = JSON.parse(run.stdout) as { partner: { id: string } }[];
    expect(partners.map((entry) => entry.partner.id)).toContain('fep');
    expect(partners).toHaveLength(14);
  });

  it('prints a table with the interchange IDs', async () => {
    const run = await pshb('partners', 'list');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^code\s+kind\s+name/);
    expect(run.stdout).toContain('ZZ/FEPSYN834');
  });
});

describe('pshb partners show', () => {
  it('shows a carrier by its code in any case', async () => {
    const run = await pshb('partners', 'show', 'geha');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('GEHA: GEHA (carrier');
    expect(run.stdout).toContain('Acknowledgment: a 999 within 48 hours of each file');
  });

  it("shows an agency's agreement as JSON", async () => {
    const run = await pshb('partners', 'show', 'CMS', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).partner.agreement.citation).toContain('890.1612');
  });

  it('says which partners there are when the code is unknown', async () => {
    const run = await pshb('partners', 'show', 'ACME');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no partner "ACME"');
    expect(run.stderr).toContain('FEP');
  });
});

describe('pshb partners validate', () => {
  it('accepts a good file and the whole shipped folder', async () => {
    const good = writePartner('fep.json', (json) => (json.x12.usageIndicator = 'P'));
    const one = await pshb('partners', 'validate', good);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toBe(`valid: ${good}\n`);
    const all = await pshb('partners', 'validate', '--json');
    expect(all.code, all.stderr).toBe(0);
    expect(JSON.parse(all.stdout)).toMatchObject({ valid: true, problems: [] });
  });

  it('refuses a bad file with exit 2, printing each problem as file: field: message', async () => {
    const bad = writePartner(
      'synca.json',
      (json) => {
        json.x12.interchangeReceiver.qualifier = 'XX';
        json.endpoint = { kind: 'sftp', host: 'sftp.synca.example', port: 22, username: 'pshb' };
        json.planCodes.push('GH');
      },
      'synca',
    );
    const run = await pshb('partners', 'validate', bad);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/: x12\.interchangeReceiver\.qualifier: one of 01, 14, .*, ZZ /),
    );
    for (const field of [
      'x12.interchangeReceiver.qualifier',
      'endpoint.remoteOutbox',
      'endpoint.remoteInbox',
      'endpoint.keyRef',
    ])
      expect(lines.some((line) => line.startsWith(`${bad}: ${field}: `))).toBe(true);
  });

  it('reports catalogue problems as JSON too, still exiting 2', async () => {
    const bad = writePartner('geha.json', (json) => json.planCodes.push('K1'), 'geha');
    const run = await pshb('partners', 'validate', bad, '--json');
    expect(run.code).toBe(2);
    const result = JSON.parse(run.stdout);
    expect(result.valid).toBe(false);
    expect(result.problems).toContainEqual({
      file: bad,
      field: 'planCodes[3]',
      message: 'plan K1 is carried by SYNCA in catalogue pshb-2025, not GEHA',
    });
  });

  it('refuses a catalogue that is not shipped, naming the option', async () => {
    const run = await pshb('partners', 'list', '--catalogue', 'pshb-1999');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--catalogue');
  });

  it('says which file cannot be read', async () => {
    const run = await pshb('partners', 'validate', join(folder, 'nowhere.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nowhere.json');
  });
});
