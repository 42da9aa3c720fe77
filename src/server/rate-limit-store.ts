// @fastify/rate-limit's counters in PostgreSQL, so that N server processes count one client together
// (with in-memory counters a client could make N times its limit). Each request adds one to its key;
// the requests that arrive while a statement is running wait for the next one, which takes them all:
// at low load a request costs one small statement, under load many share it.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Executor } from '../storage/executor.ts';
import { incrementCounters, type CounterState } from '../storage/operations/rate-limit-counters.ts';

interface Count {
  readonly hits: number;
  readonly ttlMs: number;
}

interface Waiter {
  readonly resolve: (count: Count) => void;
  readonly reject: (error: unknown) => void;
}

interface PendingKey {
  readonly windowMs: number;
  readonly waiters: Waiter[];
}

/** Counts requests per key in batches; each caller learns its own place in the key's window. */
export function batchedCounters(executor: Executor): { hit(key: string, windowMs: number): Promise<Count> } {
  let pending = new Map<string, PendingKey>();
  let writing = false;
  const flush = async (): Promise<void> => {
    writing = true;
    while (pending.size > 0) {
      const batch = pending;
      pending = new Map();
      try {
        const increments = [...batch].map(([key, p]) => ({
          key,
          hits: p.waiters.length,
          windowMs: p.windowMs,
        }));
        settle(batch, await incrementCounters(executor, increments));
      } catch (error) {
        for (const p of batch.values()) for (const waiter of p.waiters) waiter.reject(error);
      }
    }
    writing = false;
  };
  return {
    hit: (key, windowMs) =>
      new Promise<Count>((resolve, reject) => {
        const entry = pending.get(key) ?? { windowMs, waiters: [] };
        entry.waiters.push({ resolve, reject });
        pending.set(key, entry);
        if (!writing) void flush();
      }),
  };
}

/** The n requests of a key in one batch are the last n of its count: the first gets count - n + 1. */
function settle(batch: Map<string, PendingKey>, states: readonly CounterState[]): void {
  const byKey = new Map(states.map((state) => [state.key, state]));
  for (const [key, p] of batch) {
    const state = byKey.get(key);
    const first = (state?.hits ?? p.waiters.length) - p.waiters.length + 1;
    p.waiters.forEach((waiter, i) => waiter.resolve({ hits: first + i, ttlMs: state?.ttlMs ?? p.windowMs }));
  }
}

/** A store class for @fastify/rate-limit whose counters live in the database behind `executor`. */
export function sharedRateLimitStore(executor: Executor): FastifyRateLimitStoreCtor {
  const counters = batchedCounters(executor);
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      counters.hit(key, timeWindow).then(
        (count) => callback(null, { current: count.hits, ttl: count.ttlMs }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    // Every limiter shares the one table: their keys differ by a prefix (rate-limits.ts).
    child(): FastifyRateLimitStore {
      return this;
    }
  };
}
