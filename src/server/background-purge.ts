// The server's own housekeeping: every so often it purges expired sessions and old idempotency records
// (src/exchange/maintenance/purge-expired.ts). The timer is unref'd, so it never keeps a process alive,
// and the first run waits a random part of the interval, so many servers started together against one
// database do not all purge at the same moment. The deletes are idempotent and skip rows another purger
// holds, so overlapping runs in different processes are harmless; within a process runs never overlap.
import {
  DEFAULT_RETENTION,
  purgeExpired,
  type PurgeReport,
  type RetentionPolicy,
} from '../exchange/maintenance/purge-expired.ts';
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

export function startBackgroundPurge(store: Store, options: BackgroundPurgeOptions): BackgroundPurge {
  const retention = options.retention ?? DEFAULT_RETENTION;
  let running: Promise<void> | null = null;
  let stopped = false;

  const run = (): void => {
    if (stopped || running) return;
    running = purgeExpired(store, retention)
      .then(
        (report) => options.onPurged?.(report),
        (error: unknown) => options.onError?.(error),
      )
      .finally(() => {
        running = null;
      });
  };

  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(
    () => {
      run();
      interval = setInterval(run, options.intervalMs);
      interval.unref();
    },
    options.firstRunMs ?? Math.floor(Math.random() * options.intervalMs),
  );
  first.unref();

  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      if (interval) clearInterval(interval);
      await running;
    },
  };
}
