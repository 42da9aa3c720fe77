// A carrier's reconciliation CSV reconciled with the exchange's audit membership (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set): the exchange's own audit written in the layout, a few
// lines altered, the discrepancies found; found again they keep their opened-on day; a malformed file
// changes nothing; a clean file resolves them (5 CFR 890.110, 48 CFR 1609.7101-1(a)(5)).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { listReconciliationRuns } from '../../storage/exchange/reconciliations.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { carrierFeed } from './carrier-feed.ts';
import { ReconciliationCsvError, RECONCILIATION_HEADER, reconciliationCsvLine } from './reconcile-csv.ts';
import { openDiscrepancies, reconcileCarrier } from './reconcile-carrier.ts';

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
  });
}
