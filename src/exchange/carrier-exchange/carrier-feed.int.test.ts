// The carrier feed against the database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set):
// control numbers, the registry of files and the events they carried, changes since the last file,
// the audit membership on a day, and a plan change away from a carrier told to it as a termination.
import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import type { Coverage } from '../../domain/lifecycle.ts';
import { insertEnrollmentEvent } from '../../storage/enrollment/enrollment-events.ts';
import { insertTransition } from '../../storage/enrollment/transitions.ts';
import { allocateControlNumbers, lastControlNumber } from '../../storage/exchange/control-numbers.ts';
import {
  changesWatermark,
  fileStatusHistory,
  filesCarryingEvent,
  findOutboundFile,
  listExchangeFiles,
  recordExchangeFile,
  recordFileStatus,
} from '../../storage/exchange/exchange-files.ts';
import { settledEventHorizon } from '../../storage/exchange/settled-event-horizon.ts';
import { executorOf, type Executor } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import type { PersonTable, PlanOptionTable } from '../../storage/tables.ts';
import {
  carrierFeed,
  carriedEvents,
  type CarrierFeedBatch,
  type CarrierFeedRequest,
} from './carrier-feed.ts';
import { memberLoop } from './member-loop.ts';

const A_SELF: Coverage = {
  enrollmentCode: 'AA1',
  planCode: 'AA',
  optionCode: '1',
  enrollmentType: 'self_only',
};
const A_FAMILY: Coverage = {
  enrollmentCode: 'AA3',
  planCode: 'AA',
  optionCode: '1',
  enrollmentType: 'self_and_family',
};
const B_FAMILY: Coverage = {
  enrollmentCode: 'BB3',
  planCode: 'BB',
  optionCode: '1',
  enrollmentType: 'self_and_family',
};

function option(carrier: string, plan: string): Insertable<PlanOptionTable> {
  return {
    catalogue_version: 'test-2027',
    program: 'PSHB',
    contract_year: 2027,
    carrier_code: carrier,
    carrier_name: `Carrier ${carrier}`,
    plan_code: plan,
    option_code: '1',
    plan_name: `Plan ${plan}`,
    option_name: 'Standard',
    hdhp: false,
    membership_fee: false,
    service_area: 'nationwide',
    regions: [],
    source: 'synthetic',
    source_note: 'test',
  };
}

function person(id: number, household: number): Insertable<PersonTable> {
  const self = id === household;
  return {
    id,
    household_id: household,
    relationship: self ? 'self' : 'child',
    category: self ? 'annuitant' : 'family_member',
    first_name: self ? 'ANA' : 'SOFIA',
    last_name: `TEST${household}`,
    birth_date: self ? '1958-03-14' : '2012-05-05',
    sex: 'F',
    ssn: 'sealed',
    annuitant_since: self ? '2020-01-01' : null,
    employed_on_program_start: false,
    compensationer_unable_to_return: false,
    incapable_of_self_support: false,
    residence_country: 'US',
    residence_state: 'MD',
    va_enrolled: false,
    ihs_eligible: false,
    medicare_part_a_start: self ? '2023-03-01' : null,
    medicare_part_a_basis: self ? 'premium_free' : null,
    medicare_part_b_start: self ? '2023-03-01' : null,
    medicare_part_b_end: null,
    suspended_for_medicare_plan: false,
    covered_by_other_fehb: false,
    former_spouse_fehb_enrolled: false,
    deceased_annuitant_exception: null,
    nonpay_over_365_days: false,
    informed_of_part_b_requirement: true,
  };
}

/** A household: the enrollee (id = household) with an address, and one child (id + 1). */
async function household(store: Store, id: number): Promise<void> {
  await store.db
    .insertInto('person')
    .values([person(id, id), person(id + 1, id)])
    .execute();
  await store.db
    .insertInto('person_address')
    .values({
      person_id: id,
      line1: `${id} EXAMPLE ST`,
      line2: null,
      city: 'SILVER SPRING',
      state: 'MD',
      postal_code: '20910',
    })
    .execute();
}

