// A carrier's 834 written from a generated population and read back by the X12 reader (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set): the envelope verifies, every member loop is counted, the
// file is recorded with the events it carried, and a second change file has nothing to send.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { listExchangeFiles } from '../../storage/exchange/exchange-files.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { parseInterchange } from '../x12/read-interchange.ts';
import { writeCarrierFile } from './write-carrier-file.ts';

const partner = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;
const NOW = new Date('2026-12-05T14:00:00Z');

for (const backend of testBackends()) {
  describe(`a carrier's 834 on ${backend.name}`, () => {
    let store: Store;
    let folder: string;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 600, seed: 12 });
      await fillSyntheticAddresses(executorOf(store));
      folder = mkdtempSync(join(tmpdir(), 'pshb-834-'));
    }, 120_000);
    afterAll(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('writes the changes as an interchange whose envelope verifies, and records the events it carried', async () => {
      const out = join(folder, 'changes.834');
      const result = await writeCarrierFile(store, {
        partner,
        kind: 'changes',
        asOf: '2026-12-05',
        out,
        now: NOW,
      });
      expect(result.written).toBe(true);
      const parsed = parseInterchange(readFileSync(out, 'utf8'));
      expect(parsed.header.controlNumber).toBe(result.interchangeControlNumber);
      const sets = parsed.groups.flatMap((g) => g.transactionSets);
      const members = sets.flatMap((s) => s.segments).filter((s) => s.id === 'INS');
      expect(members).toHaveLength(result.members);
      expect(result.bytes).toBe(Buffer.byteLength(readFileSync(out, 'utf8')));
      const [file] = await listExchangeFiles(executorOf(store), 'FEP', { limit: 1 });
      expect(file).toMatchObject({
        interchange_control_number: result.interchangeControlNumber,
        sha256: result.sha256,
      });
      expect(result.events).toBeGreaterThan(0);
    });

    it('has nothing to send the second time, and leaves no file behind', async () => {
      const out = join(folder, 'again.834');
      const result = await writeCarrierFile(store, {
        partner,
        kind: 'changes',
        asOf: '2026-12-05',
        out,
        now: NOW,
      });
      expect(result.written).toBe(false);
      expect(() => readFileSync(out)).toThrow();
    });

    it('writes the audit as every member with INS03 030, and uses new control numbers', async () => {
      const out = join(folder, 'audit.834');
      const result = await writeCarrierFile(store, {
        partner,
        kind: 'audit',
        asOf: '2025-02-01',
        out,
        now: NOW,
      });
      const parsed = parseInterchange(readFileSync(out, 'utf8'));
      const ins = parsed.groups
        .flatMap((g) => g.transactionSets)
        .flatMap((s) => s.segments)
        .filter((s) => s.id === 'INS');
      expect(ins.length).toBe(result.members);
      expect(ins.every((s) => s.elements[2] === '030')).toBe(true);
      expect(result.interchangeControlNumber).toBeGreaterThan(1);
    });
  });
}
