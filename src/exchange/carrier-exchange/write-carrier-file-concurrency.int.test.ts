// Two change files for one carrier asked for at the same moment (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): the runs take turns from reading the watermark until the file is
// recorded, so every event is sent once; the second run writes nothing or only newer events.
import { mkdtempSync, rmSync } from 'node:fs';
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
import { writeCarrierFile } from './write-carrier-file.ts';

const partner = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;
const NOW = new Date('2026-12-05T14:00:00Z');

for (const backend of testBackends()) {
  describe(`two change files for one carrier at once on ${backend.name}`, () => {
    let store: Store;
    let folder: string;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 300, seed: 21 });
      await fillSyntheticAddresses(executorOf(store));
      folder = mkdtempSync(join(tmpdir(), 'pshb-834-twice-'));
    }, 120_000);
    afterAll(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('sends each event once', async () => {
      const run = (name: string) =>
        writeCarrierFile(store, {
          partner,
          kind: 'changes',
          asOf: '2026-12-05',
          out: join(folder, name),
          now: NOW,
        });
      const [first, second] = await Promise.all([run('a.834'), run('b.834')]);
      expect(first.written || second.written).toBe(true);
      const carried = await store.db
        .selectFrom('exchange_file_event')
        .select(['file_id', 'enrollment_event_id', 'member_id'])
        .execute();
      // An event is carried once per member it touches; no event may be in both files.
      const fileOf = new Map<number, number>();
      for (const row of carried) {
        const event = Number(row.enrollment_event_id);
        const file = Number(row.file_id);
        expect(fileOf.get(event) ?? file).toBe(file);
        fileOf.set(event, file);
      }
      expect(carried.length).toBeGreaterThan(0);
      expect(first.events + second.events).toBe(carried.length);
      const files = await listExchangeFiles(executorOf(store), 'FEP', { kind: '834_changes', limit: 10 });
      if (files.length === 2) {
        const [newer, older] = files;
        expect(Number(newer!.since_event_id)).toBeGreaterThanOrEqual(Number(older!.through_event_id));
      }
    });
  });
}
