// One carrier's files are made one at a time: two runs that both read the watermark before either
// recorded its file would send the same events twice. On PostgreSQL a transaction takes a
// transaction-scoped advisory lock per carrier before the watermark is read and holds it until the
// file is recorded in that same transaction, so the lock is released by the commit that moves the
// watermark (across processes and hosts). PGlite is one connection in one process: a transaction held
// open there would stall every other statement, so runs queue on a lock kept in the process instead.
import type { Executor } from '../executor.ts';
import type { Store } from '../store.ts';

/** Runs `record` in the transaction that releases the carrier's lock (PostgreSQL) or in its own. */
export type RecordInLock = <T>(record: (tx: Executor) => Promise<T>) => Promise<T>;

const queues = new WeakMap<Store, Map<string, Promise<unknown>>>();

/**
 * Runs `work` while no other run holds the carrier's file lock. `work` reads through the store as
 * usual and records its file through `record`, before the lock is let go.
 */
export function withCarrierFileLock<T>(
  store: Store,
  carrierCode: string,
  work: (record: RecordInLock) => Promise<T>,
): Promise<T> {
  if (store.backend === 'postgres')
    return store.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(hashtext('carrier-file:' || $1))", [carrierCode]);
      return work((record) => record(tx));
    });
  return inProcessQueue(store, carrierCode, () => work((record) => store.transaction(record)));
}

function inProcessQueue<T>(store: Store, key: string, work: () => Promise<T>): Promise<T> {
  let byKey = queues.get(store);
  if (!byKey) {
    byKey = new Map();
    queues.set(store, byKey);
  }
  const before = byKey.get(key) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.catch(() => undefined);
  byKey.set(key, settled);
  void settled.then(() => {
    if (byKey.get(key) === settled) byKey.delete(key);
  });
  return run;
}
