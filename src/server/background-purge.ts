// The server's own housekeeping: every so often it purges expired sessions and old idempotency records
// (src/exchange/maintenance/purge-expired.ts). The timer is unref'd, so it never keeps a process alive,
// and the first run waits a random part of the interval, so many servers started together against one
// database do not all purge at the same moment. The deletes are idempotent and skip rows another purger
// holds, so overlapping runs in different processes are harmless; within a process runs never overlap.
import { PshbError } from '../errors.ts';
import {
  DEFAULT_PURGE_INTERVAL_SECONDS,
  purgeExpired,
  retentionFromEnv,
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

/** PSHB_PURGE_INTERVAL_SECONDS (0 turns the purge off), else every 15 minutes. */
export function purgeIntervalMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.PSHB_PURGE_INTERVAL_SECONDS;
  if (text === undefined || text === '') return DEFAULT_PURGE_INTERVAL_SECONDS * 1000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 7 * 24 * 3600)
    throw new PshbError(
      'INVALID_INPUT',
      `PSHB_PURGE_INTERVAL_SECONDS: "${text}" is not a number of seconds from 0 (never) to 604800`,
    );
  return seconds * 1000;
}

export function startBackgroundPurge(store: Store, options: BackgroundPurgeOptions): BackgroundPurge {
  const retention = options.retention ?? retentionFromEnv();
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
