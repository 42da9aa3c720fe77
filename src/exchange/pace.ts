// Background work shares the machine's cores with the requests it runs beside. A job that works flat
// out for 35 ms takes a core from them for 35 ms, and every request in flight meanwhile is slower: on a
// two-core machine serving elections, their median tripled while the survey invitation job ran. A paced
// job works at most a share of the time: after each piece of work (a statement, a slice of a loop) it
// rests in proportion, as PostgreSQL's autovacuum rests after each round of its cost limit
// (vacuum_cost_delay). Its work then takes longer, but nothing near it waits more than a piece.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Executor } from '../storage/executor.ts';

export interface Pace {
  /** The share of the time the work may be busy, above 0 and at most 1 (1: no rests). */
  readonly share: number;
  /** Counts `busyMs` of work done; resolves at once, or after the rest it has earned. */
  rest(busyMs: number): Promise<void> | undefined;
}

/**
 * Rests are owed as work is counted and taken once they reach this much: a timer shorter than a
 * millisecond or two fires late anyway, so many tiny rests would rest far more than asked.
 */
const SHORTEST_REST_MS = 2;

/**
 * The rest owed for work done at a share, kept apart from timers so that its arithmetic can be checked
 * on its own: `work` counts busy time and answers the rest to take now (0 until it reaches the shortest
 * rest worth a timer); `rested` counts the rest actually taken, which a late timer makes longer.
 */
export interface RestLedger {
  work(busyMs: number): number;
  rested(ms: number): void;
}

export function restLedger(share: number): RestLedger {
  if (!(share > 0 && share <= 1))
    throw new RangeError(`a pace's share is above 0 and at most 1, not ${share}`);
  const restPerBusyMs = (1 - share) / share;
  let owed = 0;
  return {
    work(busyMs) {
      owed += Math.max(0, busyMs) * restPerBusyMs;
      return owed < SHORTEST_REST_MS ? 0 : owed;
    },
    rested(ms) {
      owed = Math.max(0, owed - ms);
    },
  };
}

/** A pace that works `share` of the time. */
export function pace(share: number): Pace {
  const ledger = restLedger(share); // refuses a share outside (0, 1], full speed included
  if (share === 1) return FULL_SPEED;
  return {
    share,
    rest(busyMs) {
      const due = ledger.work(busyMs);
      if (due === 0) return undefined;
      const started = performance.now();
      return sleep(due).then(() => ledger.rested(performance.now() - started));
    },
  };
}

/** Work at full speed: no rests. */
export const FULL_SPEED: Pace = { share: 1, rest: () => undefined };

/** The executor with a rest after each statement, in proportion to how long the statement took. */
export function pacedExecutor(executor: Executor, workPace: Pace): Executor {
  if (workPace.share === 1) return executor;
  const timed = async <T>(statement: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await statement();
    await workPace.rest(performance.now() - started);
    return result;
  };
  const { transaction } = executor;
  return {
    query: (text, params) => timed(() => executor.query(text, params)),
    prepared: (name, text, params) => timed(() => executor.prepared(name, text, params)),
    ...(transaction && {
      transaction: <T>(work: (tx: Executor) => Promise<T>) =>
        transaction((tx) => work(pacedExecutor(tx, workPace))),
    }),
  };
}
