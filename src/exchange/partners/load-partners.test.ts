// Reading partner files from a folder: the shipped ones all valid and synthetic where they say so,
// and a bad folder reported file by file and field by field, all at once.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import { loadShippedCatalogue } from '../../reference-data.ts';
import {
  loadPartners,
  parsePartnerFile,
  readPartnerDirectory,
  validatePartnerFile,
} from './load-partners.ts';
import { carrierForPlan, findPartner } from './partner-lookup.ts';
import { formatProblem } from './partner-problem.ts';
import { loadShippedPartners, SHIPPED_PARTNERS } from './shipped-partners.ts';

const catalogue = loadShippedCatalogue('pshb-2025');
const folders: string[] = [];

function copyOfShipped(): string {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-partners-'));
  folders.push(folder);
  cpSync(SHIPPED_PARTNERS, folder, { recursive: true });
  return folder;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the file's JSON freely
function edit(folder: string, id: string, change: (json: any) => void): string {
  const file = join(folder, `${id}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the shipped partner files', () => {
  const partners = loadShippedPartners();

  it('all validate: one per carrier of the catalogue, plus CMS and SSA', () => {
    const carriers = new Set(catalogue.options.map((option) => option.carrierCode));
    expect(carriers.size).toBe(12);
    const codes = partners.map(({ partner }) =>
      partner.kind === 'carrier' ? partner.carrierCode : partner.agencyCode,
    );
    expect(codes.sort()).toEqual([...carriers, 'CMS', 'SSA'].sort());
  });

  it('say they are unconfirmed and synthetic, with contacts only on reserved example domains', () => {
    for (const { file, partner } of partners) {
      expect(partner.sourceNote, file).toMatch(/UNCONFIRMED/);
      expect(partner.sourceNote, file).toMatch(/SYNTHETIC/);
      for (const contact of partner.contacts) expect(contact.email, file).toMatch(/\.example$/);
      if (partner.kind === 'carrier') expect(partner.x12.usageIndicator, file).toBe('T');
    }
  });

  it('are found by carrier code, agency code or id, in any case', () => {
    expect(findPartner(partners, 'fep')?.partner.id).toBe('fep');
    expect(findPartner(partners, 'Ssa')?.partner.id).toBe('ssa');
    expect(findPartner(partners, 'ACME')).toBeUndefined();
  });

  it("finds the carrier an enrollment's plan is reported to", () => {
    expect(carrierForPlan(partners, '35')?.carrierCode).toBe('FEP');
    expect(carrierForPlan(partners, 'K1')?.carrierCode).toBe('SYNCA');
    expect(carrierForPlan(partners, 'Q7')).toBeUndefined();
  });
});

describe('a folder of partner files', () => {
  it('reports every problem of every file, each with its file and field', () => {
    const folder = copyOfShipped();
    const fep = edit(folder, 'fep', (json) => {
      json.x12.usageIndicator = 'X';
      json.schedule.audit.dayOfMonth = 30;
    });
    const geha = edit(folder, 'geha', (json) => json.planCodes.push('35'));
    const read = readPartnerDirectory(folder, catalogue);
    expect(read.problems.map(formatProblem)).toEqual([
      `${fep}: x12.usageIndicator: P (production) or T (test)`,
      `${fep}: schedule.audit.dayOfMonth: Too big: expected number to be <=28`,
      `${geha}: planCodes[3]: plan 35 is carried by FEP in catalogue pshb-2025, not GEHA`,
      // fep.json is invalid, so FEP's other PSHB plan reaches no carrier either.
      `${folder}: (root): no valid partner file for carrier FEP, whose PSHB plan 33 is in catalogue pshb-2025`,
    ]);
    expect(() => loadPartners(folder, catalogue)).toThrow(PshbError);
  });

  it('gives the line of a JSON syntax error', () => {
    const result = parsePartnerFile('{\n  "kind": "carrier",\n  oops\n}', 'broken.json');
    expect(result.problems).toEqual([expect.objectContaining({ file: 'broken.json', line: 3 })]);
  });

  it('names an unknown field itself, not its parent', () => {
    const text = readFileSync(join(SHIPPED_PARTNERS, 'cms.json'), 'utf8').replace(
      '"agencyCode"',
      '"agencyCod": "CMS", "agencyCode"',
    );
    expect(parsePartnerFile(text, 'cms.json').problems.map((p) => p.field)).toEqual(['agencyCod']);
  });

  it('wants the file named after the partner id', () => {
    const text = readFileSync(join(SHIPPED_PARTNERS, 'cms.json'), 'utf8');
    expect(parsePartnerFile(text, 'medicare.json').problems).toEqual([
      { file: 'medicare.json', field: 'id', message: 'the file of partner "cms" is named cms.json' },
    ]);
  });

  it('refuses a folder that cannot be read', () => {
    expect(() => readPartnerDirectory(join(tmpdir(), 'no-such-partner-folder'), catalogue)).toThrow(
      /cannot read the partner folder/,
    );
  });
});

describe('one file validated against the folder it would join', () => {
  const others = loadShippedPartners();

  it('a changed copy of a shipped file replaces it rather than conflicting with it', () => {
    const folder = copyOfShipped();
    const file = edit(folder, 'fep', (json) => (json.x12.usageIndicator = 'P'));
    expect(validatePartnerFile(file, catalogue, others).problems).toEqual([]);
  });

  it("a new carrier file claiming another's plan and interchange ID is refused on both counts", () => {
    const folder = copyOfShipped();
    const file = join(folder, 'acme.json');
    const json = JSON.parse(readFileSync(join(folder, 'synpp.json'), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...json, id: 'acme', planCodes: ['P9'] }));
    const problems = validatePartnerFile(file, catalogue, others).problems.map(
      (p) => `${p.field}: ${p.message}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^carrierCode: partner code SYNPP is also in .*synpp\.json$/),
        expect.stringMatching(/^planCodes\[0\]: plan P9 is also in .*synpp\.json$/),
        expect.stringMatching(
          /^x12\.interchangeReceiver\.id: interchange ID \(ISA07\/ISA08\) ZZ\/SYNPPSYN834 is also/,
        ),
      ]),
    );
  });
});
