// The carrier performance tables on PGlite and PostgreSQL: evidence added once per import key with the
// latest row current and the rest history; one evaluation per carrier, plan, year and method (a second
// create answers the first, also when two race); events appended; the state moved by compare-and-set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { executorOf } from '../executor.ts';
import type { Store } from '../store.ts';
import {
  appendEvaluationEvent,
  insertEvaluation,
  listEvaluationEvents,
  listEvaluations,
  setEvaluationState,
  type NewEvaluation,
} from './evaluation-store.ts';
import { appendEvidence, currentEvidence, evidenceHistory, type NewEvidenceRow } from './evidence-store.ts';

const row = (over: Partial<NewEvidenceRow>): NewEvidenceRow => ({
  carrierCode: 'FEP',
  planCode: null,
  contractYear: 2025,
  measure: 'cahps.customer-service',
  value: 80,
  applicable: true,
  unit: 'score',
  sourceKind: 'import',
  sourceReference: 'f.csv line 2',
  note: null,
  importKey: null,
  recordedBy: 'co',
  ...over,
});

const evaluation = (over: Partial<NewEvaluation>): NewEvaluation => ({
  carrierCode: 'FEP',
  planCode: null,
  contractYear: 2025,
  methodId: 'ppa-2015',
  methodVersion: 'v1',
  premiumBaseCents: 100_000,
  premiumBaseKind: 'computed',
  premiumBaseSource: 'test',
  proposal: { totalFactor: 0.001 },
  createdBy: 'co',
  ...over,
});

for (const backend of testBackends()) {
  describe(`carrier performance storage on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    }, 60_000);
    afterAll(() => store.close());

    it('adds a keyed row once; the latest row of a measure is current, the older ones history', async () => {
      const x = executorOf(store);
      expect(
        await appendEvidence(x, [
          row({ importKey: 'k1' }),
          row({ measure: 'hedis.x', value: 50, importKey: 'k2' }),
        ]),
      ).toBe(2);
      expect(await appendEvidence(x, [row({ importKey: 'k1' })])).toBe(0);
      expect(await appendEvidence(x, [row({ value: 85 }), row({ planCode: 'P1', value: 70 })])).toBe(2);
      const current = await currentEvidence(x, { carrierCode: 'FEP', contractYear: 2025, planCode: null });
      expect(current.map((r) => [r.measure, r.value])).toEqual([
        ['cahps.customer-service', 85],
        ['hedis.x', 50],
      ]);
      const plan = await currentEvidence(x, { carrierCode: 'FEP', contractYear: 2025, planCode: 'P1' });
      expect(plan.map((r) => [r.measure, r.plan_code, r.value])).toEqual([
        ['cahps.customer-service', null, 85],
        ['cahps.customer-service', 'P1', 70],
        ['hedis.x', null, 50],
      ]);
      expect(
        await evidenceHistory(x, {
          carrierCode: 'FEP',
          contractYear: 2025,
          planCode: null,
          measure: 'cahps.customer-service',
        }),
      ).toHaveLength(2);
    });

    it('keeps one evaluation per carrier, plan, year and method, also when two create it at once', async () => {
      const [a, b] = await Promise.all([
        store.transaction((tx) => insertEvaluation(tx, evaluation({}))),
        store.transaction((tx) => insertEvaluation(tx, evaluation({}))),
      ]);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(a.row.id).toBe(b.row.id);
      const plan = await insertEvaluation(executorOf(store), evaluation({ planCode: 'P1' }));
      expect(plan.created).toBe(true);
      const other = await insertEvaluation(executorOf(store), evaluation({ methodId: 'fehbar-1998' }));
      expect(other.created).toBe(true);
      const listed = await listEvaluations(executorOf(store), {
        carrierCodes: ['FEP'],
        methodId: 'ppa-2015',
        limit: 10,
      });
      expect(listed.map((r) => r.plan_code)).toEqual([null, 'P1']);
      expect(await listEvaluations(executorOf(store), { carrierCodes: [], limit: 10 })).toEqual([]);
    });

    it('appends events and moves the state only from the state expected', async () => {
      const { row: e } = await insertEvaluation(executorOf(store), evaluation({ contractYear: 2026 }));
      const x = executorOf(store);
      await appendEvaluationEvent(x, {
        evaluationId: e.id,
        kind: 'factor_decided',
        elementId: 'cs',
        factor: 0.007,
        reason: 'r',
        author: 'co',
        effectiveOn: '2027-02-01',
      });
      const [event] = await listEvaluationEvents(x, e.id);
      expect(event).toMatchObject({
        kind: 'factor_decided',
        factor: '0.007',
        author: 'co',
        effective_on: '2027-02-01',
      });
      expect(await setEvaluationState(x, e.id, 'proposed', 'accepted')).toBe(true);
      expect(await setEvaluationState(x, e.id, 'proposed', 'accepted')).toBe(false);
    });
  });
}
