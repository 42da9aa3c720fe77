// The cheapest statement the database must answer, for readiness checks: it needs a connection from the
// pool and a round trip, and reads no table, so it tells only whether the database is reachable.
import { sql } from 'kysely';
import type { Store } from '../store.ts';

/** Resolves when the database answers a query; rejects with the driver's error when it does not. */
export async function probeDatabase(store: Store): Promise<void> {
  await sql`select 1`.execute(store.db);
}
