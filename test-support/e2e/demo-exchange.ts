// A small, synthetic carrier data exchange for the demo app, so the exchange screens have something to
// show: files sent to the demo carrier (NALC) and to another carrier, each answered differently; open
// exceptions from a rejected file; and three quarterly reconciliations whose discrepancies have stood
// open for different lengths of time by the demo's program date.
import { createHash } from 'node:crypto';
import { openExceptions } from '../../src/storage/exchange/exchange-exceptions.ts';
import { recordExchangeFile, recordFileStatus } from '../../src/storage/exchange/exchange-files.ts';
import { recordReconciliation, type FoundDiscrepancy } from '../../src/storage/exchange/reconciliations.ts';
import { executorOf, type Executor } from '../../src/storage/executor.ts';
import type { Store } from '../../src/storage/store.ts';
import type { ExchangeFileStatus } from '../../src/storage/tables/exchange-tables.ts';

/** The demo carrier's code (demo-carrier's scope) and another carrier it must not see. */
export const DEMO_EXCHANGE_CARRIER = 'NALC';
export const OTHER_EXCHANGE_CARRIER = 'GEHA';

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

interface Member {
  readonly personId: number;
  readonly eventId: number;
}

/** A few enrollment events of members in the carrier's plans (any members when none is). */
async function membersOf(store: Store, planCodes: readonly string[], limit: number): Promise<Member[]> {
  const query = store.db
    .selectFrom('enrollment_event')
    .select(['id', 'person_id'])
    .orderBy('id')
    .limit(limit);
  let rows = await query.where('plan_code', 'in', [...planCodes]).execute();
  if (rows.length === 0) rows = await query.execute();
  return rows.map((r) => ({ personId: Number(r.person_id), eventId: Number(r.id) }));
}

async function sendFile(
  executor: Executor,
  partner: string,
  number: number,
  createdAt: string,
  members: readonly Member[],
  answers: readonly { status: ExchangeFileStatus; at: string; detail?: Record<string, unknown> }[],
): Promise<number> {
  const fileName = `PSHB834.${partner}.${createdAt.slice(0, 10).replaceAll('-', '')}.${number}.x12`;
  const id = await recordExchangeFile(
    executor,
    {
      partner,
      direction: 'outbound',
      kind: '834_changes',
      interchangeControlNumber: number,
      groupControlNumber: number,
      transactionControlNumbers: [number],
      asOf: createdAt.slice(0, 10),
      sinceEventId: null,
      throughEventId: null,
      memberCount: members.length,
      segmentCount: 10 + members.length * 12,
      byteSize: 600 + members.length * 400,
      sha256: digest(fileName),
      fileName,
      createdAt,
      status: 'written',
    },
    members.map((m, i) => ({
      enrollmentEventId: m.eventId,
      transitionId: null,
      memberId: m.personId,
      segmentPosition: i + 1,
    })),
  );
  for (const answer of answers)
    await recordFileStatus(executor, id, answer.status, answer.at, answer.detail ?? {});
  return id;
}

async function reconcile(
  executor: Executor,
  carrier: string,
  foundOn: string,
  found: readonly FoundDiscrepancy[],
): Promise<void> {
  const fileName = `RECON.${carrier}.${foundOn}.csv`;
  await recordReconciliation(
    executor,
    {
      carrier,
      asOf: foundOn,
      foundOn,
      fileName,
      sha256: digest(fileName),
      initiatedAt: `${foundOn}T12:00:00Z`,
      completedAt: `${foundOn}T12:05:00Z`,
      exchangeMemberCount: 120,
      carrierMemberCount: 120,
    },
    found,
  );
}

export async function recordDemoExchange(store: Store): Promise<void> {
  const executor = executorOf(store);
  const nalc = await membersOf(store, ['32', '77'], 4);
  const geha = await membersOf(store, ['31', '34', 'GH'], 2);
  await sendFile(executor, DEMO_EXCHANGE_CARRIER, 101, '2024-11-04T06:30:00Z', nalc.slice(0, 2), [
    { status: 'delivered', at: '2024-11-04T06:31:00Z' },
    { status: 'accepted', at: '2024-11-04T09:00:00Z', detail: { ak9: 'A' } },
  ]);
  const rejected = await sendFile(executor, DEMO_EXCHANGE_CARRIER, 102, '2024-11-12T06:30:00Z', nalc, [
    { status: 'delivered', at: '2024-11-12T06:31:00Z' },
    { status: 'rejected', at: '2024-11-12T10:00:00Z', detail: { ak9: 'R' } },
  ]);
  await sendFile(executor, DEMO_EXCHANGE_CARRIER, 103, '2024-11-19T06:30:00Z', nalc.slice(2), [
    { status: 'delivered', at: '2024-11-19T06:31:00Z' },
  ]);
  const other = await sendFile(executor, OTHER_EXCHANGE_CARRIER, 201, '2024-11-12T06:30:00Z', geha, [
    { status: 'delivered', at: '2024-11-12T06:31:00Z' },
    { status: 'rejected', at: '2024-11-12T11:00:00Z', detail: { ak9: 'R' } },
  ]);
  const rejection = (partner: string, fileId: number, member: Member | undefined, element: string) => ({
    partner,
    kind: 'ack_rejected' as const,
    fileId,
    personId: member?.personId ?? null,
    memberId: member ? String(member.personId) : null,
    segmentPosition: 14,
    segmentId: 'HD',
    element,
    errorCode: '7',
    detail: { message: 'Invalid code value' },
  });
  await openExceptions(
    executor,
    [
      rejection(DEMO_EXCHANGE_CARRIER, rejected, nalc[0], 'HD03'),
      rejection(DEMO_EXCHANGE_CARRIER, rejected, nalc[1], 'HD04'),
      rejection(OTHER_EXCHANGE_CARRIER, other, geha[0], 'HD03'),
    ],
    '2024-11-12',
  );
  // Three quarters of reconciliation: two items found in July and still open, one since October, one new.
  const older: FoundDiscrepancy[] = [
    { memberId: '900001', kind: 'missing-at-carrier', exchangeValue: '321', carrierValue: null },
    { memberId: '900002', kind: 'coverage-dates', exchangeValue: '2024-01-01', carrierValue: '2024-02-01' },
  ];
  const october: FoundDiscrepancy = {
    memberId: '900003',
    kind: 'enrollment-code',
    exchangeValue: '322',
    carrierValue: '321',
  };
  const recent: FoundDiscrepancy = {
    memberId: '900004',
    kind: 'family',
    exchangeValue: '3',
    carrierValue: '2',
  };
  await reconcile(executor, DEMO_EXCHANGE_CARRIER, '2024-07-01', older);
  await reconcile(executor, DEMO_EXCHANGE_CARRIER, '2024-10-01', [...older, october]);
  await reconcile(executor, DEMO_EXCHANGE_CARRIER, '2024-11-15', [...older, october, recent]);
  await reconcile(executor, OTHER_EXCHANGE_CARRIER, '2024-11-15', [
    { memberId: '800001', kind: 'medicare', exchangeValue: 'A', carrierValue: 'AB' },
  ]);
}
