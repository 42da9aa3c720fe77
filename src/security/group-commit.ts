// Group commit for the audit log. Every read of personal data waits for its audit record to commit
// before the data is sent; one INSERT and one commit per request would make the audit log the
// busiest thing in the database on the first morning of open season. The records of one turn of the
// event loop are written together once it ends (requests resumed together by a statement's answers
// all decide within one turn); records arriving while a batch is being written wait for the next
// batch, which takes all of them in one multi-row INSERT: at low load a record is written at the end
// of its turn, under load many share a commit. Nothing is acknowledged before it is durable. One
// request's bad record must not fail the others that shared its batch: when a batch fails, each of its
// records is written again on its own, so only the records the database refuses fail. When the
// database itself cannot be reached, retrying alone cannot help, and every record of the batch fails
// at once.
import { isDatabaseUnavailable } from '../storage/database-unavailable.ts';
import type { Store } from '../storage/store.ts';

export interface Batcher<Entry> {
  /** Resolves once the entry is committed with its batch. */
  write(entry: Entry): Promise<void>;
}

interface Waiting<Entry> {
  readonly entry: Entry;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export function groupCommit<Entry>(
  flush: (entries: readonly Entry[]) => Promise<void>,
  maxBatch = 500,
): Batcher<Entry> {
  let queue: Waiting<Entry>[] = [];
  let writing = false;
  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      await writeBatch(flush, batch);
    }
    writing = false;
  };
  return {
    write: (entry) =>
      new Promise<void>((resolve, reject) => {
        queue.push({ entry, resolve, reject });
        if (writing) return;
        writing = true;
        setImmediate(() => void drain());
      }),
  };
}

async function writeBatch<Entry>(
  flush: (entries: readonly Entry[]) => Promise<void>,
  batch: readonly Waiting<Entry>[],
): Promise<void> {
  try {
    await flush(batch.map((w) => w.entry));
    for (const w of batch) w.resolve();
  } catch (error) {
    if (batch.length === 1 || isDatabaseUnavailable(error)) {
      for (const w of batch) w.reject(error);
      return;
    }
    for (const w of batch) await writeBatch(flush, [w]);
  }
}

const writers = new WeakMap<Store, Batcher<unknown>>();

/** The store's one batcher for the given flush, created on first use. */
export function batcherFor<Entry>(
  store: Store,
  flush: (entries: readonly Entry[]) => Promise<void>,
): Batcher<Entry> {
  let writer = writers.get(store) as Batcher<Entry> | undefined;
  if (!writer) {
    writer = groupCommit(flush);
    writers.set(store, writer as Batcher<unknown>);
  }
  return writer;
}
