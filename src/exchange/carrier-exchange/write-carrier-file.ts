// Writes one carrier's 834 (005010X220A1) and records it: the changes since the last file sent to the
// carrier, or its whole membership on a day (docs/834-companion-guide.md). The file is streamed batch
// by batch, each batch its own transaction set (ST/SE) inside one functional group, so a file for a
// million members never sits in memory. It is written to a temporary name, renamed when complete, and
// only then recorded with its control numbers, digest and the events it carried: a crash half-way
// leaves no file and no record, and the next run sends the same events again. Control numbers issued
// to a run that did not finish are never issued again (X12 asks that none be reused). Runs for one
// carrier are serialized from reading the watermark until the file is recorded, so two runs at once
// never send the same events twice (storage/exchange/carrier-file-lock.ts).
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { IsoDate } from '../../domain/dates.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { withCarrierFileLock, type RecordInLock } from '../../storage/exchange/carrier-file-lock.ts';
import { allocateControlNumbers } from '../../storage/exchange/control-numbers.ts';
import { recordExchangeFile, type CarriedEvent } from '../../storage/exchange/exchange-files.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import {
  FUNCTIONAL_ID,
  IMPLEMENTATION,
  writeInterchange,
  type TransactionSetInput,
} from '../x12/interchange.ts';
import type { Segment } from '../x12/segment.ts';
import {
  carriedEvents,
  carrierFeed,
  type CarrierFeedBatch,
  type SharedChangeEvents,
} from './carrier-feed.ts';
import type { FeedProblem } from './member-records-from-rows.ts';
import { transactionSegments } from './transaction-body.ts';
import type { FileKind } from './transaction-header.ts';

export interface CarrierFileRequest {
  readonly partner: CarrierPartner;
  readonly kind: FileKind;
  /** The audit's day; for a change file, the day the file speaks for. */
  readonly asOf: IsoDate;
  /** Where the file goes; written as `<out>.partial` first. */
  readonly out: string;
  /** The instant the file is made (the program clock's). */
  readonly now: Date;
  readonly onProgress?: (members: number) => void;
  /** For a change file: the events read once for every carrier's file of the day (readSharedChangeEvents). */
  readonly sharedChanges?: SharedChangeEvents | null;
}

export interface CarrierFileResult {
  /** False when there was nothing to send: no file is written or recorded. */
  readonly written: boolean;
  readonly fileId: number | null;
  readonly partner: string;
  readonly kind: FileKind;
  readonly out: string;
  readonly interchangeControlNumber: number;
  readonly groupControlNumber: number;
  readonly transactionControlNumbers: readonly number[];
  readonly members: number;
  readonly events: number;
  readonly segments: number;
  readonly bytes: number;
  readonly sha256: string;
  /** Members that could not be told, with the field at fault; they are not in the file. */
  readonly problems: readonly FeedProblem[];
}

/** What the streaming run learns as it goes; the file's record is made from it once it is complete. */
interface Tally {
  members: number;
  segments: number;
  sinceEventId: number | null;
  throughEventId: number | null;
  readonly transactionNumbers: number[];
  readonly carried: CarriedEvent[];
  readonly problems: FeedProblem[];
}

/** N1*P5: OPM as plan sponsor. The identifier is a SYNTHETIC placeholder until the agreements give OPM's. */
const SPONSOR = { name: 'US OFFICE OF PERSONNEL MANAGEMENT', qualifier: 'FI', id: '530000000' } as const;

export function writeCarrierFile(store: Store, request: CarrierFileRequest): Promise<CarrierFileResult> {
  return withCarrierFileLock(store, request.partner.carrierCode, (record) =>
    writeUnderLock(store, request, record),
  );
}

