// What goes into one carrier's 834, read from the store in batches so a file for the whole program
// (1.7 million people) never sits in memory: the enrollment events the carrier has not been sent yet
// (a change file), or its whole membership on a day (an audit file). Each batch is in the order its
// member loops are written and says which stored event each loop tells, so the file's registry entry
// can trace every event to its INS segment (storage/exchange/exchange-files.ts).
import type { IsoDate } from '../../domain/dates.ts';
import { PshbError } from '../../errors.ts';
import {
  carrierPlanCodes,
  enrolledHouseholdRange,
  readAuditWindow,
  readChangeEvents,
  readFeedPersons,
  type AuditEnrollmentRow,
  type FeedPersonRow,
} from '../../storage/exchange/carrier-feed-rows.ts';
import { changesWatermark, type CarriedEvent } from '../../storage/exchange/exchange-files.ts';
import { settledEventHorizon } from '../../storage/exchange/settled-event-horizon.ts';
import { executorOf, type Executor } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import type { MemberRecord } from './member-record.ts';
import {
  auditRecords,
  changeRecords,
  type FeedProblem,
  type FeedRecord,
  type FeedRecords,
} from './member-records-from-rows.ts';
import { inTransactionOrder } from './transaction-body.ts';

export type CarrierFeedRequest =
  | {
      readonly carrierCode: string;
      readonly kind: 'changes';
      /** Events above this id; by default the carrier's watermark (the last event it was sent). */
      readonly sinceEventId?: number;
      /** Events read per batch. */
      readonly batchSize?: number;
    }
  | {
      readonly carrierCode: string;
      readonly kind: 'audit';
      readonly asOf: IsoDate;
      /** Household ids spanned per batch. */
      readonly batchSize?: number;
    };

export interface CarrierFeedBatch {
  /** In the order the member loops are written (each enrollment's subscriber first). */
  readonly records: readonly FeedRecord[];
  /** Members that could not be told, with the field at fault; the caller decides whether to send. */
  readonly problems: readonly FeedProblem[];
  /**
   * For a change file: the watermark once the file is recorded: the last event read, and on the last
   * batch the settled horizon (every event up to it was considered).
   */
  readonly throughEventId: number | null;
  /** For a change file: the events were read from above this id. */
  readonly sinceEventId: number | null;
}

const CHANGE_BATCH = 5_000;
const AUDIT_WINDOW = 50_000;

/** The carrier's plan codes, or NOT_FOUND when the catalogue has none for it. */
async function plansOf(executor: Executor, carrierCode: string): Promise<ReadonlySet<string>> {
  const codes = await carrierPlanCodes(executor, carrierCode);
  if (codes.length === 0)
    throw new PshbError('NOT_FOUND', `no plans of carrier ${carrierCode} in the catalogue`);
  return new Set(codes);
}

/** The batches of the carrier's file, streaming: read, mapped and handed over one at a time. */
export async function* carrierFeed(
  store: Store,
  request: CarrierFeedRequest,
): AsyncGenerator<CarrierFeedBatch> {
  const executor = executorOf(store);
  const plans = await plansOf(executor, request.carrierCode);
  if (request.kind === 'changes') yield* changeBatches(executor, request.carrierCode, plans, request);
  else yield* auditBatches(executor, plans, request.asOf, request.batchSize ?? AUDIT_WINDOW);
}

