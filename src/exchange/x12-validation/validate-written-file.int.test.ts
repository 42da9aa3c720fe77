// Files the exchange really writes for a carrier (PGlite, and PostgreSQL when TEST_DATABASE_URL is
// set): the change file and the audit of a seeded population, written by writeCarrierFile as the CLI
// does, validate against the 005010X220A1 structure with no problem.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { writeCarrierFile } from '../carrier-exchange/write-carrier-file.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { validate834 } from './validate-834.ts';
import { describeProblem } from './validation-problem.ts';

const partner = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;
const NOW = new Date('2026-12-05T14:00:00Z');

for (const backend of testBackends()) {
  describe(`the carrier files written on ${backend.name} validate`, () => {
    let store: Store;
    let folder: string;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 400, seed: 9 });
      await fillSyntheticAddresses(executorOf(store));
      folder = mkdtempSync(join(tmpdir(), 'pshb-834-validate-'));
    }, 120_000);
    afterAll(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    for (const [kind, asOf] of [
      ['changes', '2026-12-05'],
      ['audit', '2025-02-01'],
    ] as const) {
      it(`the ${kind} file: no problem, every member counted`, async () => {
        const out = join(folder, `${kind}.834`);
        const result = await writeCarrierFile(store, { partner, kind, asOf, out, now: NOW });
        expect(result.written).toBe(true);
        const report = validate834(readFileSync(out, 'utf8'));
        expect(report.problems.map(describeProblem)).toEqual([]);
        expect(report.members).toBe(result.members);
        expect(report.segments).toBe(result.segments);
      }, 120_000);
    }
  });
}