async function writeUnderLock(
  store: Store,
  request: CarrierFileRequest,
  record: RecordInLock,
): Promise<CarrierFileResult> {
  const { partner } = request;
  const executor = executorOf(store);
  const interchange = (await allocateControlNumbers(executor, partner.carrierCode, 'interchange')).last;
  const group = (await allocateControlNumbers(executor, partner.carrierCode, 'group')).last;
  const tally: Tally = {
    members: 0,
    segments: 4, // ISA, GS, GE, IEA
    sinceEventId: null,
    throughEventId: null,
    transactionNumbers: [],
    carried: [],
    problems: [],
  };
  const partial = `${request.out}.partial`;
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    const output = createWriteStream(partial, { encoding: 'utf8' });
    const chunks = writeInterchange({
      sender: partner.x12.interchangeSender,
      receiver: partner.x12.interchangeReceiver,
      date: request.now.toISOString().slice(0, 10),
      time: request.now.toISOString().slice(11, 16),
      controlNumber: interchange,
      acknowledgmentRequested: partner.x12.interchangeAcknowledgmentRequested,
      usage: partner.x12.usageIndicator,
      separators: partner.x12.separators,
      segmentSuffix: '\n',
      groups: [
        {
          functionalId: FUNCTIONAL_ID.enrollment,
          applicationSender: partner.x12.applicationSender,
          applicationReceiver: partner.x12.applicationReceiver,
          controlNumber: group,
          version: IMPLEMENTATION.enrollment834,
          transactionSets: transactionSets(store, request, tally),
        },
      ],
    });
    for await (const chunk of chunks) {
      hash.update(chunk, 'utf8');
      bytes += Buffer.byteLength(chunk, 'utf8');
      if (!output.write(chunk)) await once(output, 'drain');
    }
    output.end();
    await finished(output);
    if (tally.members === 0) {
      await rm(partial, { force: true });
      return resultOf(request, tally, { interchange, group, fileId: null, bytes: 0, sha256: '' });
    }
    await rename(partial, request.out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const sha256 = hash.digest('hex');
  const fileId = await record((tx) =>
    recordExchangeFile(
      tx,
      {
        partner: partner.carrierCode,
        direction: 'outbound',
        kind: request.kind === 'changes' ? '834_changes' : '834_audit',
        interchangeControlNumber: interchange,
        groupControlNumber: group,
        transactionControlNumbers: tally.transactionNumbers,
        asOf: request.asOf,
        sinceEventId: tally.sinceEventId,
        throughEventId: tally.throughEventId,
        memberCount: tally.members,
        segmentCount: tally.segments,
        byteSize: bytes,
        sha256,
        fileName: request.out.split(/[\\/]/).pop() ?? request.out,
        createdAt: request.now.toISOString(),
        status: 'written',
      },
      tally.carried,
    ),
  );
  return resultOf(request, tally, { interchange, group, fileId, bytes, sha256 });
}

/** One transaction set per batch of the feed, each with its own header and control totals. */
async function* transactionSets(
  store: Store,
  request: CarrierFileRequest,
  tally: Tally,
): AsyncGenerator<TransactionSetInput<Iterable<Segment>>> {
  const executor = executorOf(store);
  const feed =
    request.kind === 'changes'
      ? carrierFeed(store, {
          carrierCode: request.partner.carrierCode,
          kind: 'changes',
          shared: request.sharedChanges ?? null,
        })
      : carrierFeed(store, { carrierCode: request.partner.carrierCode, kind: 'audit', asOf: request.asOf });
  for await (const batch of feed) {
    noteWatermark(tally, batch);
    tally.problems.push(...batch.problems);
    if (batch.records.length === 0) continue;
    const number = (await allocateControlNumbers(executor, request.partner.carrierCode, 'transaction')).last;
    const body = transactionSegments(
      {
        kind: request.kind,
        reference: `${request.partner.carrierCode}-${number}`,
        createdAt: request.now.toISOString(),
        effectiveOn: request.asOf,
        sponsor: SPONSOR,
        payer: { name: request.partner.name.slice(0, 60), qualifier: 'XV', id: request.partner.carrierCode },
      },
      batch.records.map((r) => r.record),
    );
    tally.carried.push(...carriedEvents(batch.records, tally.members + 1));
    tally.transactionNumbers.push(number);
    tally.members += batch.records.length;
    tally.segments += 2; // ST and SE
    request.onProgress?.(tally.members);
    yield { id: '834', controlNumber: number, body: counted(body, tally) };
  }
}

/** The body's segments as the writer takes them, each counted for the file's record. */
function* counted(body: Iterable<Segment>, tally: Tally): Generator<Segment, void, undefined> {
  for (const segment of body) {
    tally.segments += 1;
    yield segment;
  }
}

function noteWatermark(tally: Tally, batch: CarrierFeedBatch): void {
  if (batch.sinceEventId !== null && tally.sinceEventId === null) tally.sinceEventId = batch.sinceEventId;
  if (batch.throughEventId !== null) tally.throughEventId = batch.throughEventId;
}

function resultOf(
  request: CarrierFileRequest,
  tally: Tally,
  file: { interchange: number; group: number; fileId: number | null; bytes: number; sha256: string },
): CarrierFileResult {
  return {
    written: file.fileId !== null,
    fileId: file.fileId,
    partner: request.partner.carrierCode,
    kind: request.kind,
    out: request.out,
    interchangeControlNumber: file.interchange,
    groupControlNumber: file.group,
    transactionControlNumbers: tally.transactionNumbers,
    members: tally.members,
    events: tally.carried.length,
    segments: tally.segments,
    bytes: file.bytes,
    sha256: file.sha256,
    problems: tally.problems,
  };
}
