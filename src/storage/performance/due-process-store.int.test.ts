// The due-process tables on PGlite and PostgreSQL: a notice of a kind and a money entry of a key are
// recorded once; a reconsideration is decided once; on PostgreSQL the app role may only add notices
// and money (history) but may write a decision on a request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsAppRole, testBackends } from '../../../test-support/databases.ts';
import { insertAcceptedEvaluation } from '../../../test-support/performance-evaluation-fixtures.ts';
import { executorOf } from '../executor.ts';
import type { Store } from '../store.ts';
import {
  insertMoneyEntry,
  insertNotice,
  insertReconsideration,
  listMoneyEntries,
  recordReconsiderationDecision,
} from './due-process-store.ts';

for (const backend of testBackends()) {
  describe(`carrier performance due-process storage on ${backend.name}`, () => {
    let store: Store;
    let id: number;
    beforeAll(async () => {
      store = await backend.open();
      id = await insertAcceptedEvaluation(store);
    }, 60_000);
    afterAll(() => store.close());

    it('records one notice of each kind and one money entry per key', async () => {
      const x = executorOf(store);
      const notice = {
        evaluationId: id,
        kind: 'findings' as const,
        issuedOn: '2028-03-01',
        responseDueOn: '2028-03-31',
        document: { title: 't', sections: [] },
        sha256: 'a'.repeat(64),
        issuedBy: 'co',
      };
      expect(await insertNotice(x, notice)).toBeDefined();
      expect(await insertNotice(x, notice)).toBeUndefined();
      const entry = {
        evaluationId: id,
        kind: 'rebate' as const,
        amountCents: 100,
        on: '2028-05-01',
        paymentNumber: null,
        reference: 'W-1',
        entryKey: 'W-1',
        recordedBy: 'co',
      };
      expect(await insertMoneyEntry(x, entry)).toBeDefined();
      expect(await insertMoneyEntry(x, entry)).toBeUndefined();
      expect(await listMoneyEntries(x, id)).toHaveLength(1);
    });

    it('decides a request for reconsideration once', async () => {
      const x = executorOf(store);
      const request = await insertReconsideration(x, {
        evaluationId: id,
        elementId: null,
        grounds: 'g',
        evidence: [],
        requestedBy: 'carrier',
        requestedOn: '2028-03-02',
      });
      const decision = {
        decidedOn: '2028-03-05',
        outcome: 'denied' as const,
        reason: 'r',
        decidedBy: 'co',
        factors: [],
      };
      expect(await recordReconsiderationDecision(x, Number(request.id), decision)).toBeDefined();
      expect(await recordReconsiderationDecision(x, Number(request.id), decision)).toBeUndefined();
    });

    it.skipIf(backend.name !== 'postgres')(
      'the app role adds notices and money but never changes them; it records decisions',
      async () => {
        const app = await openAsAppRole(store);
        try {
          for (const table of ['performance_notice', 'performance_money'])
            await expect(
              app.transaction((tx) => tx.query(`update ${table} set evaluation_id = evaluation_id`)),
            ).rejects.toThrow(/permission denied/);
          await app.transaction((tx) => tx.query('update performance_reconsideration set grounds = grounds'));
        } finally {
          await app.close();
        }
      },
    );
  });
}
