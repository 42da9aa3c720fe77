// A carrier's membership file reconciled with the exchange's audit membership on the same day
// (5 CFR 890.110; 48 CFR 1609.7101-1(a)(5)), and the run recorded with what it found. The file is
// checked whole before anything is recorded, so a malformed file changes nothing.
import { PshbError } from '../../errors.ts';
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { IsoDate } from '../../domain/dates.ts';
import { executorOf } from '../../storage/executor.ts';
import {
  listOpenDiscrepancies,
  recordReconciliation,
  type RecordedRun,
} from '../../storage/exchange/reconciliations.ts';
import type { Store } from '../../storage/store.ts';
import { carrierFeed } from './carrier-feed.ts';
import { ageDiscrepancies, type AgeBucket } from './reconcile-ageing.ts';
import { ListedMembers, type CarrierMemberSink } from './carrier-member-sink.ts';
import { MembershipJoin } from './membership-join.ts';
import { readReconciliation834Into } from './reconcile-834.ts';
import { READ_CHUNK_BYTES } from '../x12/read-interchange.ts';
import { readReconciliationCsvInto, reconciledMemberOf } from './reconcile-csv.ts';
import type { Discrepancy, ReconciledMember } from './reconcile-members.ts';

export interface ReconcileRequest {
  readonly carrierCode: string;
  readonly asOf: IsoDate;
  /** The day the run is made (the program date): discrepancies are opened and resolved on it. */
  readonly today: IsoDate;
  readonly fileName: string;
  /**
   * The carrier's file, read as it is compared: from `path` (a file of any size is never held whole),
   * or from `bytes`. Its digest is recorded with the run.
   */
  readonly path?: string;
  readonly bytes?: Uint8Array;
  readonly now: () => Date;
  readonly onProgress?: (exchangeMembers: number) => void;
}

export interface ReconcileResult extends RecordedRun {
  readonly carrier: string;
  readonly asOf: IsoDate;
  readonly fileName: string;
  readonly sha256: string;
  readonly exchangeMembers: number;
  readonly carrierMembers: number;
  readonly byKind: Readonly<Record<string, number>>;
  readonly discrepancies: readonly Discrepancy[];
}

/**
 * The exchange's audit membership of the carrier on the day, each member handed to the join as its
 * household's window is read; nothing of it is held here. Stops early once `stopped` says so.
 */
async function joinExchangeMembers(
  store: Store,
  request: ReconcileRequest,
  join: MembershipJoin,
  stopped: () => boolean,
): Promise<void> {
  for await (const batch of carrierFeed(store, {
    carrierCode: request.carrierCode,
    kind: 'audit',
    asOf: request.asOf,
    asRead: true,
  })) {
    if (stopped()) return;
    for (const fed of batch.records) join.addExchange(reconciledMemberOf(fed.record));
    request.onProgress?.(join.exchangeMembers);
  }
}

/** Bytes are read and decoded this many at a time. */
const CHUNK = READ_CHUNK_BYTES;

/**
 * The carrier's members from its file, sorted by member id: an 834 audit file (it starts with the ISA
 * segment) or the companion guide's CSV layout.
 */
export async function readCarrierMembership(bytes: Uint8Array): Promise<readonly ReconciledMember[]> {
  const listed = new ListedMembers();
  await readCarrierMembershipInto(bytesInChunks(bytes), listed);
  return listed.sorted();
}

/**
 * The carrier's members handed to `sink` as the file's bytes are read (the first chunk tells the
 * format); how many, or the file's refusal naming every fault once it is read.
 */
export async function readCarrierMembershipInto(
  chunks: AsyncIterable<Uint8Array>,
  sink: CarrierMemberSink,
): Promise<number> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done === true ? new Uint8Array() : first.value;
  const all = (async function* () {
    if (first.done !== true) yield first.value;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  })();
  const start = new TextDecoder().decode(head.subarray(0, 16));
  return /^\uFEFF?\s*ISA/.test(start)
    ? readReconciliation834Into(textChunks(all), sink)
    : readReconciliationCsvInto(all, sink);
}

