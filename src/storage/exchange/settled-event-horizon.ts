// The highest enrollment event id below which every event is settled (committed or rolled back), so
// a change file that reads up to it can move the carrier's watermark past it without skipping an
// event that commits later. Ids come from a sequence when a row is inserted, not when it commits: a
// slow transaction may commit event 100 after event 101 was read and sent, and a watermark of 101
// would lose it. Every transaction that drew an id holds a ROW EXCLUSIVE lock on enrollment_event
// from before the draw until it ends, so: take the highest visible id H, then wait for the
// transactions holding that lock at that moment to end. Any id at or below H was drawn before H
// committed, so its transaction had ended or held the lock then. Reading pg_locks needs no privilege
// beyond the app role's (a table lock in SHARE mode would, and would stop all enrollment meanwhile).
import { sql } from 'kysely';
import { PshbError } from '../../errors.ts';
import { sqlBuilder, type Executor } from '../executor.ts';

export interface HorizonOptions {
  /** How long to wait for transactions in flight to end before giving up. */
  readonly timeoutMs?: number;
  readonly pollMs?: number;
  /** Told how many transactions it waits for, when it has to wait. */
  readonly onWaiting?: (transactions: number) => void;
}

async function rows<Row>(executor: Executor, query: ReturnType<typeof sql<Row>>): Promise<Row[]> {
  const compiled = query.compile(sqlBuilder);
  return executor.query<Row>(compiled.sql, compiled.parameters);
}

/** Other transactions that may be adding enrollment events now. */
async function writersInFlight(executor: Executor): Promise<string[]> {
  const found = await rows(
    executor,
    sql<{ transaction: string }>`select distinct virtualtransaction as transaction from pg_locks
      where locktype = 'relation' and relation = 'enrollment_event'::regclass and mode = 'RowExclusiveLock'
        and granted and pid is distinct from pg_backend_pid()`,
  );
  return found.map((row) => row.transaction);
}

/** H: every event with an id up to H is committed or will never be. 0 when there are none. */
export async function settledEventHorizon(executor: Executor, options: HorizonOptions = {}): Promise<number> {
  const [top] = await rows(
    executor,
    sql<{ id: string | number | null }>`select max(id) as id from enrollment_event`,
  );
  const horizon = top?.id == null ? 0 : Number(top.id);
  const waiting = new Set(await writersInFlight(executor));
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  if (waiting.size > 0) options.onWaiting?.(waiting.size);
  while (waiting.size > 0) {
    if (Date.now() > deadline) {
      throw new PshbError(
        'DATABASE_UNAVAILABLE',
        `${waiting.size} transactions adding enrollment events did not end in time; try the change file again`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 50));
    const still = new Set(await writersInFlight(executor));
    for (const transaction of waiting) if (!still.has(transaction)) waiting.delete(transaction);
  }
  return horizon;
}
