// Pushes each outbound file written but not yet delivered to its partner and records it delivered.
// A transfer that fails is tried again with a growing pause (a fresh connection each time); the
// transport recognises a file an earlier try completed, so a file is never sent twice, and the
// 'delivered' status is recorded once however many runs overlap. A file that still fails opens a
// 'delivery_failed' item in the exception queue and stays 'written' for the next run.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { partnerCode, type TradingPartner } from '../../domain/trading-partner.ts';
import { openExceptions } from '../../storage/exchange/exchange-exceptions.ts';
import { recordDeliveredOnce, undeliveredFiles } from '../../storage/exchange/delivery-files.ts';
import type { ExchangeFileRow } from '../../storage/exchange/exchange-files.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { openPartnerTransport, type TransportContext } from './partner-transport.ts';
import { DEFAULT_RETRY, retryWithBackoff, type RetryPolicy } from './retry-with-backoff.ts';
import type { PutOutcome, Transport } from './transport.ts';

export interface DeliveryRequest {
  readonly partners: readonly TradingPartner[];
  readonly context: TransportContext;
  readonly now: () => Date;
  readonly retry?: RetryPolicy;
  /** Called as each file is settled, delivered or not. */
  readonly onFile?: (outcome: FileDelivery) => void;
}

export interface FileDelivery {
  readonly partner: string;
  readonly fileId: number;
  readonly fileName: string;
  /** 'sent', 'already-there' (an earlier try had completed it) or 'failed'. */
  readonly outcome: PutOutcome | 'failed';
  readonly attempts: number;
  readonly error?: string;
}

export interface DeliveryReport {
  readonly delivered: readonly FileDelivery[];
  readonly failed: readonly FileDelivery[];
}

export async function deliverPending(store: Store, request: DeliveryRequest): Promise<DeliveryReport> {
  const delivered: FileDelivery[] = [];
  const failed: FileDelivery[] = [];
  for (const partner of request.partners) {
    const code = partnerCode(partner);
    const files = await undeliveredFiles(executorOf(store), code);
    if (files.length === 0) continue;
    const connection = reconnecting(() => openPartnerTransport(code, partner.endpoint, request.context));
    try {
      for (const file of files) {
        const outcome = await deliverOne(store, request, code, file, connection);
        (outcome.outcome === 'failed' ? failed : delivered).push(outcome);
        request.onFile?.(outcome);
      }
    } finally {
      await connection.close();
    }
  }
  return { delivered, failed };
}

async function deliverOne(
  store: Store,
  request: DeliveryRequest,
  partner: string,
  file: ExchangeFileRow,
  connection: Reconnecting,
): Promise<FileDelivery> {
  const fileId = Number(file.id);
  const base = { partner, fileId, fileName: file.file_name };
  const localPath = join(request.context.folders.written(partner), file.file_name);
  let attempts = 0;
  try {
    await stat(localPath);
    const { value } = await retryWithBackoff(request.retry ?? DEFAULT_RETRY, async (attempt) => {
      attempts = attempt;
      return connection.use((transport) => transport.put(localPath, file.file_name));
    });
    const transport = await connection.use(async (t) => t.description);
    const at = request.now().toISOString();
    await store.transaction((tx) =>
      recordDeliveredOnce(tx, fileId, at, { to: transport, outcome: value, attempts }),
    );
    return { ...base, outcome: value, attempts };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await openExceptions(
      executorOf(store),
      [{ partner, kind: 'delivery_failed', fileId, detail: { error: message, attempts, localPath } }],
      request.now().toISOString().slice(0, 10),
    );
    return { ...base, outcome: 'failed', attempts, error: message };
  }
}

interface Reconnecting {
  /** Runs `work` on the open transport, opening one first; a failure drops it so the next use reconnects. */
  use<T>(work: (transport: Transport) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function reconnecting(open: () => Promise<Transport>): Reconnecting {
  let current: Transport | undefined;
  return {
    use: async (work) => {
      current ??= await open();
      try {
        return await work(current);
      } catch (error) {
        const broken = current;
        current = undefined;
        await broken.close().catch(() => undefined);
        throw error;
      }
    },
    close: async () => {
      await current?.close().catch(() => undefined);
      current = undefined;
    },
  };
}