async function* bytesInChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}

/** The carrier's file in chunks, each added to the digest as it passes. */
async function* carrierFileChunks(request: ReconcileRequest, hash: Hash): AsyncGenerator<Uint8Array> {
  const chunks: AsyncIterable<Uint8Array> =
    request.path !== undefined
      ? (createReadStream(request.path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>)
      : bytesInChunks(request.bytes ?? new Uint8Array());
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * The bytes as text a chunk at a time, so the reader holds one chunk's segments rather than the whole
 * file's (a large carrier's audit file has millions of segments).
 */
async function* textChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const refused = () =>
    new PshbError(
      'INVALID_FILE',
      `the carrier's 834 is not UTF-8 text (a byte between ${at} and ${at + CHUNK} is not): nothing was recorded`,
    );
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw refused();
    }
    yield text;
    at += chunk.byteLength;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    at = Math.max(0, at - CHUNK);
    throw refused();
  }
  if (rest !== '') yield rest;
}

export async function reconcileCarrier(store: Store, request: ReconcileRequest): Promise<ReconcileResult> {
  const initiatedAt = request.now().toISOString();
  // Both sides are read at once and joined as they come: the exchange's from the database while the
  // carrier's file is read. The file is checked whole before anything is recorded, and its refusal
  // stops the exchange's read.
  const join = new MembershipJoin();
  let refused = false;
  const exchangeRead = joinExchangeMembers(store, request, join, () => refused);
  exchangeRead.catch(() => undefined); // awaited below unless the carrier's file is refused first
  const hash = createHash('sha256');
  try {
    await readCarrierMembershipInto(carrierFileChunks(request, hash), join);
  } catch (error) {
    refused = true;
    throw error;
  }
  const sha256 = hash.digest('hex');
  await exchangeRead;
  const discrepancies = join.discrepancies();
  const recorded = await store.transaction((tx) =>
    recordReconciliation(
      tx,
      {
        carrier: request.carrierCode,
        asOf: request.asOf,
        foundOn: request.today,
        fileName: request.fileName,
        sha256,
        initiatedAt,
        completedAt: request.now().toISOString(),
        exchangeMemberCount: join.exchangeMembers,
        carrierMemberCount: join.carrierMembers,
      },
      discrepancies,
    ),
  );
  const byKind: Record<string, number> = {};
  for (const d of discrepancies) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
  return {
    ...recorded,
    carrier: request.carrierCode,
    asOf: request.asOf,
    fileName: request.fileName,
    sha256,
    exchangeMembers: join.exchangeMembers,
    carrierMembers: join.carrierMembers,
    byKind,
    discrepancies,
  };
}

export interface OpenDiscrepancy {
  readonly id: number;
  readonly memberId: string;
  readonly kind: string;
  readonly exchangeValue: string | null;
  readonly carrierValue: string | null;
  readonly openedOn: IsoDate;
  readonly owner: string | null;
  readonly days: number;
  readonly bucket: AgeBucket;
}

/** A date column as YYYY-MM-DD, whichever way the driver hands it over. */
const isoDay = (value: unknown): IsoDate =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/** The carrier's open discrepancies, each with its age and age bucket as of the day. */
export async function openDiscrepancies(
  store: Store,
  carrierCode: string,
  asOf: IsoDate,
): Promise<OpenDiscrepancy[]> {
  const rows = await listOpenDiscrepancies(executorOf(store), carrierCode);
  const items = rows.map((r) => ({
    id: Number(r.id),
    memberId: r.member_id,
    kind: r.kind,
    exchangeValue: r.exchange_value,
    carrierValue: r.carrier_value,
    openedOn: isoDay(r.opened_on),
    owner: r.owner,
  }));
  return ageDiscrepancies(items, asOf).map(({ item, days, bucket }) => ({ ...item, days, bucket }));
}
