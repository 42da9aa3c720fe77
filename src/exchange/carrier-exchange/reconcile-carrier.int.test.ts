// A carrier's reconciliation CSV reconciled with the exchange's audit membership (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set): the exchange's own audit written in the layout, a few
// lines altered, the discrepancies found; found again they keep their opened-on day; a malformed file
// changes nothing; a clean file resolves them (5 CFR 890.110, 48 CFR 1609.7101-1(a)(5)).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { listReconciliationRuns } from '../../storage/exchange/reconciliations.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { carrierFeed } from './carrier-feed.ts';
import { ReconciliationCsvError, RECONCILIATION_HEADER, reconciliationCsvLine } from './reconcile-csv.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { Reconciliation834Error } from './reconcile-834.ts';
import { openDiscrepancies, reconcileCarrier } from './reconcile-carrier.ts';
import { writeCarrierFile } from './write-carrier-file.ts';

const FEP = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;

const AS_OF = '2025-02-01';
const NOW = () => new Date('2026-12-05T14:00:00Z');

async function auditLines(store: Store): Promise<string[]> {
  const lines: string[] = [];
  for await (const batch of carrierFeed(store, { carrierCode: 'FEP', kind: 'audit', asOf: AS_OF }))
    for (const fed of batch.records) lines.push(reconciliationCsvLine(fed.record));
  return lines;
}

const csv = (lines: readonly string[]) => Buffer.from([RECONCILIATION_HEADER, ...lines].join('\n') + '\n');
const reconcile = (store: Store, bytes: Buffer, today = '2025-02-10') =>
  reconcileCarrier(store, {
    carrierCode: 'FEP',
    asOf: AS_OF,
    today,
    fileName: 'FEP_RECON.csv',
    bytes,
    now: NOW,
  });

for (const backend of testBackends()) {
  describe(`carrier reconciliation on ${backend.name}`, () => {
    let store: Store;
    let lines: string[];
    let altered: string[];
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 600, seed: 12 });
      await fillSyntheticAddresses(executorOf(store));
      lines = await auditLines(store);
      altered = [...lines];
      altered.splice(0, 1); // the carrier lacks the first member
      const fields = altered[0]!.split(',');
      fields[7] = fields[7] === 'ZZZ' ? 'ZZY' : 'ZZZ'; // a different enrollment code
      altered[0] = fields.join(',');
      altered.push('X1,X1,18,SYNTHETIC,PAT,19700101,U,ZZZ,20250101,,N,N'); // unknown to the exchange
    }, 120_000);
    afterAll(async () => {
      await store.close();
    });

    it("finds nothing when the carrier sends the exchange's own audit", async () => {
      expect(lines.length).toBeGreaterThan(1);
      const result = await reconcile(store, csv(lines));
      expect(result.discrepancyCount).toBe(0);
      expect(result.carrierMembers).toBe(result.exchangeMembers);
    });

    it('names each altered line as a discrepancy', async () => {
      const result = await reconcile(store, csv(altered));
      expect(result.byKind).toEqual({
        'missing-at-carrier': 1,
        'enrollment-code': 1,
        'unknown-to-exchange': 1,
      });
      expect(result.openedCount).toBe(3);
    });

    it('finds them again in the next run: the same discrepancies, keeping their opened-on day', async () => {
      const result = await reconcile(store, csv(altered), '2025-05-01');
      expect(result).toMatchObject({ openedCount: 0, foundAgainCount: 3, resolvedCount: 0 });
      const open = await openDiscrepancies(store, 'FEP', '2025-05-01');
      expect(open.map((d) => [d.openedOn, d.bucket])).toEqual(Array(3).fill(['2025-02-10', '61-90']));
    });

    it('refuses a malformed file with its line and column, and changes nothing', async () => {
      const runsBefore = await listReconciliationRuns(executorOf(store), 'FEP', 100);
      const bad = [...altered];
      bad[2] = bad[2]!.replace(/,[YN]$/, ',maybe');
      const error = await reconcile(store, csv(bad)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReconciliationCsvError);
      expect((error as ReconciliationCsvError).errors[0]).toMatchObject({ line: 4, field: 'medicare_b' });
      expect(await listReconciliationRuns(executorOf(store), 'FEP', 100)).toHaveLength(runsBefore.length);
      expect(await openDiscrepancies(store, 'FEP', '2025-05-01')).toHaveLength(3);
    });

    it('resolves what a later run no longer finds', async () => {
      const result = await reconcile(store, csv(lines), '2025-08-01');
      expect(result).toMatchObject({ discrepancyCount: 0, resolvedCount: 3 });
      expect(await openDiscrepancies(store, 'FEP', '2025-08-01')).toEqual([]);
    });

    it("reads the carrier's membership as an 834 audit file: the exchange's own audit finds nothing", async () => {
      const result = await reconcile(store, await auditFile(store), '2025-08-02');
      expect(result).toMatchObject({ discrepancyCount: 0, carrierMembers: lines.length });
    });

    it('names a member whose 834 loop gives another enrollment code (REF*1L)', async () => {
      const text = (await auditFile(store)).toString('utf8');
      const changed = text.replace(
        /REF\*1L\*([0-9A-Z]{3})/,
        (_, code: string) => `REF*1L*${code === 'ZZZ' ? 'ZZY' : 'ZZZ'}`,
      );
      const result = await reconcile(store, Buffer.from(changed), '2025-08-03');
      expect(result.byKind).toEqual({ 'enrollment-code': 1 });
    });

    it('refuses an 834 that is not an audit (INS03 021), naming the segment, and changes nothing', async () => {
      const runsBefore = await listReconciliationRuns(executorOf(store), 'FEP', 100);
      const text = (await auditFile(store)).toString('utf8').replace('INS*Y*18*030', 'INS*Y*18*021');
      const error = await reconcile(store, Buffer.from(text), '2025-08-04').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Reconciliation834Error);
      expect((error as Reconciliation834Error).errors[0]).toMatchObject({ field: 'INS03' });
      expect(await listReconciliationRuns(executorOf(store), 'FEP', 100)).toHaveLength(runsBefore.length);
    });
  });
}

/** The exchange's own 834 audit of the carrier on the day, as the carrier would send its membership. */
async function auditFile(store: Store): Promise<Buffer> {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-recon-834-'));
  try {
    const out = join(folder, 'audit.834');
    await writeCarrierFile(store, { partner: FEP, kind: 'audit', asOf: AS_OF, out, now: NOW() });
    return readFileSync(out);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
