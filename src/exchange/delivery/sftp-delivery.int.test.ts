// Delivery to and collection from a partner's SFTP server, through a real SFTP server on loopback
// (PGlite, and PostgreSQL when TEST_DATABASE_URL is set): a carrier's 834 is pushed whole even when
// the first transfer is cut off half-way, recorded delivered once, never sent twice; a 999 left on
// the server is collected once and recorded against the 834 it answers.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import { startSftpTestServer, type SftpTestServer } from '../../../test-support/sftp-test-server.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { listExceptions } from '../../storage/exchange/exchange-exceptions.ts';
import { fileStatusHistory, listExchangeFiles } from '../../storage/exchange/exchange-files.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { writeCarrierFile } from '../carrier-exchange/write-carrier-file.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { parseInterchange } from '../x12/read-interchange.ts';
import { acceptingAcknowledgment, writeAcknowledgments } from '../x12/write-acknowledgment.ts';
import { collectInbound } from './collect-inbound.ts';
import { deliverPending } from './deliver-pending.ts';
import { deliveryFolders } from './delivery-folders.ts';
import type { TransportContext } from './partner-transport.ts';

const shipped = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;
const NOW = new Date('2026-12-05T14:00:00Z');
const FAST = { attempts: 3, firstDelayMs: 20 };

