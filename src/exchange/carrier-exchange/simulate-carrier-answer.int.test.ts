// The carrier answer simulator (PGlite, and PostgreSQL when TEST_DATABASE_URL is set): its 999 to a
// real 834 from the writer is read back by the exchange's own acknowledgment reader, accepting
// everything or rejecting exactly the members it picked, each as an exception naming DMG02.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { ingestAcknowledgment } from './ingest-acknowledgment.ts';
import { simulateCarrierAnswer } from './simulate-carrier-answer.ts';
import { writeCarrierFile } from './write-carrier-file.ts';

const carriers = loadShippedPartners()
  .map((entry) => entry.partner)
  .filter((p): p is CarrierPartner => p.kind === 'carrier');
const partner = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;
const NOW = new Date('2026-12-05T14:00:00Z');
const answerOn = (rejectMembers: number, seed: number, controlNumber: number) => ({
  rejectMembers,
  seed,
  date: '2026-12-05',
  time: '15:00',
  controlNumber,
});

for (const backend of testBackends()) {
  describe(`the carrier answer simulator on ${backend.name}`, () => {
    let store: Store;
    let folder: string;
    let sent: string;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 400, seed: 5 });
      await fillSyntheticAddresses(executorOf(store));
      folder = mkdtempSync(join(tmpdir(), 'pshb-simulated-999-'));
      const out = join(folder, 'changes.834');
      await writeCarrierFile(store, { partner, kind: 'changes', asOf: '2026-12-05', out, now: NOW });
      sent = readFileSync(out, 'utf8');
    }, 120_000);
    afterAll(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('gives the same answer for the same file and seed, and another for another seed', () => {
      const once = simulateCarrierAnswer(sent, partner, answerOn(2, 7, 21)).text;
      expect(simulateCarrierAnswer(sent, partner, answerOn(2, 7, 21)).text).toBe(once);
      expect(simulateCarrierAnswer(sent, partner, answerOn(2, 8, 21)).text).not.toBe(once);
    });

    it('rejects exactly the members it picked, each read back as an exception on DMG02', async () => {
      const answer = simulateCarrierAnswer(sent, partner, answerOn(2, 7, 21));
      expect(answer).toMatchObject({ rejectedMembers: 2, rejectedSets: 1 });
      const result = await ingestAcknowledgment(store, carriers, answer.text, 'simulated.999', NOW);
      expect(result.acknowledged.map((a) => a.status)).toEqual(['rejected']);
      const queue = await listExceptions(executorOf(store), { partners: ['FEP'], limit: 10 });
      expect(queue.map((item) => [item.segment_id, item.element, item.error_code])).toEqual([
        ['DMG', 'DMG02', '8'],
        ['DMG', 'DMG02', '8'],
      ]);
    });

    it('accepts everything when asked to reject no one', () => {
      const answer = simulateCarrierAnswer(sent, partner, answerOn(0, 7, 22));
      expect(answer).toMatchObject({ rejectedMembers: 0, rejectedSets: 0 });
      expect(answer.text).toContain('AK9*A*');
    });

    it('refuses a file that is not an 834, changing nothing', () => {
      expect(() => simulateCarrierAnswer('ISA*00', partner, answerOn(0, 1, 23))).toThrow();
    });
  });
}
