// A carrier's 999 and TA1 matched to the 834 they answer (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): accepted, partly rejected, the same file twice, and an answer to a file
// never sent, which is refused by its segment and changes nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { fileStatusHistory, listExchangeFiles } from '../../storage/exchange/exchange-files.ts';
import { exceptionHistory, listExceptions } from '../../storage/exchange/exchange-exceptions.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import type { ImplementationAcknowledgment } from '../x12/acknowledgment.ts';
import { parseInterchange, type ParsedInterchange } from '../x12/read-interchange.ts';
import { acceptingAcknowledgment, writeAcknowledgments } from '../x12/write-acknowledgment.ts';
import { ingestAcknowledgment } from './ingest-acknowledgment.ts';
import { writeCarrierFile } from './write-carrier-file.ts';

const carriers = loadShippedPartners()
  .map((entry) => entry.partner)
  .filter((p): p is CarrierPartner => p.kind === 'carrier');
const partner = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;
const NOW = new Date('2026-12-05T14:00:00Z');

/** The carrier's answer, as its translator would send it back to the exchange. */
function answer(ack: ImplementationAcknowledgment, controlNumber: number): string {
  return writeAcknowledgments({
    sender: partner.x12.interchangeReceiver,
    receiver: partner.x12.interchangeSender,
    date: '2026-12-05',
    time: '15:00',
    controlNumber,
    acknowledgmentRequested: false,
    usage: 'T',
    applicationSender: partner.x12.applicationReceiver,
    applicationReceiver: partner.x12.applicationSender,
    groupControlNumber: controlNumber,
    implementationAcknowledgments: [ack],
  });
}

for (const backend of testBackends()) {
  describe(`acknowledgments of carrier files on ${backend.name}`, () => {
    let store: Store;
    let folder: string;
    let sent: ParsedInterchange;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 400, seed: 5 });
      await fillSyntheticAddresses(executorOf(store));
      folder = mkdtempSync(join(tmpdir(), 'pshb-999-'));
      const out = join(folder, 'changes.834');
      await writeCarrierFile(store, { partner, kind: 'changes', asOf: '2026-12-05', out, now: NOW });
      sent = parseInterchange(readFileSync(out, 'utf8'));
    }, 120_000);
    afterAll(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('marks the file accepted when the 999 accepts every transaction set (005010X231A1 IK5 A, AK9 A)', async () => {
      const text = answer(acceptingAcknowledgment(sent.groups[0]!, '0001'), 11);
      const result = await ingestAcknowledgment(store, carriers, text, 'ack-1.999', NOW);
      expect(result.acknowledged.map((a) => a.status)).toEqual(['accepted']);
    });

    it('recognises the same acknowledgment sent twice and changes nothing', async () => {
      const text = answer(acceptingAcknowledgment(sent.groups[0]!, '0001'), 11);
      const result = await ingestAcknowledgment(store, carriers, text, 'ack-1-again.999', NOW);
      expect(result.duplicate).toBe(true);
      const [file] = await listExchangeFiles(executorOf(store), 'FEP', { kind: '834_changes', limit: 1 });
      expect(await fileStatusHistory(executorOf(store), Number(file!.id))).toHaveLength(2);
    });

    it('keeps the rejected segment and element when the 999 rejects a transaction set (IK3, IK4, IK5 R)', async () => {
      const accepting = acceptingAcknowledgment(sent.groups[0]!, '0002');
      const [set] = accepting.transactionSets;
      const rejecting: ImplementationAcknowledgment = {
        ...accepting,
        code: 'R',
        accepted: 0,
        transactionSets: [
          {
            ...set!,
            code: 'R',
            errors: ['5'],
            segments: [
              {
                segmentId: 'DMG',
                position: 20,
                loop: '2100A',
                code: '8',
                elements: [{ position: 2, code: '8', badValue: '19000101' }],
              },
            ],
          },
        ],
      };
      const result = await ingestAcknowledgment(store, carriers, answer(rejecting, 12), 'ack-2.999', NOW);
      expect(result.acknowledged[0]).toMatchObject({ status: 'rejected' });
      expect(result.acknowledged[0]!.rejected[0]!.segments[0]).toMatchObject({
        segmentId: 'DMG',
        position: 20,
      });
      const queue = await listExceptions(executorOf(store), { partners: ['FEP'], limit: 10 });
      expect(queue).toEqual([
        expect.objectContaining({
          kind: 'ack_rejected',
          file_id: result.acknowledged[0]!.fileId,
          segment_position: 20,
          segment_id: 'DMG',
          element: 'DMG02',
          error_code: '8',
        }),
      ]);
      expect(await exceptionHistory(executorOf(store), Number(queue[0]!.id))).toHaveLength(1);
    });

    it('refuses an acknowledgment of a group never sent, naming it, and records nothing', async () => {
      const accepting = acceptingAcknowledgment(sent.groups[0]!, '0003');
      const text = answer({ ...accepting, groupControlNumber: 999_999 }, 13);
      await expect(ingestAcknowledgment(store, carriers, text, 'ack-3.999', NOW)).rejects.toThrow(
        /AK102 999999/,
      );
      const inbound = await listExchangeFiles(executorOf(store), 'FEP', { kind: '999', limit: 10 });
      expect(inbound).toHaveLength(2);
    });
  });
}
