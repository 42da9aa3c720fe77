// What goes into one carrier's 834, read from the store in batches so a file for the whole program
// (1.7 million people) never sits in memory: the enrollment events the carrier has not been sent yet
// (a change file), or its whole membership on a day (an audit file). Each batch is in the order its
// member loops are written and says which stored event each loop tells, so the file's registry entry
// can trace every event to its INS segment (storage/exchange/exchange-files.ts).
import type { IsoDate } from '../../domain/dates.ts';
import { PshbError } from '../../errors.ts';
import {
  auditWindowEnd,
  carrierPlanCodes,
  anyEventInPlans,
  readAuditWindow,
  readChangeEvents,
  readFeedPersons,
  type AuditEnrollmentRow,
  type ChangeEventRow,
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
      /** The day's events read once for every carrier (readSharedChangeEvents), filtered here. */
      readonly shared?: SharedChangeEvents | null;
    }
  | {
      readonly carrierCode: string;
      readonly kind: 'audit';
      readonly asOf: IsoDate;
      /** The carrier's households per batch. */
      readonly batchSize?: number;
      /**
       * Records in the order they are read (household by household) rather than the order their loops
       * are written: for a reader that needs no order (the reconciliation joins by member id).
       */
      readonly asRead?: boolean;
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
/** Events beyond which a shared read would hold too much: a carrier that far behind reads its own. */
const SHARED_LIMIT = 100_000;

/**
 * The events every carrier's change file reads, read once: a day of changes concerns several
 * carriers (a plan change ends coverage with one and starts it with another), and one query per
 * carrier walked every event of the day with its previous event each time. Null when no carrier's
 * watermark is within SHARED_LIMIT events of the settled horizon.
 */
export interface SharedChangeEvents {
  /** The events above this id, up to the horizon. */
  readonly sinceEventId: number;
  readonly horizon: number;
  readonly rows: readonly ChangeEventRow[];
  readonly persons: ReadonlyMap<number, FeedPersonRow[]>;
}

export async function readSharedChangeEvents(
  store: Store,
  carrierCodes: readonly string[],
): Promise<SharedChangeEvents | null> {
  const executor = executorOf(store);
  const horizon = await settledEventHorizon(executor);
  const plans = new Set<string>();
  let since = Infinity;
  for (const carrierCode of carrierCodes) {
    const watermark = await changesWatermark(executor, carrierCode);
    if (horizon - watermark > SHARED_LIMIT) continue;
    since = Math.min(since, watermark);
    for (const plan of await carrierPlanCodes(executor, carrierCode)) plans.add(plan);
  }
  if (since === Infinity || plans.size === 0) return null;
  const parts = await Promise.all(
    eventRanges(since, horizon, SHARED_READ_PARTS).map(([after, upTo]) =>
      readChangeEvents(executor, [...plans], after, upTo, SHARED_LIMIT + 1),
    ),
  );
  const rows = parts.flat();
  if (rows.length > SHARED_LIMIT) return null;
  const persons = await personsByHousehold(
    executor,
    rows.map((r) => Number(r.household_id)),
    SHARED_READ_PARTS,
  );
  return { sinceEventId: since, horizon, rows, persons };
}

/**
 * The shared read is split in parts read at once, each on a connection of its own, so PostgreSQL works
 * on as many cores: at 1.7 million people the shared read of a day's 20,000 events and their households'
 * people took 0.91 s in one statement each and 0.65 s in two. PGlite has one connection and runs the
 * parts in turn.
 */
const SHARED_READ_PARTS = 2;

/**
 * The events above `after` up to `upTo`, as `parts` consecutive ranges of ids, each given as the id
 * above which it starts and the id it ends at: together they are the whole range, each id in one.
 */
export function eventRanges(after: number, upTo: number, parts: number): [number, number][] {
  const size = Math.max(0, upTo - after);
  return Array.from({ length: parts }, (_, i) => [
    after + Math.floor((size * i) / parts),
    after + Math.floor((size * (i + 1)) / parts),
  ]);
}
/**
 * Households per audit batch. Each window's rows and records outlive V8's young generation, so a
 * larger window costs memory and collection time: at 1.7 million people all the audit files took
 * 53 to 54 s and 780 to 820 MB with 20,000, 44 s and 650 MB with 10,000, 42 s and 540 MB with 5,000, and
 * 44 s and 490 MB with 2,500 (docs/carrier-exchange.md).
 */
const AUDIT_WINDOW = 5_000;

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
  if (request.kind === 'changes') {
    const since = request.sinceEventId ?? (await changesWatermark(executor, request.carrierCode));
    const shared = request.shared;
    if (shared && since >= shared.sinceEventId && since <= shared.horizon)
      yield* sharedChangeBatches(shared, plans, since, request.batchSize ?? CHANGE_BATCH);
    else yield* changeBatches(executor, plans, since, request.batchSize ?? CHANGE_BATCH);
  } else
    yield* auditBatches(executor, plans, request.asOf, request.batchSize ?? AUDIT_WINDOW, request.asRead);
}

