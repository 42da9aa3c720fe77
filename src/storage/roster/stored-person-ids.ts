// Which people are stored already: a roster may not import a person twice.
import { execute, sqlBuilder, type Executor } from '../executor.ts';

export async function anyPersonStored(executor: Executor): Promise<boolean> {
  const rows = await execute(executor, sqlBuilder.selectFrom('person').select('id').limit(1));
  return rows.length > 0;
}

/** Those of the ids that are stored, in no particular order. */
export async function selectStoredPersonIds(executor: Executor, ids: readonly number[]): Promise<number[]> {
  const rows = await execute(executor, sqlBuilder.selectFrom('person').select('id').where('id', 'in', ids));
  return rows.map((r) => r.id);
}
