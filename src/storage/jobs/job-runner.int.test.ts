// Background jobs on each backend: a queued run is taken once however many processes work the queue
// (two pg-boss runners on one PostgreSQL schema stand for two server processes), a failed run is tried
// again, and the listing shows the queue, its schedule and the runs.
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { openStore, type Store } from '../store.ts';
import type { JobDefinition, JobRunner } from './job-runner.ts';
import { recurrenceOf } from './pg-boss-runner.ts';
import { jobRunnerFor } from './runner-for-store.ts';

const HOUR = 3_600_000;

describe.each(testBackends())('job runners on $name', (backend) => {
  let stores: Store[] = [];
  let runners: JobRunner[] = [];

  beforeAll(async () => {
    const first = await backend.open();
    stores = [first];
    // A second process's connection to the same schema (PGlite is one process's).
    if (first.backend === 'postgres')
      stores.push(await openStore({ databaseUrl: process.env.TEST_DATABASE_URL, schema: first.schema }));
  });
  afterEach(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  /** Starts the job on a runner per process; no scheduled run falls within a test. */
  const startEverywhere = async (job: (process: number) => JobDefinition) => {
    runners = stores.map((store) => jobRunnerFor(store, { pollingSeconds: 0.5, firstRunMs: HOUR }));
    await Promise.all(runners.map((runner, i) => runner.start([job(i)])));
  };

  it('runs a queued job once, whichever process takes it', async () => {
    const takenBy: number[] = [];
    await startEverywhere((process) => ({
      name: 'test-once',
      everyMs: HOUR,
      retryLimit: 2,
      retryDelayMs: 1000,
      run: async () => {
        takenBy.push(process);
        return { done: true };
      },
    }));
    await runners[0]!.runNow('test-once');
    await expect.poll(() => takenBy.length, { timeout: 20_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(takenBy).toHaveLength(1);
  });

  it('tries a failed run again', async () => {
    const tries: string[] = [];
    const failures: boolean[] = [];
    await startEverywhere(() => ({
      name: 'test-retry',
      everyMs: HOUR,
      retryLimit: 2,
      retryDelayMs: 1000,
      run: async () => {
        tries.push('try');
        if (tries.length === 1) throw new Error('the first try fails');
        return { done: true };
      },
      onError: (_error, willRetry) => failures.push(willRetry),
    }));
    await runners[0]!.runNow('test-retry');
    await expect.poll(() => tries.length, { timeout: 30_000 }).toBe(2);
    expect(failures).toEqual([true]);
  });

  it('lists the queue, its schedule and its latest runs', async () => {
    let ran = 0;
    await startEverywhere(() => ({
      name: 'test-listed',
      everyMs: HOUR,
      retryLimit: 1,
      retryDelayMs: 1000,
      run: async () => ({ run: ++ran }),
    }));
    await runners[0]!.runNow('test-listed');
    const outline = [{ name: 'test-listed', everyMs: HOUR, retryLimit: 1 }];
    await expect
      .poll(
        async () =>
          (await runners[0]!.list(outline)).recent.filter((run) => run.state === 'completed').length,
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    const listing = await runners[0]!.list(outline);
    expect(listing.runner).toBe(backend.name === 'postgres' ? 'pg-boss' : 'in-process');
    expect(listing.queues.find((queue) => queue.name === 'test-listed')).toMatchObject({ retryLimit: 1 });
    expect(listing.schedules.find((schedule) => schedule.name === 'test-listed')?.recurrence).toBe(
      backend.name === 'postgres' ? recurrenceOf(HOUR) : 'every 3600 seconds',
    );
    expect(listing.recent.find((run) => run.name === 'test-listed')).toMatchObject({
      state: 'completed',
      output: { run: 1 },
    });
  });
});

describe('a recurrence pg-boss reads', () => {
  it('is a cron step when the minutes divide an hour, else a recurrence rule, never under a minute', () => {
    expect(recurrenceOf(15 * 60_000)).toBe('*/15 * * * *');
    expect(recurrenceOf(10_000)).toBe('*/1 * * * *');
    expect(recurrenceOf(HOUR)).toBe('FREQ=MINUTELY;INTERVAL=60');
    expect(recurrenceOf(7 * 60_000)).toBe('FREQ=MINUTELY;INTERVAL=7');
  });
});
