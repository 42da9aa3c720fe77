// The demo's rehearsal of the carrier exchange (PGlite, and PostgreSQL when TEST_DATABASE_URL is set):
// every carrier with members gets one change file and a simulated 999, the chosen rejections land in
// the exception queue, and a second rehearsal sends nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { listExceptions } from '../../storage/exchange/exchange-exceptions.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { rehearseCarrierExchange } from './rehearse-carrier-exchange.ts';

const carriers = loadShippedPartners()
  .map((entry) => entry.partner)
  .filter((p): p is CarrierPartner => p.kind === 'carrier');

for (const backend of testBackends()) {
  describe(`the carrier exchange rehearsal on ${backend.name}`, () => {
    let store: Store;
    let dataDir: string;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 400, seed: 11 });
      await fillSyntheticAddresses(executorOf(store));
      dataDir = mkdtempSync(join(tmpdir(), 'pshb-rehearsal-'));
    }, 120_000);
    afterAll(async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const rehearse = () =>
      rehearseCarrierExchange(store, {
        carriers,
        dataDir,
        asOf: '2026-12-05',
        now: new Date('2026-12-05T14:00:00Z'),
        rejections: { FEP: 2 },
      });

    it('sends each carrier with members its changes and reads the simulated answers back', async () => {
      const rehearsed = await rehearse();
      expect(rehearsed.length).toBeGreaterThan(0);
      expect(rehearsed.find((r) => r.carrier === 'FEP')?.rejectedMembers).toBe(2);
      const open = await listExceptions(executorOf(store), {
        partners: ['FEP'],
        kind: 'ack_rejected',
        limit: 100,
      });
      expect(open).toHaveLength(2);
    });

    it('is applied once: a second rehearsal sends nothing', async () => {
      expect(await rehearse()).toEqual([]);
    });
  });
}
