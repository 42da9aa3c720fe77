// Bad files from a carrier, each refused with an error that names the segment or line at fault and
// changing nothing in the exchange's tables (PGlite, and PostgreSQL when TEST_DATABASE_URL is set):
// an acknowledgment with a wrong envelope, a 999 for a file never sent, a file cut short, a file
// whose separators disagree with its ISA, and reconciliation files with the same faults. A carrier
// file naming members the exchange does not know is not a bad file: those members are reported as
// 'unknown-to-exchange' discrepancies.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { PshbError } from '../../errors.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import type { ExchangeTables } from '../../storage/tables/exchange-tables.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { parseInterchange, type ParsedInterchange } from '../x12/read-interchange.ts';
import {
  acceptingAcknowledgment,
  interchangeAcknowledgmentFor,
  writeAcknowledgments,
} from '../x12/write-acknowledgment.ts';
import type { ImplementationAcknowledgment } from '../x12/acknowledgment.ts';
import { carrierFeed } from './carrier-feed.ts';
import { ingestAcknowledgment } from './ingest-acknowledgment.ts';
import { Reconciliation834Error } from './reconcile-834.ts';
import { RECONCILIATION_HEADER, reconciliationCsvLine } from './reconcile-csv.ts';
import { reconcileCarrier } from './reconcile-carrier.ts';
import { writeCarrierFile } from './write-carrier-file.ts';

const carriers = loadShippedPartners()
  .map((entry) => entry.partner)
  .filter((p): p is CarrierPartner => p.kind === 'carrier');
const FEP = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;
const NOW = new Date('2026-12-05T14:00:00Z');
const AS_OF = '2025-02-01';

const TABLES: readonly (keyof ExchangeTables)[] = [
  'exchange_control_number',
  'exchange_file',
  'exchange_file_status_event',
  'exchange_file_event',
  'reconciliation_run',
  'reconciliation_discrepancy',
  'reconciliation_discrepancy_event',
  'exchange_exception',
  'exchange_exception_event',
];

/** Rows in each exchange table: what "changes nothing" is checked against. */
async function rowCounts(store: Store): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** The carrier's 999, as its translator would send it back to the exchange. */
function answer(ack: ImplementationAcknowledgment, controlNumber: number): string {
  return writeAcknowledgments({
    sender: FEP.x12.interchangeReceiver,
    receiver: FEP.x12.interchangeSender,
    date: '2026-12-05',
    time: '15:00',
    controlNumber,
    acknowledgmentRequested: false,
    usage: 'T',
    applicationSender: FEP.x12.applicationReceiver,
    applicationReceiver: FEP.x12.applicationSender,
    groupControlNumber: controlNumber,
    implementationAcknowledgments: [ack],
  });
}

/** The text cut short two characters into the last segment `segmentId`, before its terminator. */
function cutInside(text: string, segmentId: string): string {
  const at = Math.max(text.lastIndexOf(`~${segmentId}*`), text.lastIndexOf(`\n${segmentId}*`)) + 1;
  expect(at).toBeGreaterThan(0);
  return text.slice(0, at + segmentId.length + 2);
}

/** The same file with another element separator in the body than the one ISA04 declares. */
const withBodySeparator = (text: string, separator: string) =>
  text.slice(0, 106) + text.slice(106).replaceAll('*', separator);