/** A lifecycle change as recordTransition stores it: the event and its transition. */
async function change(
  executor: Executor,
  householdId: number,
  action: string,
  coverage: Coverage | null,
  effectiveOn: string,
  toStatus = 'enrolled',
): Promise<number> {
  const recordedAt = '2027-05-01T12:00:00Z';
  const eventId = await insertEnrollmentEvent(executor, {
    householdId,
    eventType: action,
    coverage,
    effectiveOn,
    recordedAt,
    reason: 'test',
    citations: [],
  });
  await insertTransition(executor, {
    householdId,
    action,
    fromStatus: 'enrolled',
    toStatus,
    effectiveOn,
    requestedOn: '2027-05-01',
    decidedOn: '2027-05-01',
    recordedAt,
    actorId: 'HR-1',
    actorRole: 'employing_office',
    reason: 'test',
    citations: [],
    explanation: 'test',
    request: JSON.stringify({ action }),
    stateAfter: JSON.stringify({ status: toStatus, coverage, temporaryExtensionEnds: null, tccEnds: null }),
    premiumAdjustment: null,
    eventId,
  });
  return eventId;
}

async function all(store: Store, request: CarrierFeedRequest): Promise<CarrierFeedBatch[]> {
  const batches: CarrierFeedBatch[] = [];
  for await (const batch of carrierFeed(store, request)) batches.push(batch);
  return batches;
}

const told = (batches: readonly CarrierFeedBatch[]) =>
  batches.flatMap((b) => b.records.map((r) => `${r.eventId} ${r.record.memberId} ${r.record.event.kind}`));

/** Records a change file for the batches, as the 834 command will after writing it. */
async function recordChangeFile(
  store: Store,
  partner: string,
  batches: readonly CarrierFeedBatch[],
  status = 'written' as const,
) {
  return store.transaction(async (tx) => {
    const isa = await allocateControlNumbers(tx, partner, 'interchange');
    const records = batches.flatMap((b) => b.records);
    return recordExchangeFile(
      tx,
      {
        partner,
        direction: 'outbound',
        kind: '834_changes',
        interchangeControlNumber: isa.last,
        groupControlNumber: isa.last,
        transactionControlNumbers: [isa.last],
        asOf: '2027-05-01',
        sinceEventId: batches[0]?.sinceEventId ?? null,
        throughEventId: batches.at(-1)?.throughEventId ?? null,
        memberCount: records.length,
        segmentCount: 10 * records.length,
        byteSize: 100 * records.length,
        sha256: 'a'.repeat(64),
        fileName: `${partner}-${isa.last}.834`,
        createdAt: '2027-05-01T13:00:00Z',
        status,
      },
      carriedEvents(records, 1),
    );
  });
}

