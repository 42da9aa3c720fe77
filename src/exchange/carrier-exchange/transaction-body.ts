// Everything between ST and SE of one 834: the header, then each enrollment's members, the subscriber
// first and the family members after it, so a carrier adding a family always has the subscriber.
import type { Segment } from '../x12/segment.ts';
import { memberLoop, MemberLoopError } from './member-loop.ts';
import type { MemberRecord } from './member-record.ts';
import {
  controlTotals,
  transactionHeader,
  transactionHeaderInput,
  type TransactionHeaderInput,
} from './transaction-header.ts';

/** Subscriber before family members within each enrollment; enrollments in the order first met. */
export function inTransactionOrder(records: readonly MemberRecord[]): MemberRecord[] {
  const firstSeen = new Map<string, number>();
  records.forEach((record, index) => {
    if (!firstSeen.has(record.subscriberId)) firstSeen.set(record.subscriberId, index);
  });
  return records
    .map((record, index) => ({ record, index }))
    .sort(
      (a, b) =>
        (firstSeen.get(a.record.subscriberId) ?? 0) - (firstSeen.get(b.record.subscriberId) ?? 0) ||
        Number(b.record.relationship === 'self') - Number(a.record.relationship === 'self') ||
        a.index - b.index,
    )
    .map(({ record }) => record);
}

/** An audit file carries only audit loops, and a change file none. */
function checkKind(kind: 'changes' | 'audit', records: readonly MemberRecord[]): void {
  for (const record of records) {
    if ((kind === 'audit') !== (record.event.kind === 'audit')) {
      throw new MemberLoopError(
        record.memberId,
        'event.kind',
        `${record.event.kind} does not belong in ${kind === 'audit' ? 'an audit' : 'a change'} file`,
      );
    }
  }
}

/**
 * The transaction set's body, made as the writer takes it: header segments, then every member loop.
 * An audit's batch holds tens of thousands of members; their segments are never all in memory at once.
 */
export function* transactionSegments(
  header: TransactionHeaderInput,
  records: readonly MemberRecord[],
): Generator<Segment, void, undefined> {
  const parsed = transactionHeaderInput.parse(header);
  checkKind(parsed.kind, records);
  const ordered = inTransactionOrder(records);
  yield* transactionHeader(parsed, controlTotals(ordered));
  for (const record of ordered) yield* memberLoop(record);
}

/** The transaction set's body as one array, for small files and tests. */
export function transactionBody(header: TransactionHeaderInput, records: readonly MemberRecord[]): Segment[] {
  return [...transactionSegments(header, records)];
}
