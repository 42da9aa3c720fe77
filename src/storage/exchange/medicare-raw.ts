// Runs a raw statement (kysely's sql template) on an executor, for the Medicare exchange's set-based
// reads and writes that the query builder does not express (UPDATE ... FROM VALUES, array binds).
import type { RawBuilder } from 'kysely';
import { sqlBuilder, type Executor } from '../executor.ts';

export function runRaw<Row>(executor: Executor, query: RawBuilder<Row>): Promise<Row[]> {
  const compiled = query.compile(sqlBuilder);
  return executor.query<Row>(compiled.sql, compiled.parameters);
}