for (const backend of testBackends()) {
  describe(`delivery over SFTP on ${backend.name}`, () => {
    let store: Store;
    let folder: string;
    let server: SftpTestServer;
    let partner: CarrierPartner;
    let context: TransportContext;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 300, seed: 8 });
      await fillSyntheticAddresses(executorOf(store));
      folder = mkdtempSync(join(tmpdir(), 'pshb-sftp-'));
      const remote = join(folder, 'remote');
      mkdirSync(join(remote, 'to-fep'), { recursive: true });
      mkdirSync(join(remote, 'from-fep'), { recursive: true });
      server = await startSftpTestServer(remote);
      const keys = join(folder, 'data', 'keys');
      mkdirSync(keys, { recursive: true });
      writeFileSync(join(keys, 'fep-sftp'), server.clientKey, { mode: 0o600 });
      partner = {
        ...shipped,
        endpoint: {
          kind: 'sftp',
          host: '127.0.0.1',
          port: server.port,
          username: server.username,
          remoteOutbox: '/to-fep',
          remoteInbox: '/from-fep',
          keyRef: 'file:fep-sftp',
        },
      };
      context = { folders: deliveryFolders(join(folder, 'data')), keysFolder: keys };
    }, 120_000);
    afterAll(async () => {
      await store.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    });

    const remoteFiles = () => readdirSync(join(server.root, 'to-fep')).sort();

    it('pushes a file whose first transfer is cut off half-way: one complete remote file, one delivery', async () => {
      const written = context.folders.written('FEP');
      mkdirSync(written, { recursive: true });
      const file = await writeCarrierFile(store, {
        partner,
        kind: 'changes',
        asOf: '2026-12-05',
        out: join(written, 'FEP-changes-1.834'),
        now: NOW,
      });
      expect(file.bytes).toBeGreaterThan(10_000);
      server.cutNextUploadAfter(Math.floor(file.bytes / 2));
      const report = await deliverPending(store, {
        partners: [partner],
        context,
        now: () => NOW,
        retry: FAST,
      });
      expect(server.cuts()).toBe(1);
      expect(report.failed).toEqual([]);
      expect(report.delivered).toMatchObject([
        { fileName: 'FEP-changes-1.834', outcome: 'sent', attempts: 2 },
      ]);
      expect(remoteFiles()).toEqual(['FEP-changes-1.834']);
      expect(readFileSync(join(server.root, 'to-fep', 'FEP-changes-1.834'))).toEqual(
        readFileSync(join(written, 'FEP-changes-1.834')),
      );
      const history = await fileStatusHistory(executorOf(store), file.fileId!);
      expect(history.map((h) => h.status)).toEqual(['written', 'delivered']);
    });

    it('delivers nothing again on the next run', async () => {
      const report = await deliverPending(store, {
        partners: [partner],
        context,
        now: () => NOW,
        retry: FAST,
      });
      expect(report.delivered).toEqual([]);
      expect(remoteFiles()).toEqual(['FEP-changes-1.834']);
    });

    it('recognises a file an earlier run completed but did not record, and replaces a leftover temporary file', async () => {
      const written = context.folders.written('FEP');
      const audit = await writeCarrierFile(store, {
        partner,
        kind: 'audit',
        asOf: '2026-12-01',
        out: join(written, 'FEP-audit-1.834'),
        now: NOW,
      });
      const again = await writeCarrierFile(store, {
        partner,
        kind: 'audit',
        asOf: '2026-12-02',
        out: join(written, 'FEP-audit-2.834'),
        now: NOW,
      });
      // The first was renamed into place before a crash; the second left half a temporary file.
      copyFileSync(join(written, 'FEP-audit-1.834'), join(server.root, 'to-fep', 'FEP-audit-1.834'));
      writeFileSync(join(server.root, 'to-fep', 'FEP-audit-2.834.partial'), 'ISA*00*half');
      const report = await deliverPending(store, {
        partners: [partner],
        context,
        now: () => NOW,
        retry: FAST,
      });
      expect(report.delivered.map((d) => [d.fileName, d.outcome])).toEqual([
        ['FEP-audit-1.834', 'already-there'],
        ['FEP-audit-2.834', 'sent'],
      ]);
      expect(remoteFiles()).toEqual(['FEP-audit-1.834', 'FEP-audit-2.834', 'FEP-changes-1.834']);
      expect(readFileSync(join(server.root, 'to-fep', 'FEP-audit-2.834'))).toEqual(
        readFileSync(join(written, 'FEP-audit-2.834')),
      );
      for (const file of [audit, again]) {
        const history = await fileStatusHistory(executorOf(store), file.fileId!);
        expect(history.filter((h) => h.status === 'delivered')).toHaveLength(1);
      }
    });

    it('keeps a file it cannot deliver as written and queues it as delivery_failed', async () => {
      const written = context.folders.written('FEP');
      const file = await writeCarrierFile(store, {
        partner,
        kind: 'audit',
        asOf: '2026-12-03',
        out: join(written, 'FEP-audit-3.834'),
        now: NOW,
      });
      const refused = {
        ...partner,
        endpoint: { ...partner.endpoint, username: 'someone-else' },
      } as CarrierPartner;
      const report = await deliverPending(store, {
        partners: [refused],
        context,
        now: () => NOW,
        retry: FAST,
      });
      expect(report.failed).toMatchObject([{ fileName: 'FEP-audit-3.834', outcome: 'failed', attempts: 3 }]);
      const queue = await listExceptions(executorOf(store), {
        partners: ['FEP'],
        kind: 'delivery_failed',
        limit: 5,
      });
      expect(queue.map((q) => Number(q.file_id))).toEqual([file.fileId]);
      const retried = await deliverPending(store, {
        partners: [partner],
        context,
        now: () => NOW,
        retry: FAST,
      });
      expect(retried.delivered.map((d) => d.fileName)).toEqual(['FEP-audit-3.834']);
    });

    it("collects the carrier's 999 once and records it against the 834 it answers", async () => {
      const sent = parseInterchange(
        readFileSync(join(context.folders.written('FEP'), 'FEP-changes-1.834'), 'utf8'),
      );
      const ack = writeAcknowledgments({
        sender: partner.x12.interchangeReceiver,
        receiver: partner.x12.interchangeSender,
        date: '2026-12-05',
        time: '15:00',
        controlNumber: 41,
        acknowledgmentRequested: false,
        usage: 'T',
        applicationSender: partner.x12.applicationReceiver,
        applicationReceiver: partner.x12.applicationSender,
        groupControlNumber: 41,
        implementationAcknowledgments: [acceptingAcknowledgment(sent.groups[0]!, '0001')],
      });
      writeFileSync(join(server.root, 'from-fep', 'FEP-ack-41.999'), ack);
      writeFileSync(join(server.root, 'from-fep', 'FEP-notice.txt'), 'a note from the carrier\n');
      writeFileSync(join(server.root, 'from-fep', 'FEP-late.999.partial'), 'ISA*');
      const carriers = [partner];
      const first = await collectInbound(store, {
        partners: [partner],
        carriers,
        context,
        now: () => NOW,
        retry: FAST,
      });
      expect(first.collected.map((c) => [c.fileName, c.outcome])).toEqual([
        ['FEP-ack-41.999', 'acknowledgment'],
        ['FEP-notice.txt', 'kept'],
      ]);
      const [changes] = await listExchangeFiles(executorOf(store), 'FEP', { kind: '834_changes', limit: 1 });
      expect(changes!.status).toBe('accepted');
      const second = await collectInbound(store, {
        partners: [partner],
        carriers,
        context,
        now: () => NOW,
        retry: FAST,
      });
      expect(second.collected).toEqual([]);
      expect(second.alreadyCollected).toBe(2);
      expect(await listExchangeFiles(executorOf(store), 'FEP', { kind: '999', limit: 5 })).toHaveLength(1);
    });
  });
}
