// Collects the files each partner left for the exchange, each once: a file is known by its name and
// digest (a file seen before is left alone; a new file under an old name is new). A copy is kept in
// the partner's collected folder; a carrier's 999 or TA1 is handed to ingestAcknowledgment, which
// records it against the 834 it answers; an agency's file is its Medicare entitlement response, handed
// to ingestMedicareResponse (5 CFR 890.1612); any other file is kept for the team. A file that cannot
// be read as what it claims is recorded as refused with the reason, so it is not read again each run.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '../../domain/dates.ts';
import { partnerCode, type CarrierPartner, type TradingPartner } from '../../domain/trading-partner.ts';
import { PshbError } from '../../errors.ts';
import {
  recordCollectedFile,
  wasCollected,
  type CollectedFile,
} from '../../storage/exchange/delivery-files.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { ingestAcknowledgment } from '../carrier-exchange/ingest-acknowledgment.ts';
import { ingestMedicareResponse } from '../medicare/ingest-medicare-response.ts';
import { openPartnerTransport, type TransportContext } from './partner-transport.ts';
import { DEFAULT_RETRY, retryWithBackoff, type RetryPolicy } from './retry-with-backoff.ts';
import { isPlainFileName, type Transport } from './transport.ts';

export interface CollectionRequest {
  readonly partners: readonly TradingPartner[];
  /** Every carrier partner, to tell which one sent an acknowledgment. */
  readonly carriers: readonly CarrierPartner[];
  readonly context: TransportContext;
  readonly now: () => Date;
  readonly retry?: RetryPolicy;
  readonly onFile?: (file: CollectedSummary) => void;
}

export interface CollectedSummary {
  readonly partner: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly outcome: CollectedFile['outcome'];
  readonly exchangeFileId: number | null;
  readonly reason?: string;
}

export interface CollectionReport {
  readonly collected: readonly CollectedSummary[];
  /** Files seen before (same name and digest), left alone. */
  readonly alreadyCollected: number;
}

export async function collectInbound(store: Store, request: CollectionRequest): Promise<CollectionReport> {
  const collected: CollectedSummary[] = [];
  let alreadyCollected = 0;
  for (const partner of request.partners) {
    const code = partnerCode(partner);
    const { value: transport } = await retryWithBackoff(request.retry ?? DEFAULT_RETRY, () =>
      openPartnerTransport(code, partner.endpoint, request.context),
    );
    try {
      for (const remote of await transport.list('inbound')) {
        if (!isPlainFileName(remote.name)) continue;
        const summary = await collectOne(store, request, partner, transport, remote.name);
        if (summary === null) alreadyCollected++;
        else {
          collected.push(summary);
          request.onFile?.(summary);
        }
      }
    } finally {
      await transport.close();
    }
  }
  return { collected, alreadyCollected };
}

async function collectOne(
  store: Store,
  request: CollectionRequest,
  from: TradingPartner,
  transport: Transport,
  name: string,
): Promise<CollectedSummary | null> {
  const partner = partnerCode(from);
  const content = await transport.get(name, 'inbound');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const executor = executorOf(store);
  if (await wasCollected(executor, partner, name, sha256)) return null;
  const folder = join(request.context.folders.collected(partner), sha256.slice(0, 12));
  await mkdir(folder, { recursive: true });
  const path = join(folder, name);
  await writeFile(path, content);
  const now = request.now();
  const handled = await handle(store, request, { from, path, name, text: content.toString('utf8') }, now);
  const file: CollectedFile = {
    partner,
    fileName: name,
    sha256,
    byteSize: content.length,
    outcome: handled.outcome,
    exchangeFileId: handled.exchangeFileId,
    detail: handled.reason ? { reason: handled.reason } : {},
    collectedAt: now.toISOString(),
  };
  // Another run that collected the same file first has recorded it; this one changes nothing more.
  if (!(await recordCollectedFile(executor, file))) return null;
  return { partner, fileName: name, sha256, ...handled };
}

interface CollectedContent {
  readonly from: TradingPartner;
  /** The collected copy on disk. */
  readonly path: string;
  readonly name: string;
  readonly text: string;
}

type Handled = Pick<CollectedSummary, 'outcome' | 'exchangeFileId' | 'reason'>;

async function handle(
  store: Store,
  request: CollectionRequest,
  file: CollectedContent,
  now: Date,
): Promise<Handled> {
  try {
    if (isAcknowledgment(file.text)) {
      const result = await ingestAcknowledgment(store, request.carriers, file.text, file.name, now);
      return { outcome: 'acknowledgment', exchangeFileId: result.fileId };
    }
    if (file.from.kind === 'agency') {
      // The response is dated the day it was collected: the facts' provenance and the notices' date.
      const receivedOn = now.toISOString().slice(0, 10) as IsoDate;
      const options = { path: file.path, fileName: file.name, receivedOn, now };
      const result = await ingestMedicareResponse(store, options);
      return { outcome: 'medicare_response', exchangeFileId: result.fileId };
    }
    return { outcome: 'kept', exchangeFileId: null };
  } catch (error) {
    // A file that is not what it claims is the partner's to fix; anything else is tried next run.
    if (error instanceof PshbError && (error.code === 'INVALID_FILE' || error.code === 'INVALID_INPUT'))
      return { outcome: 'refused', exchangeFileId: null, reason: refusalOf(error) };
    throw error;
  }
}

/** The refusal as the team reads it: the message, then the first places at fault (line, field). */
function refusalOf(error: PshbError): string {
  const places = error.details.slice(0, 5).map((d) => {
    const where = [d.line === undefined ? '' : `line ${d.line}`, d.field ?? ''].filter(Boolean).join(', ');
    return where ? `${where}: ${d.message}` : d.message;
  });
  return [error.message, ...places].join('; ');
}

/** An X12 interchange carrying a TA1 or a functional group of 999s (GS01 FA). */
export function isAcknowledgment(text: string): boolean {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('ISA') || trimmed.length < 106) return false;
  const element = trimmed[3]!;
  const segment = trimmed[105]!;
  return trimmed
    .split(segment)
    .map((s) => s.trim())
    .some((s) => s.startsWith(`TA1${element}`) || s.startsWith(`GS${element}FA${element}`));
}
