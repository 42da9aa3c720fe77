// The server's own housekeeping: every so often it purges expired sessions and old idempotency records
// (src/exchange/maintenance/purge-job.ts). On PostgreSQL this is a pg-boss job that runs once per
// interval whatever the number of server processes (start-server.ts); startBackgroundPurge runs it on
// this process's own timers (PGlite). The timers are unref'd, so they never keep a process alive, and
// the first run waits a random part of the interval; within a process runs never overlap.
import { type PurgeReport, type RetentionPolicy } from '../exchange/maintenance/purge-expired.ts';
import { purgeJob } from '../exchange/maintenance/purge-job.ts';
import { inProcessJobRunner } from '../storage/jobs/in-process-runner.ts';
import type { Store } from '../storage/store.ts';

export interface BackgroundPurgeOptions {
  readonly intervalMs: number;
  readonly retention?: RetentionPolicy;
  /** Delay before the first run; default a random part of the interval. */
  readonly firstRunMs?: number;
  readonly onPurged?: (report: PurgeReport) => void;
  readonly onError?: (error: unknown) => void;
}

export interface BackgroundPurge {
  /** Stops the timer and waits for a run in progress, so the store can be closed after it. */
  stop(): Promise<void>;
}

/** The purge on this process's own timers, through the in-process job runner. */
export function startBackgroundPurge(store: Store, options: BackgroundPurgeOptions): BackgroundPurge {
  const runner = inProcessJobRunner(
    options.firstRunMs === undefined ? {} : { firstRunMs: options.firstRunMs },
  );
  void runner.start([
    purgeJob(store, {
      everyMs: options.intervalMs,
      ...(options.retention ? { retention: options.retention } : {}),
      ...(options.onPurged ? { onPurged: options.onPurged } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
    }),
  ]);
  return { stop: () => runner.stop() };
}
