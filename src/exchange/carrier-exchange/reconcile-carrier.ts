// A carrier's membership file reconciled with the exchange's audit membership on the same day
// (5 CFR 890.110; 48 CFR 1609.7101-1(a)(5)), and the run recorded with what it found. The file is
// checked whole before anything is read from the database, so a malformed file changes nothing.
import { PshbError } from '../../errors.ts';
import { createHash } from 'node:crypto';
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
import { readReconciliation834 } from './reconcile-834.ts';
import { readReconciliationCsv, reconciledMemberOf } from './reconcile-csv.ts';
import { reconcileMembers, type Discrepancy, type ReconciledMember } from './reconcile-members.ts';

export interface ReconcileRequest {
  readonly carrierCode: string;
  readonly asOf: IsoDate;
  /** The day the run is made (the program date): discrepancies are opened and resolved on it. */
  readonly today: IsoDate;
  readonly fileName: string;
  /** The carrier's file, whole: its digest is recorded with the run. */
  readonly bytes: Uint8Array;
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

const byMemberId = (a: ReconciledMember, b: ReconciledMember) =>
  a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;

/**
 * The exchange's audit membership of the carrier on the day, sorted by member id. A first version:
 * the members are held in memory to sort them, as the feed gives them household by household.
 */
async function exchangeMembers(store: Store, request: ReconcileRequest): Promise<ReconciledMember[]> {
  const members: ReconciledMember[] = [];
  for await (const batch of carrierFeed(store, {
    carrierCode: request.carrierCode,
    kind: 'audit',
    asOf: request.asOf,
  })) {
    for (const fed of batch.records) members.push(reconciledMemberOf(fed.record));
    request.onProgress?.(members.length);
  }
  return members.sort(byMemberId);
}

/**
 * The carrier's members from its file: an 834 audit file (it starts with the ISA segment) or the
 * companion guide's CSV layout.
 */
export function readCarrierMembership(bytes: Uint8Array): Promise<readonly ReconciledMember[]> {
  const start = new TextDecoder().decode(bytes.subarray(0, 16));
  return /^\uFEFF?\s*ISA/.test(start)
    ? readReconciliation834(textChunks(bytes))
    : readReconciliationCsv([bytes]);
}

/**
 * The bytes as text 64 KB at a time, so the reader holds one chunk's segments rather than the whole
 * file's (a large carrier's audit file has millions of segments).
 */
function* textChunks(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const size = 1 << 16;
  for (let at = 0; at < bytes.byteLength; at += size) {
    try {
      yield decoder.decode(bytes.subarray(at, at + size), { stream: at + size < bytes.byteLength });
    } catch {
      throw new PshbError(
        'INVALID_FILE',
        `the carrier's 834 is not UTF-8 text (a byte between ${at} and ${at + size} is not): nothing was recorded`,
      );
    }
  }
}

export async function reconcileCarrier(store: Store, request: ReconcileRequest): Promise<ReconcileResult> {
  const initiatedAt = request.now().toISOString();
  // Both sides are read at once: the exchange's from the database while the carrier's file is parsed.
  const exchangeRead = exchangeMembers(store, request);
  exchangeRead.catch(() => undefined); // awaited below unless the carrier's file is refused first
  const carrier = await readCarrierMembership(request.bytes);
  const sha256 = createHash('sha256').update(request.bytes).digest('hex');
  const exchange = await exchangeRead;
  const discrepancies = [...reconcileMembers(exchange, carrier)];
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
        exchangeMemberCount: exchange.length,
        carrierMemberCount: carrier.length,
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
    exchangeMembers: exchange.length,
    carrierMembers: carrier.length,
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
