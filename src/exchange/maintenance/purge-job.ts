// The purge of expired records as a background job (src/storage/jobs): on PostgreSQL a pg-boss job that
// runs once per interval across every server process and is retried when it fails; on PGlite a timer
// of the one process, with the same retries.
import type { JobDefinition, JobOutline } from '../../storage/jobs/job-runner.ts';
import type { Store } from '../../storage/store.ts';
import { DEFAULT_RETENTION, purgeExpired, type PurgeReport, type RetentionPolicy } from './purge-expired.ts';

export const PURGE_JOB = 'purge-expired';

/** Tries after a failed purge, a minute apart (doubling on pg-boss): the next interval comes anyway. */
const RETRY_LIMIT = 3;
const RETRY_DELAY_MS = 60_000;

export interface PurgeJobOptions {
  readonly everyMs: number;
  readonly retention?: RetentionPolicy;
  readonly onPurged?: (report: PurgeReport) => void;
  readonly onError?: (error: unknown, willRetry: boolean) => void;
}

export function purgeJobOutline(everyMs: number): JobOutline {
  return { name: PURGE_JOB, everyMs, retryLimit: RETRY_LIMIT };
}

export function purgeJob(store: Store, options: PurgeJobOptions): JobDefinition<PurgeReport> {
  const retention = options.retention ?? DEFAULT_RETENTION;
  return {
    ...purgeJobOutline(options.everyMs),
    retryDelayMs: RETRY_DELAY_MS,
    run: () => purgeExpired(store, retention),
    ...(options.onPurged ? { onDone: options.onPurged } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  };
}
