// The fast paths of the carrier feed give the same members, in the same order, with the same segments
// as the plain ones, for a seeded population (PGlite, and PostgreSQL when TEST_DATABASE_URL is set):
// audit households read by index in small windows and checked by hand against one read of every
// household built through zod alone; change files taken from one shared read against each carrier's
// own query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import {
  carrierPlanCodes,
  readAuditWindow,
  readFeedPersons,
} from '../../storage/exchange/carrier-feed-rows.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { carrierFeed, readSharedChangeEvents, type CarrierFeedRequest } from './carrier-feed.ts';
import { zodMemberRecord } from './checked-member-record.ts';
import { memberLoop } from './member-loop.ts';
import { auditRecords } from './member-records-from-rows.ts';
import { inTransactionOrder } from './transaction-body.ts';

const AS_OF = '2025-01-01';

async function feed(store: Store, request: CarrierFeedRequest) {
  const records = [];
  let throughEventId: number | null = null;
  for await (const batch of carrierFeed(store, request)) {
    records.push(...batch.records);
    if (batch.throughEventId !== null) throughEventId = batch.throughEventId;
  }
  return { records, throughEventId };
}

/** Every household of the carrier in one read, each record through memberRecord's zod parse. */
async function plainAudit(store: Store, carrierCode: string) {
  const executor = executorOf(store);
  const plans = await carrierPlanCodes(executor, carrierCode);
  const rows = await readAuditWindow(executor, plans, AS_OF, 0, Number.MAX_SAFE_INTEGER);
  const persons = await readFeedPersons(executor, [...new Set(rows.map((r) => Number(r.household_id)))]);
  const records = rows.flatMap(
    (row) =>
      auditRecords(
        row,
        persons.filter((p) => String(p.household_id) === String(row.household_id)),
        AS_OF,
        zodMemberRecord,
      ).records,
  );
  return inTransactionOrder(records.map((r) => r.record));
}

describe.each(testBackends())('carrier feed fast paths on $name', (backend) => {
  let store: Store;
  let carriers: string[];
  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 400, seed: 7 });
    await fillSyntheticAddresses(executorOf(store));
    const rows = await store.db.selectFrom('plan_option').select('carrier_code').distinct().execute();
    carriers = rows.map((r) => r.carrier_code).sort();
  }, 120_000);
  afterAll(() => store.close());

  it('writes the same audit members and segments by index windows and hand checks as in one zod-built read', async () => {
    let members = 0;
    for (const carrierCode of carriers) {
      const expected = await plainAudit(store, carrierCode);
      const { records } = await feed(store, { carrierCode, kind: 'audit', asOf: AS_OF, batchSize: 7 });
      const actual = records.map((r) => r.record);
      expect(actual).toStrictEqual(expected);
      expect(actual.flatMap(memberLoop)).toEqual(expected.flatMap(memberLoop));
      members += actual.length;
    }
    expect(members).toBeGreaterThan(100);
  });

  it('writes the same change members and watermark from the shared read as from each carrier’s own', async () => {
    const shared = await readSharedChangeEvents(store, carriers);
    expect(shared?.rows.length).toBeGreaterThan(100);
    for (const carrierCode of carriers) {
      const own = await feed(store, { carrierCode, kind: 'changes', batchSize: 50 });
      const fromShared = await feed(store, { carrierCode, kind: 'changes', batchSize: 50, shared });
      expect(fromShared).toStrictEqual(own);
      expect(fromShared.records.flatMap((r) => memberLoop(r.record))).toEqual(
        own.records.flatMap((r) => memberLoop(r.record)),
      );
    }
  });
});