describe.each(testBackends())('carrier feed on $name', (backend) => {
  let store: Store;
  let executor: Executor;
  beforeAll(async () => {
    store = await backend.open();
    executor = executorOf(store);
    await store.db
      .insertInto('plan_option')
      .values([option('CA', 'AA'), option('CB', 'BB'), option('CN', 'NN')])
      .execute();
    for (const id of [100, 200, 300, 400]) await household(store, id);
  });
  afterAll(() => store.close());

  it('control numbers: 20 concurrent allocations get 20 different numbers, 1 to 20, per partner', async () => {
    const issued = await Promise.all(
      Array.from({ length: 20 }, () => allocateControlNumbers(executor, 'CX', 'interchange')),
    );
    expect(issued.map((r) => r.last).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(await lastControlNumber(executor, 'CX', 'interchange')).toBe(20);
    expect(await allocateControlNumbers(executor, 'CX', 'transaction', 5)).toEqual({ first: 1, last: 5 });
    expect(await allocateControlNumbers(executor, 'CY', 'interchange')).toEqual({ first: 1, last: 1 });
  });

  it('changes since the watermark: only what was not yet sent; a recorded file traces each event to its INS', async () => {
    const first = await change(executor, 100, 'open_season_enroll', A_FAMILY, '2027-01-01');
    await change(executor, 200, 'open_season_enroll', B_FAMILY, '2027-01-01');
    // A carrier none of whose plans was ever chosen has nothing to be told.
    expect(await all(store, { carrierCode: 'CN', kind: 'changes' })).toEqual([]);
    const batches = await all(store, { carrierCode: 'CA', kind: 'changes' });
    expect(told(batches)).toEqual([`${first} P100 enrollment`, `${first} P101 enrollment`]);

    const fileId = await recordChangeFile(store, 'CA', batches);
    expect(await changesWatermark(executor, 'CA')).toBe(batches.at(-1)!.throughEventId);
    expect(await filesCarryingEvent(executor, first)).toEqual([
      expect.objectContaining({ id: expect.anything(), member_id: expect.anything(), segment_position: 1 }),
      expect.objectContaining({ segment_position: 2 }),
    ]);
    const [listed] = await listExchangeFiles(executor, 'CA', { limit: 10 });
    expect(Number(listed!.id)).toBe(fileId);
    expect(listed!.status).toBe('written');
    const isa = Number(listed!.interchange_control_number);
    expect(Number((await findOutboundFile(executor, 'CA', { interchange: isa }))!.id)).toBe(fileId);
    expect(await findOutboundFile(executor, 'CB', { interchange: isa })).toBeUndefined();

    const next = await change(executor, 100, 'cancel', A_FAMILY, '2027-06-01', 'cancelled');
    expect(told(await all(store, { carrierCode: 'CA', kind: 'changes' }))).toEqual([
      `${next} P100 cancellation`,
      `${next} P101 cancellation`,
    ]);
    // The carrier accepted the first file: its history grows, the file's row does not change.
    await recordFileStatus(executor, fileId, 'accepted', '2027-05-02T08:00:00Z', { ack: '999' });
    expect((await fileStatusHistory(executor, fileId)).map((s) => s.status)).toEqual(['written', 'accepted']);
  });

  it('a 999 is matched by its group and transaction numbers; an interchange number names one file per partner', async () => {
    const file = (interchange: number, group: number, transactions: number[]) =>
      recordExchangeFile(
        executor,
        {
          partner: 'CM',
          direction: 'outbound',
          kind: '834_audit',
          interchangeControlNumber: interchange,
          groupControlNumber: group,
          transactionControlNumbers: transactions,
          asOf: '2027-06-01',
          sinceEventId: null,
          throughEventId: null,
          memberCount: 0,
          segmentCount: 0,
          byteSize: 0,
          sha256: 'b'.repeat(64),
          fileName: `CM-${interchange}.834`,
          createdAt: '2027-06-01T00:00:00Z',
          status: 'written',
        },
        [],
      );
    const first = await file(7, 70, [701, 702]);
    const second = await file(8, 80, [801]);
    expect(Number((await findOutboundFile(executor, 'CM', { group: 70, transaction: 702 }))!.id)).toBe(first);
    expect(Number((await findOutboundFile(executor, 'CM', { transaction: 801 }))!.id)).toBe(second);
    expect(await findOutboundFile(executor, 'CM', { group: 70, transaction: 801 })).toBeUndefined();
    await expect(file(7, 90, [901])).rejects.toThrow();
    expect(
      (await listExchangeFiles(executor, 'CM', { kind: '834_audit', limit: 10 })).map((f) => Number(f.id)),
    ).toEqual([second, first]);
  });

  it('a rejected file does not move the watermark: its events go out again', async () => {
    const before = await changesWatermark(executor, 'CA');
    const batches = await all(store, { carrierCode: 'CA', kind: 'changes' });
    const fileId = await recordChangeFile(store, 'CA', batches);
    expect(await changesWatermark(executor, 'CA')).toBeGreaterThan(before);
    await recordFileStatus(executor, fileId, 'rejected', '2027-06-02T08:00:00Z', { ik5: 'R' });
    expect(await changesWatermark(executor, 'CA')).toBe(before);
  });

  it('a plan change away from a carrier is a termination for the old carrier and an addition for the new', async () => {
    await change(executor, 300, 'open_season_enroll', A_SELF, '2027-01-01');
    const since = (await all(store, { carrierCode: 'CA', kind: 'changes' })).at(-1)!.throughEventId!;
    const moved = await change(executor, 300, 'life_event_change', B_FAMILY, '2027-07-01');
    expect(told(await all(store, { carrierCode: 'CA', kind: 'changes', sinceEventId: since }))).toEqual([
      `${moved} P300 plan_change_out`,
    ]);
    const old = (await all(store, { carrierCode: 'CA', kind: 'changes', sinceEventId: since }))[0]!
      .records[0]!;
    expect(old.record).toMatchObject({
      coverage: A_SELF,
      coverageBegins: '2027-01-01',
      coverageEnds: '2027-06-30',
    });
    // INS03 024 and HD01 024: a termination of the member and the coverage, as the old carrier reads it.
    const loop = memberLoop(old.record);
    expect(loop.find((segment) => segment.id === 'INS')!.elements[2]).toBe('024');
    expect(loop.find((segment) => segment.id === 'HD')!.elements[0]).toBe('024');
    expect(told(await all(store, { carrierCode: 'CB', kind: 'changes', sinceEventId: since }))).toEqual([
      `${moved} P300 plan_change_in`,
      `${moved} P301 plan_change_in`,
    ]);
  });

  // PGlite has one connection: no transaction can be writing while the feed reads.
  it.skipIf(backend.name !== 'postgres')(
    'a change file never passes an event still being written: it waits for it to commit',
    async () => {
      let inserted!: (id: number) => void;
      const slowId = new Promise<number>((resolve) => (inserted = resolve));
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const slow = store.transaction(async (tx) => {
        inserted(await change(tx, 200, 'cancel', B_FAMILY, '2027-09-01', 'cancelled'));
        await gate;
      });
      const slowEvent = await slowId;
      // A later event commits first: the highest visible id is above the one still being written.
      const fastEvent = await change(executor, 200, 'suspend', B_FAMILY, '2027-10-01', 'suspended');
      let waitedFor = 0;
      const horizon = await settledEventHorizon(executor, {
        onWaiting: (transactions) => {
          waitedFor = transactions;
          release();
        },
      });
      await slow;
      expect(waitedFor).toBe(1);
      expect(horizon).toBe(fastEvent);
      expect(slowEvent).toBeLessThan(fastEvent);
      const seen = told(
        await all(store, { carrierCode: 'CB', kind: 'changes', sinceEventId: slowEvent - 1 }),
      );
      expect(seen[0]).toBe(`${slowEvent} P200 cancellation`);
    },
  );

  it('audit: exactly the carrier’s members as of the day', async () => {
    // 400 enrolls with CA from August: not a member on 2027-07-15; 100 cancelled from June; 300 left in July.
    await change(executor, 400, 'open_season_enroll', A_SELF, '2027-08-01');
    const members = (batches: readonly CarrierFeedBatch[]) =>
      batches.flatMap((b) => b.records.map((r) => r.record.memberId)).sort();
    expect(
      members(await all(store, { carrierCode: 'CA', kind: 'audit', asOf: '2027-07-15', batchSize: 150 })),
    ).toEqual([]);
    expect(
      members(await all(store, { carrierCode: 'CA', kind: 'audit', asOf: '2027-03-01', batchSize: 150 })),
    ).toEqual(['P100', 'P101', 'P300']);
    expect(members(await all(store, { carrierCode: 'CA', kind: 'audit', asOf: '2027-08-01' }))).toEqual([
      'P400',
    ]);
    expect(members(await all(store, { carrierCode: 'CB', kind: 'audit', asOf: '2027-07-15' }))).toEqual([
      'P200',
      'P201',
      'P300',
      'P301',
    ]);
  });
});
