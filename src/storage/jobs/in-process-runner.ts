// The job runner of a single process (PGlite): each job on its own unref'd timer, so it never keeps the
// process alive. The first run waits a random part of the interval (servers started together do not
// all run at once) unless told otherwise; runs of a job never overlap; a failed run is tried again
// after the job's retry delay, up to its retry limit. Nothing outlives the process, so `list` shows
// the runs of this process only.
import type { JobDefinition, JobListing, JobOutline, JobRunListing, JobRunner } from './job-runner.ts';

export interface InProcessOptions {
  /** Delay before each job's first run; default a random part of its interval. */
  readonly firstRunMs?: number;
}

const KEPT_RUNS = 50;

export function inProcessJobRunner(options: InProcessOptions = {}): JobRunner {
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const runs: JobRunListing[] = [];
  let stopped = false;
  let sequence = 0;

  const later = (ms: number, work: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  const starters = new Map<string, () => void>();
  const start = (job: JobDefinition): void => {
    let busy = false;
    const attempt = (retryCount: number): void => {
      if (stopped || (busy && retryCount === 0)) return;
      busy = true;
      const run: JobRunListing = {
        id: String(++sequence),
        name: job.name,
        state: 'active',
        retryCount,
        createdOn: new Date().toISOString(),
        startedOn: new Date().toISOString(),
        completedOn: null,
        output: null,
      };
      const done = job
        .run()
        .then(
          (result) => {
            record({
              ...run,
              state: 'completed',
              completedOn: new Date().toISOString(),
              output: result ?? null,
            });
            job.onDone?.(result);
            busy = false;
          },
          (error: unknown) => {
            const willRetry = retryCount < job.retryLimit && !stopped;
            record({ ...run, state: willRetry ? 'retry' : 'failed', output: { message: String(error) } });
            job.onError?.(error, willRetry);
            if (willRetry) later(job.retryDelayMs, () => attempt(retryCount + 1));
            else busy = false;
          },
        )
        .finally(() => running.delete(done));
      running.add(done);
    };
    const tick = (): void => {
      attempt(0);
      later(job.everyMs, tick);
    };
    starters.set(job.name, () => attempt(0));
    later(options.firstRunMs ?? Math.floor(Math.random() * job.everyMs), tick);
  };

  const record = (run: JobRunListing): void => {
    runs.unshift(run);
    runs.length = Math.min(runs.length, KEPT_RUNS);
  };

  return {
    start: async (jobs) => {
      for (const job of jobs) start(job);
    },
    runNow: async (name) => {
      const run = starters.get(name);
      if (!run) throw new Error(`no job ${name} was started`);
      run();
    },
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all([...running]);
    },
    list: async (jobs: readonly JobOutline[], recent = 10): Promise<JobListing> => ({
      runner: 'in-process',
      queues: jobs.map((job) => {
        const own = runs.filter((run) => run.name === job.name);
        return {
          name: job.name,
          retryLimit: job.retryLimit,
          queued: 0,
          active: own.filter((run) => run.state === 'active').length,
          failed: own.filter((run) => run.state === 'failed').length,
          total: own.length,
        };
      }),
      schedules: jobs.map((job) => ({
        name: job.name,
        recurrence: `every ${job.everyMs / 1000} seconds`,
        lastJobId: runs.find((run) => run.name === job.name)?.id ?? null,
      })),
      recent: jobs.flatMap((job) => runs.filter((run) => run.name === job.name).slice(0, recent)),
    }),
  };
}
