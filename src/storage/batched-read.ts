// Batched reads for the hottest per-request lookups (a request's session, a person's eligibility
// inputs). On the first morning of open season every request makes the same few reads, and on a
// shared machine each round trip costs more CPU in socket writes than the query itself. The keys
// asked in one turn of the event loop go out together once that turn ends (requests resumed together,
// by the answers of the statement before, all ask within one turn); a read that arrives while a batch
// is in flight waits for the next batch, which takes every waiting key in one statement. At low load
// a read goes out at the end of its turn, alone; under load one round trip serves many requests. A
// read never sees older data than it would alone: its batch starts after it was asked. The same shape
// as the audit log's group commit (src/security/group-commit.ts), for reads.

export interface BatchedRead<Key, Value> {
  /** The value for the key, or undefined when the batch's statement found none. */
  read(key: Key): Promise<Value | undefined>;
}

/** Reads many keys in one statement; keys it finds nothing for are left out of the map. */
export type ReadMany<Key, Value> = (keys: readonly Key[]) => Promise<ReadonlyMap<Key, Value>>;

interface Waiters<Value> {
  readonly resolve: Array<(value: Value | undefined) => void>;
  readonly reject: Array<(error: unknown) => void>;
}

export function batchedRead<Key, Value>(
  readMany: ReadMany<Key, Value>,
  maxBatch = 256,
): BatchedRead<Key, Value> {
  let waiting = new Map<Key, Waiters<Value>>();
  let reading = false;
  const drain = async (): Promise<void> => {
    while (waiting.size > 0) {
      const batch = takeBatch(waiting, maxBatch);
      if (batch.size === waiting.size) waiting = new Map();
      else for (const key of batch.keys()) waiting.delete(key);
      await settle(readMany, batch);
    }
    reading = false;
  };
  return {
    read: (key) =>
      new Promise<Value | undefined>((resolve, reject) => {
        let waiters = waiting.get(key);
        if (!waiters) {
          waiters = { resolve: [], reject: [] };
          waiting.set(key, waiters);
        }
        waiters.resolve.push(resolve);
        waiters.reject.push(reject);
        if (reading) return;
        reading = true;
        setImmediate(() => void drain());
      }),
  };
}

function takeBatch<Key, Value>(
  waiting: Map<Key, Waiters<Value>>,
  maxBatch: number,
): Map<Key, Waiters<Value>> {
  if (waiting.size <= maxBatch) return new Map(waiting);
  const batch = new Map<Key, Waiters<Value>>();
  for (const [key, waiters] of waiting) {
    if (batch.size === maxBatch) break;
    batch.set(key, waiters);
  }
  return batch;
}

/** Runs one batch's statement and answers every waiter; a failed statement fails each of them. */
async function settle<Key, Value>(
  readMany: ReadMany<Key, Value>,
  batch: ReadonlyMap<Key, Waiters<Value>>,
): Promise<void> {
  try {
    const found = await readMany([...batch.keys()]);
    for (const [key, waiters] of batch) for (const resolve of waiters.resolve) resolve(found.get(key));
  } catch (error) {
    for (const waiters of batch.values()) for (const reject of waiters.reject) reject(error);
  }
}

/** One batcher per executor (a store's pool), made on first use. */
export function batcherPerExecutor<Executor extends object, Key, Value>(
  make: (executor: Executor) => BatchedRead<Key, Value>,
): (executor: Executor) => BatchedRead<Key, Value> {
  const batchers = new WeakMap<Executor, BatchedRead<Key, Value>>();
  return (executor) => {
    let batcher = batchers.get(executor);
    if (!batcher) {
      batcher = make(executor);
      batchers.set(executor, batcher);
    }
    return batcher;
  };
}