async function* changeBatches(
  executor: Executor,
  plans: ReadonlySet<string>,
  since: number,
  size: number,
): AsyncGenerator<CarrierFeedBatch> {
  // An event concerns the carrier only if it, or the event before it, names one of its plans.
  if (!(await anyEventInPlans(executor, [...plans]))) return;
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

/** The same batches changeBatches reads, taken from the shared read: the carrier's events above its watermark. */
function* sharedChangeBatches(
  shared: SharedChangeEvents,
  plans: ReadonlySet<string>,
  since: number,
  size: number,
): Generator<CarrierFeedBatch> {
  // readChangeEvents' own filter: the event's plan, or the plan of the event before it.
  const rows = shared.rows.filter(
    (r) =>
      Number(r.event_id) > since &&
      ((r.plan_code !== null && plans.has(r.plan_code)) ||
        (r.previous_plan_code !== null && plans.has(r.previous_plan_code))),
  );
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size);
    const made = batch.map((row) =>
      changeRecords(row, shared.persons.get(Number(row.household_id)) ?? [], plans),
    );
    const last = batch.length < size;
    const after = Number(batch[batch.length - 1]!.event_id);
    yield { ...merged(made), throughEventId: last ? shared.horizon : after, sinceEventId: since };
  }
}

async function* auditBatches(
  executor: Executor,
  plans: ReadonlySet<string>,
  asOf: IsoDate,
  window: number,
  asRead = false,
): AsyncGenerator<CarrierFeedBatch> {
  const read = (after: number) => {
    const pending = auditWindow(executor, [...plans], asOf, after, window);
    // A consumer that stops early leaves the read ahead unawaited; its failure must not go unhandled.
    pending.catch(() => undefined);
    return pending;
  };
  // The next window is read while this one is mapped and written: the database and the writer overlap.
  let next = read(0);
  for (;;) {
    const { upTo, rows, persons } = await next;
    if (upTo === null) return;
    next = read(upTo);
    if (rows.length === 0) continue;
    const made = rows.map((row) => auditRecords(row, persons.get(Number(row.household_id)) ?? [], asOf));
    const batch = asRead
      ? { records: made.flatMap((m) => m.records), problems: made.flatMap((m) => m.problems) }
      : merged(made);
    yield { ...batch, throughEventId: null, sinceEventId: null };
  }
}

interface AuditWindow {
  /** The window's last household id; null past the carrier's last household. */
  readonly upTo: number | null;
  readonly rows: AuditEnrollmentRow[];
  readonly persons: Map<number, FeedPersonRow[]>;
}

/** The next window of the carrier's households above `after`: their enrollments on the day and their people. */
async function auditWindow(
  executor: Executor,
  plans: readonly string[],
  asOf: IsoDate,
  after: number,
  window: number,
): Promise<AuditWindow> {
  const upTo = await auditWindowEnd(executor, plans, after, window);
  if (upTo === null) return { upTo, rows: [], persons: new Map() };
  const rows = await readAuditWindow(executor, plans, asOf, after, upTo);
  const persons =
    rows.length === 0
      ? new Map<number, FeedPersonRow[]>()
      : await personsByHousehold(
          executor,
          rows.map((r) => Number(r.household_id)),
        );
  return { upTo, rows, persons };
}

/** The households' people, grouped; read in `parts` statements at once (a household's people in one). */
async function personsByHousehold(
  executor: Executor,
  householdIds: readonly number[],
  parts = 1,
): Promise<Map<number, FeedPersonRow[]>> {
  const ids = [...new Set(householdIds)];
  const size = Math.ceil(ids.length / parts);
  const reads = Array.from({ length: parts }, (_, i) => ids.slice(i * size, (i + 1) * size))
    .filter((part) => part.length > 0)
    .map((part) => readFeedPersons(executor, part));
  const rows = (await Promise.all(reads)).flat();
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
