// The partner files checked against the catalogue and each other: every enrollment reaches exactly
// one carrier, and every inbound interchange ID names exactly one partner.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tradingPartner, type CarrierPartner } from '../../domain/trading-partner.ts';
import { loadShippedCatalogue } from '../../reference-data.ts';
import {
  catalogueProblems,
  coverageProblems,
  crossCheckPartners,
  partnerSetProblems,
  type PartnerEntry,
} from './partner-cross-checks.ts';
import { SHIPPED_PARTNERS } from './shipped-partners.ts';

const catalogue = loadShippedCatalogue('pshb-2025');
const SHIPPED_IDS = [
  'apwu',
  'cms',
  'fep',
  'geha',
  'nalc',
  'ssa',
  'synas',
  'synca',
  'synma',
  'synmu',
  'synnw',
  'synny',
  'synpp',
  'syntx',
];

function shipped(id: string): PartnerEntry {
  const json: unknown = JSON.parse(readFileSync(`${SHIPPED_PARTNERS}${id}.json`, 'utf8'));
  return { file: `${id}.json`, partner: tradingPartner.parse(json) };
}

function carrier(id: string, change: (partner: CarrierPartner) => void = () => {}): PartnerEntry {
  const entry = shipped(id);
  if (entry.partner.kind !== 'carrier') throw new Error(`${id} is not a carrier`);
  const partner = structuredClone(entry.partner);
  change(partner);
  return { file: entry.file, partner };
}

const all = (): PartnerEntry[] => SHIPPED_IDS.map(shipped);

describe('a carrier file against the catalogue', () => {
  it('the shipped files raise nothing', () => {
    expect(crossCheckPartners(all(), catalogue, 'partners')).toEqual([]);
  });

  it('refuses a carrier code the catalogue does not have', () => {
    const problems = catalogueProblems(
      carrier('fep', (p) => (p.carrierCode = 'ACME')),
      catalogue,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'fep.json',
        field: 'carrierCode',
        message: expect.stringContaining('ACME'),
      }),
    ]);
  });

  it('refuses a plan code the catalogue does not have, naming its index', () => {
    const problems = catalogueProblems(
      carrier('fep', (p) => p.planCodes.push('Q7')),
      catalogue,
    );
    expect(problems).toEqual([
      { file: 'fep.json', field: 'planCodes[5]', message: 'plan Q7 is not in catalogue pshb-2025' },
    ]);
  });

  it('refuses a plan the catalogue gives another carrier (the enrollment would go to the wrong one)', () => {
    const problems = catalogueProblems(
      carrier('geha', (p) => p.planCodes.push('77')),
      catalogue,
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['planCodes[3]', 'plan 77 is carried by NALC in catalogue pshb-2025, not GEHA'],
    ]);
  });

  it("refuses a name other than the catalogue's for the carrier", () => {
    const problems = catalogueProblems(
      carrier('nalc', (p) => (p.name = 'APWU Health Plan')),
      catalogue,
    );
    expect(problems.map((p) => p.field)).toEqual(['name']);
  });

  it('an agency has no catalogue entries to check', () => {
    expect(catalogueProblems(shipped('cms'), catalogue)).toEqual([]);
  });
});

describe('partner files against each other', () => {
  it('a plan carried by two partners is reported on both files', () => {
    const entries = [carrier('fep'), carrier('synca', (p) => p.planCodes.push('33'))];
    const problems = partnerSetProblems(entries);
    expect(problems).toEqual([
      { file: 'fep.json', field: 'planCodes[3]', message: 'plan 33 is also in synca.json' },
      { file: 'synca.json', field: 'planCodes[1]', message: 'plan 33 is also in fep.json' },
    ]);
  });

  it('two carriers with one interchange ID (ISA07/ISA08) are both reported', () => {
    const entries = [
      carrier('fep'),
      carrier('geha', (p) => (p.x12.interchangeReceiver = { qualifier: 'ZZ', id: 'FEPSYN834' })),
    ];
    expect(partnerSetProblems(entries).map((p) => `${p.file} ${p.field}`)).toEqual([
      'fep.json x12.interchangeReceiver.id',
      'geha.json x12.interchangeReceiver.id',
    ]);
  });

  it('the same ID under another qualifier is a different interchange ID', () => {
    const entries = [
      carrier('fep'),
      carrier('geha', (p) => (p.x12.interchangeReceiver = { qualifier: '30', id: 'FEPSYN834' })),
    ];
    expect(partnerSetProblems(entries)).toEqual([]);
  });

  it('two files for one carrier are both reported', () => {
    const second = { ...carrier('fep', (p) => (p.id = 'fep-2')), file: 'fep-2.json' };
    const problems = partnerSetProblems([carrier('fep'), second]);
    expect(problems.filter((p) => p.field === 'carrierCode').map((p) => p.file)).toEqual([
      'fep.json',
      'fep-2.json',
    ]);
  });
});

describe('every PSHB plan reaches a carrier', () => {
  it("names a PSHB plan missing from its carrier's file", () => {
    const entries = all().map((entry) =>
      entry.partner.id === 'fep' ? carrier('fep', (p) => (p.planCodes = ['10', '11', '13', '33'])) : entry,
    );
    expect(coverageProblems(entries, catalogue, 'partners')).toEqual([
      {
        file: 'fep.json',
        field: 'planCodes',
        message: 'PSHB plan 35 of catalogue pshb-2025 is missing: enrollments in it would reach no carrier',
      },
    ]);
  });

  it('names the carrier that has no file at all', () => {
    const entries = all().filter((entry) => entry.partner.id !== 'nalc');
    expect(coverageProblems(entries, catalogue, 'partners')).toEqual([
      {
        file: 'partners',
        field: '(root)',
        message: 'no valid partner file for carrier NALC, whose PSHB plan 77 is in catalogue pshb-2025',
      },
    ]);
  });
});
