// Files a carrier has not acknowledged within its agreement's hours (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): found overdue once, marked 'unacknowledged', queued as 'ack_missing'
// and raised as one incident; a second check, and a file answered in time, change nothing.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { listExceptions } from '../../storage/exchange/exchange-exceptions.ts';
import { recordDeliveredOnce } from '../../storage/exchange/delivery-files.ts';
import {
  fileStatusHistory,
  recordExchangeFile,
  recordFileStatus,
} from '../../storage/exchange/exchange-files.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { caseSupportPlan } from '../../support/cases/case-plan.ts';
import { readIncident } from '../../support/cases/incidents.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { checkAcknowledgmentDeadlines } from './check-acknowledgment-deadlines.ts';

const partner = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;
const DELIVERED = '2026-12-01T12:00:00.000Z';
const hours = partner.acknowledgment.withinHours;
const at = (offsetHours: number) => new Date(Date.parse(DELIVERED) + offsetHours * 3_600_000);

async function deliveredFile(store: Store, name: string, number: number): Promise<number> {
  const id = await store.transaction((tx) =>
    recordExchangeFile(
      tx,
      {
        partner: 'FEP',
        direction: 'outbound',
        kind: '834_changes',
        interchangeControlNumber: number,
        groupControlNumber: number,
        transactionControlNumbers: [number],
        asOf: '2026-12-01',
        sinceEventId: null,
        throughEventId: null,
        memberCount: 1,
        segmentCount: 10,
        byteSize: 100,
        sha256: createHash('sha256').update(name).digest('hex'),
        fileName: name,
        createdAt: DELIVERED,
        status: 'written',
      },
      [],
    ),
  );
  await store.transaction((tx) => recordDeliveredOnce(tx, id, DELIVERED, {}));
  return id;
}

for (const backend of testBackends()) {
  describe(`acknowledgment deadlines on ${backend.name}`, () => {
    let store: Store;
    let silent: number;
    let answered: number;
    beforeAll(async () => {
      store = await backend.open();
      silent = await deliveredFile(store, 'FEP-silent.834', 501);
      answered = await deliveredFile(store, 'FEP-answered.834', 502);
      await recordFileStatus(executorOf(store), answered, 'accepted', at(2).toISOString(), {});
    }, 60_000);
    afterAll(() => store.close());

    const check = (now: Date) =>
      checkAcknowledgmentDeadlines(store, {
        carriers: [partner],
        now,
        plan: caseSupportPlan(),
        openedBy: 'test',
      });

    it('finds nothing before the deadline', async () => {
      expect(await check(at(hours - 1))).toEqual({ overdue: [], incidentId: null });
    });

    it('marks a file unanswered past the deadline, queues it and raises one incident', async () => {
      const report = await check(at(hours + 1));
      expect(report.overdue).toMatchObject([
        { partner: 'FEP', fileId: silent, dueBy: at(hours).toISOString() },
      ]);
      const history = await fileStatusHistory(executorOf(store), silent);
      expect(history.map((h) => h.status)).toEqual(['written', 'delivered', 'unacknowledged']);
      const queue = await listExceptions(executorOf(store), {
        partners: ['FEP'],
        kind: 'ack_missing',
        limit: 10,
      });
      expect(queue.map((q) => Number(q.file_id))).toEqual([silent]);
      const incident = await readIncident(executorOf(store), report.incidentId!);
      expect(incident.description).toContain('FEP-silent.834');
      expect((await fileStatusHistory(executorOf(store), answered)).at(-1)?.status).toBe('accepted');
    });

    it('finds the same file overdue only once', async () => {
      expect(await check(at(hours + 30))).toEqual({ overdue: [], incidentId: null });
      const queue = await listExceptions(executorOf(store), {
        partners: ['FEP'],
        kind: 'ack_missing',
        limit: 10,
      });
      expect(queue).toHaveLength(1);
    });

    it('takes turns when two checks run at once', async () => {
      const late = await deliveredFile(store, 'FEP-late.834', 503);
      const [a, b] = await Promise.all([check(at(hours + 2)), check(at(hours + 2))]);
      expect([...a.overdue, ...b.overdue].map((f) => f.fileId)).toEqual([late]);
    });
  });
}
