// Background work, one interface whatever runs it (docs/adr/0014-background-jobs-pg-boss.md): on
// PostgreSQL pg-boss keeps the queues, schedules and job history in the database, so a scheduled job
// runs once across every server process and a failed run is retried (pg-boss-runner.ts); on PGlite the
// one process runs the same handlers on its own timers (in-process-runner.ts).

export interface JobDefinition<Result = unknown> {
  /** The queue's name, e.g. 'purge-expired'. */
  readonly name: string;
  /** How often a run is due; the pg-boss runner rounds it up to whole minutes. */
  readonly everyMs: number;
  /** Further tries after a failed run, each after `retryDelayMs` (doubling on pg-boss). */
  readonly retryLimit: number;
  readonly retryDelayMs: number;
  run(): Promise<Result>;
  onDone?(result: Result): void;
  /** Called on each failed try; `willRetry` says whether another follows. */
  onError?(error: unknown, willRetry: boolean): void;
}

/** What a runner lists of a job without running it. */
export type JobOutline = Pick<JobDefinition, 'name' | 'everyMs' | 'retryLimit'>;

export interface JobQueueListing {
  readonly name: string;
  readonly retryLimit: number | null;
  readonly queued: number;
  readonly active: number;
  readonly failed: number;
  readonly total: number;
}

export interface JobScheduleListing {
  readonly name: string;
  /** The cron expression or recurrence rule, or `every N seconds` in-process. */
  readonly recurrence: string;
  readonly lastJobId: string | null;
}

export interface JobRunListing {
  readonly id: string;
  readonly name: string;
  readonly state: string;
  readonly retryCount: number;
  readonly createdOn: string;
  readonly startedOn: string | null;
  readonly completedOn: string | null;
  readonly output: unknown;
}

export interface JobListing {
  /** 'pg-boss' (in PostgreSQL) or 'in-process' (PGlite: no history outlives the process). */
  readonly runner: 'pg-boss' | 'in-process';
  readonly queues: readonly JobQueueListing[];
  readonly schedules: readonly JobScheduleListing[];
  readonly recent: readonly JobRunListing[];
}

export interface JobRunner {
  /** Creates the queues and schedules of `jobs` and starts working on them. */
  start(jobs: readonly JobDefinition[]): Promise<void>;
  /** Queues one run of a started job now, beside its schedule (for operators and tests). */
  runNow(name: string): Promise<void>;
  /** Stops taking jobs and waits for runs in progress. */
  stop(): Promise<void>;
  /** What is known of the queues, schedules and the latest runs (`recent` of each queue). */
  list(jobs: readonly JobOutline[], recent?: number): Promise<JobListing>;
}
