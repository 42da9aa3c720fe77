import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchedCounters } from '../../server/rate-limit-store.ts';
import { testBackends } from '../../../test-support/databases.ts';
import { executorOf } from '../executor.ts';
import type { Store } from '../store.ts';
import { deleteEndedRateLimitCounters } from '../maintenance/expired-records.ts';
import { incrementCounters } from './rate-limit-counters.ts';

describe.each(testBackends())('rate limit counters ($name)', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('counts a key within its window and starts a new window after it', async () => {
    const executor = executorOf(store);
    const [first] = await incrementCounters(executor, [{ key: 'a', hits: 2, windowMs: 60_000 }]);
    expect(first).toMatchObject({ key: 'a', hits: 2 });
    expect(first!.ttlMs).toBeGreaterThan(50_000);
    const [second] = await incrementCounters(executor, [{ key: 'a', hits: 1, windowMs: 60_000 }]);
    expect(second!.hits).toBe(3);
    await incrementCounters(executor, [{ key: 'short', hits: 5, windowMs: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [renewed] = await incrementCounters(executor, [{ key: 'short', hits: 1, windowMs: 1 }]);
    expect(renewed!.hits).toBe(1);
  });

  it('gives each of many requests at once its own place in the count', async () => {
    const counters = batchedCounters(executorOf(store));
    const counts = await Promise.all(Array.from({ length: 40 }, (_, i) => counters.hit(`k${i % 3}`, 60_000)));
    for (const key of [0, 1, 2]) {
      const places = counts.filter((_, i) => i % 3 === key).map((count) => count.hits);
      expect(places.sort((a, b) => a - b)).toEqual(places.map((_, i) => i + 1));
    }
  });

  it('deletes counters whose window ended', async () => {
    const executor = executorOf(store);
    await executor.query(
      `insert into rate_limit_counter (key, hits, window_ends) values ('old', 3, now() - interval '2 minutes')`,
    );
    expect(await deleteEndedRateLimitCounters(executor, 100)).toBeGreaterThanOrEqual(1);
    expect(await executor.query(`select 1 from rate_limit_counter where key = 'old'`)).toEqual([]);
  });
});