for (const backend of testBackends()) {
  describe(`bad inbound files on ${backend.name}`, () => {
    let store: Store;
    let folder: string;
    let sent: ParsedInterchange;
    let good999: string;
    let audit: string;
    let auditCsv: string[];
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 400, seed: 5 });
      await fillSyntheticAddresses(executorOf(store));
      folder = mkdtempSync(join(tmpdir(), 'pshb-bad-inbound-'));
      const changes = join(folder, 'changes.834');
      await writeCarrierFile(store, {
        partner: FEP,
        kind: 'changes',
        asOf: '2026-12-05',
        out: changes,
        now: NOW,
      });
      sent = parseInterchange(readFileSync(changes, 'utf8'));
      good999 = answer(acceptingAcknowledgment(sent.groups[0]!, '0001'), 11);
      const auditOut = join(folder, 'audit.834');
      await writeCarrierFile(store, { partner: FEP, kind: 'audit', asOf: AS_OF, out: auditOut, now: NOW });
      audit = readFileSync(auditOut, 'utf8');
      auditCsv = [];
      for await (const batch of carrierFeed(store, { carrierCode: 'FEP', kind: 'audit', asOf: AS_OF }))
        for (const fed of batch.records) auditCsv.push(reconciliationCsvLine(fed.record));
    }, 120_000);
    afterAll(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    /** Runs the ingest, expects it refused with a message matching `names`, and nothing changed. */
    async function refused(run: () => Promise<unknown>, names: RegExp): Promise<PshbError> {
      const before = await rowCounts(store);
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PshbError);
      expect((error as PshbError).message).toMatch(names);
      expect(await rowCounts(store)).toEqual(before);
      return error as PshbError;
    }
    const ingest =
      (text: string, name = 'bad.999') =>
      () =>
        ingestAcknowledgment(store, carriers, text, name, NOW);
    const reconcile =
      (text: string, fileName = 'FEP_RECON.834') =>
      () =>
        reconcileCarrier(store, {
          carrierCode: 'FEP',
          asOf: AS_OF,
          today: '2025-02-10',
          fileName,
          bytes: Buffer.from(text),
          now: () => NOW,
        });

    describe('a 999 acknowledgment', () => {
      it('is read when well formed (the cases below break only one thing)', () => {
        expect(good999.startsWith('ISA')).toBe(true);
      });

      it('refuses a wrong envelope: IEA02 other than ISA13', async () => {
        const bad = good999.replace(/IEA\*1\*\d{9}/, 'IEA*1*000000099');
        await refused(ingest(bad), /\(IEA\).*IEA02/);
      });

      it('refuses a wrong envelope: GE02 other than GS06', async () => {
        const bad = good999.replace(/GE\*1\*11~/, 'GE*1*12~');
        await refused(ingest(bad), /\(GE\).*GE02/);
      });

      it('refuses a wrong envelope: SE01 counting other than the segments', async () => {
        const bad = good999.replace(/SE\*(\d+)\*/, (_, n: string) => `SE*${Number(n) + 1}*`);
        await refused(ingest(bad), /\(SE\).*SE01/);
      });

      it('refuses a wrong envelope: 999s in a group that is not FA (GS01)', async () => {
        await refused(ingest(good999.replace('GS*FA*', 'GS*BE*')), /segment 2 \(GS\).*GS01: "BE" is not FA/);
      });

      it('refuses a wrong envelope: a group under another guide’s version (GS08)', async () => {
        const bad = good999.replace('*005010X231A1~ST', '*005010X220A1~ST');
        await refused(ingest(bad), /segment 2 \(GS\).*GS08: "005010X220A1"/);
      });

      it('refuses a wrong envelope: an interchange ID that is no carrier partner’s', async () => {
        const bad = good999.replace(FEP.x12.interchangeReceiver.id.padEnd(15), 'NOBODY'.padEnd(15));
        await refused(ingest(bad), /segment 1 \(ISA\).*ISA05\/ISA06/);
      });

      it('refuses a 999 for a file never sent, naming AK102', async () => {
        const accepting = acceptingAcknowledgment(sent.groups[0]!, '0001');
        const bad = answer({ ...accepting, groupControlNumber: 999_999 }, 13);
        await refused(ingest(bad), /AK102 999999/);
      });

      it('refuses a TA1 for an interchange never sent, naming TA101', async () => {
        const ta1 = { ...interchangeAcknowledgmentFor(sent), controlNumber: 999_999_998 };
        const bad = writeAcknowledgments({
          sender: FEP.x12.interchangeReceiver,
          receiver: FEP.x12.interchangeSender,
          date: '2026-12-05',
          time: '15:00',
          controlNumber: 14,
          acknowledgmentRequested: false,
          usage: 'T',
          applicationSender: FEP.x12.applicationReceiver,
          applicationReceiver: FEP.x12.applicationSender,
          interchangeAcknowledgments: [ta1],
        });
        await refused(ingest(bad, 'bad.ta1'), /TA101 999999998 answers no file/);
      });

      it('refuses a file cut short inside a segment, naming where it ends', async () => {
        const bad = cutInside(good999, 'IEA');
        await refused(ingest(bad), /segment 10 \(IEA\): the file ends inside this segment/);
      });

      it('refuses a file whose trailers are missing', async () => {
        const bad = good999.slice(0, good999.indexOf('GE*'));
        await refused(ingest(bad), /segment 8 \(SE\): the file ends after this segment.*before its GE/);
      });

      it('refuses a body whose element separator is not the one ISA declares', async () => {
        await refused(
          ingest(withBodySeparator(good999, '|')),
          /segment 2: "GS\|FA.*are the separators right/,
        );
      });

      it('refuses a file whose segment terminator is not the one ISA declares', async () => {
        const bad = good999.slice(0, 106) + good999.slice(106).replaceAll('~', '\n');
        await refused(
          ingest(bad),
          /segment 2 \(GS\): the file ends inside this segment.*terminator its ISA announces/,
        );
      });
      it('reads a 999 written throughout with other separators, as its ISA announces them', async () => {
        const before = await rowCounts(store);
        const text = writeAcknowledgments({
          sender: FEP.x12.interchangeReceiver,
          receiver: FEP.x12.interchangeSender,
          date: '2026-12-05',
          time: '15:30',
          controlNumber: 21,
          acknowledgmentRequested: false,
          usage: 'T',
          separators: { element: '|', component: '>', repetition: '!', segment: '\n' },
          applicationSender: FEP.x12.applicationReceiver,
          applicationReceiver: FEP.x12.applicationSender,
          groupControlNumber: 21,
          implementationAcknowledgments: [acceptingAcknowledgment(sent.groups[0]!, '0021')],
        });
        expect(text.slice(0, 4)).toBe('ISA|');
        const result = await ingestAcknowledgment(store, carriers, text, 'other-separators.999', NOW);
        expect(result.acknowledged.map((a) => a.status)).toEqual(['accepted']);
        expect((await rowCounts(store)).exchange_file).toBe(before.exchange_file! + 1);
      });
    });

    describe('a reconciliation file', () => {
      it('reports members the exchange does not know as unknown-to-exchange, not as an error', async () => {
        const before = await rowCounts(store);
        const unknown = 'X1,X1,18,SYNTHETIC,PAT,19700101,U,ZZZ,20250101,,N,N';
        const csv = [RECONCILIATION_HEADER, ...auditCsv, unknown].join('\n') + '\n';
        const result = await reconcile(csv, 'FEP_RECON.csv')();
        expect(result.byKind).toEqual({ 'unknown-to-exchange': 1 });
        expect(result.discrepancies[0]).toMatchObject({ memberId: 'X1', kind: 'unknown-to-exchange' });
        const after = await rowCounts(store);
        // The run and its discrepancy are recorded; nothing of the files sent or received changes.
        expect(after.reconciliation_run).toBe(before.reconciliation_run! + 1);
        for (const table of ['exchange_file', 'exchange_file_status_event', 'exchange_exception'])
          expect(after[table], table).toBe(before[table]);
      });

      it('reports a member of an 834 audit the exchange does not know as unknown-to-exchange', async () => {
        const renamed = audit.replace(/REF\*17\*([0-9A-Z]+)~/, 'REF*17*ZZ9999999~');
        const result = await reconcile(renamed)();
        expect(result.discrepancies).toContainEqual(
          expect.objectContaining({ memberId: 'ZZ9999999', kind: 'unknown-to-exchange' }),
        );
        expect(result.byKind['unknown-to-exchange']).toBe(1);
      });

      it('refuses a CSV line with a wrong field, naming the line', async () => {
        const csv = [RECONCILIATION_HEADER, ...auditCsv.slice(0, 2), 'X1,X1,18'].join('\n') + '\n';
        await refused(reconcile(csv, 'FEP_RECON.csv'), /line 4 row: has 3 fields, expected 12/);
      });

      it('refuses an 834 audit with a wrong envelope (SE02 other than ST02)', async () => {
        const bad = audit.replace(/SE\*(\d+)\*(\d+)~/, (_, n: string) => `SE*${n}*9999~`);
        await refused(reconcile(bad), /\(SE\), line \d+: SE02 "9999" differs from ST02/);
      });

      it('refuses an 834 audit in a group that is not BE, or under another guide (GS01, GS08)', async () => {
        const fa = await refused(reconcile(audit.replace('GS*BE*', 'GS*FA*')), /reconciliation 834/);
        expect((fa as Reconciliation834Error).errors[0]).toMatchObject({ line: 2, field: 'GS01' });
        const version = audit.replace('*X*005010X220A1~', '*X*004010X095A1~');
        const old = await refused(reconcile(version), /reconciliation 834/);
        expect((old as Reconciliation834Error).errors[0]).toMatchObject({ line: 2, field: 'GS08' });
      });

      it('refuses an 834 audit cut short inside a segment', async () => {
        const bad = cutInside(audit, 'SE');
        await refused(reconcile(bad), /\(SE\), line \d+: the file ends inside this segment/);
      });

      it('refuses an 834 audit whose element separator is not the one ISA declares', async () => {
        await refused(
          reconcile(withBodySeparator(audit, '|')),
          /segment 2, line 2: "GS\|BE.*are the separators right/,
        );
      });
    });
  });
}
