// The job runner on PostgreSQL: pg-boss, whose queues, schedules and job history are tables in a
// schema of their own beside the app's. Every server process starts one; pg-boss's clock sends a
// scheduled job once per occurrence whichever processes are up, and one process takes each job (SKIP
// LOCKED), so a scheduled job runs exactly once across processes; a failed job is retried with a
// growing delay. pg-boss's statements run on the store's own pool, so they use the app role and pass
// through a transaction-mode pooler like every other statement (unnamed, no session state).
import { CompiledQuery } from 'kysely';
import { PgBoss, type ConstructorOptions, type Db, type JobWithMetadata } from 'pg-boss';
import type { Store } from '../store.ts';
import type { JobDefinition, JobListing, JobOutline, JobRunListing, JobRunner } from './job-runner.ts';

/** pg-boss's schema: `pgboss`, or `<schema>_jobs` beside a schema of the store's own (tests). */
export function jobSchemaOf(store: Pick<Store, 'schema'>): string {
  return store.schema ? `${store.schema}_jobs` : 'pgboss';
}

/** pg-boss's statements on the store's pool: no parameters means one simple query, as pg-boss expects. */
function databaseOf(store: Store): Db {
  return {
    executeSql: async (text, values) => ({
      rows: (await store.db.executeQuery(CompiledQuery.raw(text, values ?? []))).rows as unknown[],
    }),
  };
}

function bossOf(store: Store, options: Partial<ConstructorOptions> = {}): PgBoss {
  return new PgBoss({
    db: databaseOf(store),
    schema: jobSchemaOf(store),
    migrate: false,
    createSchema: false,
    // REINDEX needs the tables' owner: the app role is not.
    reindex: false,
    ...options,
  });
}

/**
 * Creates or upgrades pg-boss's schema; run by the tables' owner with the migrations (the app role may
 * not create anything). Returns the schema's name.
 */
export async function installJobSchema(store: Store): Promise<string> {
  const boss = bossOf(store, {
    migrate: true,
    createSchema: true,
    supervise: false,
    schedule: false,
    registerInstance: false,
  });
  boss.on('error', () => undefined);
  await boss.start();
  await boss.stop({ graceful: false, close: false });
  return jobSchemaOf(store);
}

/** A job's recurrence as pg-boss reads it: every N whole minutes, N at least one. */
export function recurrenceOf(everyMs: number): string {
  const minutes = Math.max(1, Math.ceil(everyMs / 60_000));
  return minutes < 60 && 60 % minutes === 0 ? `*/${minutes} * * * *` : `FREQ=MINUTELY;INTERVAL=${minutes}`;
}

export interface PgBossRunnerOptions {
  /** How often each process asks for a job of each queue; default 10 seconds. */
  readonly pollingSeconds?: number;
  /** Errors of pg-boss's own upkeep (its connection lost, a maintenance query failed). */
  readonly onError?: (error: unknown) => void;
}

export function pgBossJobRunner(store: Store, options: PgBossRunnerOptions = {}): JobRunner {
  let boss: PgBoss | null = null;
  const started = async (settings: Partial<ConstructorOptions>): Promise<PgBoss> => {
    const instance = bossOf(store, settings);
    instance.on('error', (error) => options.onError?.(error));
    return instance.start();
  };
  return {
    start: async (jobs) => {
      boss = await started({});
      for (const job of jobs) await startJob(boss, job, options.pollingSeconds ?? 10);
    },
    runNow: async (name) => {
      if (!boss) throw new Error(`the job runner is not started, so job ${name} cannot run`);
      await boss.send(name, {});
    },
    stop: async () => {
      await boss?.stop({ graceful: true, close: false, timeout: 30_000 });
      boss = null;
    },
    list: async (jobs, recent = 10) => {
      const reader = boss ?? (await started({ supervise: false, schedule: false, registerInstance: false }));
      try {
        return await listing(reader, jobs, recent);
      } finally {
        if (reader !== boss) await reader.stop({ graceful: false, close: false });
      }
    },
  };
}

async function startJob(boss: PgBoss, job: JobDefinition, pollingSeconds: number): Promise<void> {
  const queue = {
    retryLimit: job.retryLimit,
    retryDelay: Math.max(1, Math.round(job.retryDelayMs / 1000)),
    retryBackoff: true,
    // A run not finished within the interval (or 15 minutes) is taken as lost and tried again.
    expireInSeconds: Math.max(60, Math.min(900, Math.round(job.everyMs / 1000))),
  };
  if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
  else await boss.createQueue(job.name, queue);
  await boss.schedule(job.name, recurrenceOf(job.everyMs));
  await boss.work(
    job.name,
    { pollingIntervalSeconds: pollingSeconds, includeMetadata: true },
    async ([taken]) => {
      if (!taken) return null;
      try {
        const result = await job.run();
        job.onDone?.(result);
        return result ?? null;
      } catch (error) {
        job.onError?.(error, taken.retryCount < taken.retryLimit);
        throw error;
      }
    },
  );
}

async function listing(boss: PgBoss, jobs: readonly JobOutline[], recent: number): Promise<JobListing> {
  const names = jobs.map((job) => job.name);
  const queues = (await boss.getQueues()).filter(
    (queue) => names.includes(queue.name) || queue.totalCount > 0,
  );
  const schedules = await boss.getSchedules();
  const runs: JobRunListing[] = [];
  for (const queue of queues) {
    const found = await boss.findJobs<unknown>(queue.name, { limit: 1000 });
    runs.push(...newestFirst(found).slice(0, recent).map(runOf));
  }
  return {
    runner: 'pg-boss',
    queues: queues.map((queue) => ({
      name: queue.name,
      retryLimit: queue.retryLimit ?? null,
      queued: queue.queuedCount,
      active: queue.activeCount,
      failed: queue.failedCount,
      total: queue.totalCount,
    })),
    schedules: schedules.map((schedule) => ({
      name: schedule.name,
      recurrence: schedule.cron,
      lastJobId: schedule.lastJobId,
    })),
    recent: runs,
  };
}

function newestFirst<T>(jobs: readonly JobWithMetadata<T>[]): JobWithMetadata<T>[] {
  return [...jobs].sort((a, b) => new Date(b.createdOn).getTime() - new Date(a.createdOn).getTime());
}

function runOf(job: JobWithMetadata<unknown>): JobRunListing {
  const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);
  return {
    id: job.id,
    name: job.name,
    state: job.state,
    retryCount: job.retryCount,
    createdOn: iso(job.createdOn) ?? '',
    startedOn: iso(job.startedOn),
    completedOn: iso(job.completedOn),
    output: job.output ?? null,
  };
}