async function* changeBatches(
  executor: Executor,
  carrierCode: string,
  plans: ReadonlySet<string>,
  request: { readonly sinceEventId?: number; readonly batchSize?: number },
): AsyncGenerator<CarrierFeedBatch> {
  const since = request.sinceEventId ?? (await changesWatermark(executor, carrierCode));
  const size = request.batchSize ?? CHANGE_BATCH;
  // Events still being written stay for the next file: the watermark never passes an event not yet committed.
  const horizon = await settledEventHorizon(executor);
  let after = since;
  for (;;) {
    const rows = await readChangeEvents(executor, [...plans], after, horizon, size);
    if (rows.length === 0) return;
    const persons = await personsByHousehold(
      executor,
      rows.map((r) => Number(r.household_id)),
    );
    const made = rows.map((row) => changeRecords(row, persons.get(Number(row.household_id)) ?? [], plans));
    after = Number(rows[rows.length - 1]!.event_id);
    // The last batch covers everything settled, so the next file need not read past the horizon again.
    const last = rows.length < size;
    yield { ...merged(made), throughEventId: last ? horizon : after, sinceEventId: since };
    if (last) return;
  }
}

async function* auditBatches(
  executor: Executor,
  plans: ReadonlySet<string>,
  asOf: IsoDate,
  window: number,
): AsyncGenerator<CarrierFeedBatch> {
  const range = await enrolledHouseholdRange(executor);
  if (range === null) return;
  const read = (after: number) => {
    const pending = auditWindow(executor, [...plans], asOf, after, window);
    // A consumer that stops early leaves the read ahead unawaited; its failure must not go unhandled.
    pending.catch(() => undefined);
    return pending;
  };
  // The next window is read while this one is mapped and written: the database and the writer overlap.
  let next = read(range.first - 1);
  for (let after = range.first - 1; after < range.last; after += window) {
    const { rows, persons } = await next;
    if (after + window < range.last) next = read(after + window);
    if (rows.length === 0) continue;
    const made = rows.map((row) => auditRecords(row, persons.get(Number(row.household_id)) ?? [], asOf));
    yield { ...merged(made), throughEventId: null, sinceEventId: null };
  }
}

/** One window of households: their enrollments on the day and their people. */
async function auditWindow(
  executor: Executor,
  plans: readonly string[],
  asOf: IsoDate,
  after: number,
  window: number,
): Promise<{ rows: AuditEnrollmentRow[]; persons: Map<number, FeedPersonRow[]> }> {
  const rows = await readAuditWindow(executor, plans, asOf, after, after + window);
  const persons =
    rows.length === 0
      ? new Map<number, FeedPersonRow[]>()
      : await personsByHousehold(
          executor,
          rows.map((r) => Number(r.household_id)),
        );
  return { rows, persons };
}

async function personsByHousehold(
  executor: Executor,
  householdIds: readonly number[],
): Promise<Map<number, FeedPersonRow[]>> {
  const rows = await readFeedPersons(executor, [...new Set(householdIds)]);
  const byHousehold = new Map<number, FeedPersonRow[]>();
  for (const row of rows) {
    const id = Number(row.household_id);
    const list = byHousehold.get(id);
    if (list) list.push(row);
    else byHousehold.set(id, [row]);
  }
  return byHousehold;
}

/** The batch's records in transaction order (transaction-body.ts), with their problems. */
function merged(made: readonly FeedRecords[]): Pick<CarrierFeedBatch, 'records' | 'problems'> {
  const records = made.flatMap((m) => m.records);
  const byRecord = new Map<MemberRecord, FeedRecord>(records.map((r) => [r.record, r]));
  return {
    records: inTransactionOrder(records.map((r) => r.record)).map((record) => byRecord.get(record)!),
    problems: made.flatMap((m) => m.problems),
  };
}

/**
 * The registry's trace of written records: each event and member at its INS ordinal, the first
 * record of `records` being the file's INS number `firstPosition` (1 for the first batch, then one
 * past the last ordinal of the batch before). Audit records carry no event to trace.
 */
export function carriedEvents(records: readonly FeedRecord[], firstPosition: number): CarriedEvent[] {
  return records.flatMap((r, index) =>
    r.record.event.kind === 'audit'
      ? []
      : [
          {
            enrollmentEventId: r.eventId,
            transitionId: r.transitionId,
            memberId: r.personId,
            segmentPosition: firstPosition + index,
          },
        ],
  );
}
