// The rate limit counters every server process shares (table rate_limit_counter): a fixed window per
// key that starts with the key's first request and ends timeWindow later, as @fastify/rate-limit's own
// in-memory store counts, but in PostgreSQL so N processes count one client together. The purge job
// deletes ended windows (src/storage/maintenance/expired-records.ts).
import type { Executor } from '../executor.ts';

export interface CounterIncrement {
  readonly key: string;
  /** Requests to add to the key's count. */
  readonly hits: number;
  /** Length of a new window, when the key has none running. */
  readonly windowMs: number;
}

export interface CounterState {
  readonly key: string;
  /** Requests counted in the key's current window, these included. */
  readonly hits: number;
  /** Milliseconds until the window ends. */
  readonly ttlMs: number;
}

// One statement adds a batch of requests: a key whose window has ended starts a new one. Keys arrive
// sorted, so two processes updating the same keys lock their rows in the same order and never deadlock.
const INCREMENT = `insert into rate_limit_counter as c (key, hits, window_ends)
  select key, hits, now() + window_ms * interval '1 millisecond'
  from unnest($1::text[], $2::integer[], $3::integer[]) as t(key, hits, window_ms)
  on conflict (key) do update set
    hits = case when c.window_ends <= now() then excluded.hits else c.hits + excluded.hits end,
    window_ends = case when c.window_ends <= now() then excluded.window_ends else c.window_ends end
  returning key, hits, greatest(0, ceil(extract(epoch from c.window_ends - now()) * 1000))::integer as ttl_ms`;

/** Adds each increment (one per distinct key) to its counter; returns the counts after it. */
export async function incrementCounters(
  executor: Executor,
  increments: readonly CounterIncrement[],
): Promise<CounterState[]> {
  if (increments.length === 0) return [];
  const sorted = [...increments].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = await executor.prepared<{ key: string; hits: number; ttl_ms: number }>(
    'rate-limit-increment',
    INCREMENT,
    [sorted.map((i) => i.key), sorted.map((i) => i.hits), sorted.map((i) => Math.round(i.windowMs))],
  );
  return rows.map((row) => ({ key: row.key, hits: row.hits, ttlMs: row.ttl_ms }));
}
