// Retention of short-lived records: sessions past their expiry and idempotency records past the period
// in which a client may still retry a change. Neither is personal data the program must keep (the audit
// log and the enrollment history are kept, append-only, elsewhere), and both tables would otherwise grow
// with every sign-in and every change. Deletes run in small batches that skip rows another purger has
// locked, so any number of server processes may purge the same database at once: a row is deleted once,
// and a second purger finds nothing left to do.
import type { Environment } from '../../config/configuration.ts';
import { PshbError } from '../../errors.ts';
import { executorOf } from '../../storage/executor.ts';
import {
  deleteEndedRateLimitCounters,
  deleteExpiredSessions,
  deleteOldIdempotencyRecords,
} from '../../storage/maintenance/expired-records.ts';
import type { Store } from '../../storage/store.ts';

export interface RetentionPolicy {
  /**
   * Hours an idempotency record is kept after the change it answers: a retry with the same key within
   * this time gets the stored response; after it the key is forgotten and would be taken as new.
   */
  readonly idempotencyRecordHours: number;
}

/** A day covers any client retrying after a timeout, a crash or a lost connection (docs/api.md). */
export const DEFAULT_RETENTION: RetentionPolicy = { idempotencyRecordHours: 24 };

export interface PurgeReport {
  /** Sessions whose expiry had passed. */
  readonly expiredSessions: number;
  /** Idempotency records older than the retention period. */
  readonly idempotencyRecords: number;
  readonly idempotencyRecordHours: number;
}

const BATCH = 5_000;

export function retentionHours(text: string, where: string): number {
  const hours = Number(text);
  if (text.trim() === '' || !Number.isFinite(hours) || hours < 1 || hours > 24 * 366)
    throw new PshbError('INVALID_INPUT', `${where}: "${text}" is not a number of hours from 1 to 8784`);
  return hours;
}

/** The policy of the configuration: PSHB_IDEMPOTENCY_RETENTION_HOURS (default 24). */
export function retentionOf(
  environment: Pick<Environment, 'PSHB_IDEMPOTENCY_RETENTION_HOURS'>,
): RetentionPolicy {
  return { idempotencyRecordHours: environment.PSHB_IDEMPOTENCY_RETENTION_HOURS };
}

/**
 * Deletes expired sessions and idempotency records past retention; reports how many of each. Rate limit
 * counters whose window has ended go too (they are no record of anything, so they are not reported).
 */
export async function purgeExpired(
  store: Store,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<PurgeReport> {
  const executor = executorOf(store);
  const hours = policy.idempotencyRecordHours;
  // The database's clock decides, as it does when a session is checked: servers' clocks may differ.
  const expiredSessions = await inBatches((limit) => deleteExpiredSessions(executor, limit));
  const idempotencyRecords = await inBatches((limit) => deleteOldIdempotencyRecords(executor, hours, limit));
  await inBatches((limit) => deleteEndedRateLimitCounters(executor, limit));
  return { expiredSessions, idempotencyRecords, idempotencyRecordHours: hours };
}

/** Runs a batch delete until it removes fewer rows than a batch; each batch commits on its own. */
async function inBatches(batch: (limit: number) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const removed = await batch(BATCH);
    total += removed;
    if (removed < BATCH) return total;
  }
}
