// Survey responses (migration 0024): no personal data, answers in columns, one row per response.
import type { Insertable, Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { CxResponseTable } from '../tables/cx-tables.ts';

export type ResponseRow = Selectable<CxResponseTable>;
export type ResponseInsert = Insertable<CxResponseTable>;

const CHUNK = 500;

/** Inserts the responses in chunks; returns their ids in order. */
export async function insertResponses(
  executor: Executor,
  rows: readonly ResponseInsert[],
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted = await execute(
      executor,
      sqlBuilder
        .insertInto('cx_response')
        .values(rows.slice(i, i + CHUNK))
        .returning('id'),
    );
    ids.push(...inserted.map((r) => Number(r.id)));
  }
  return ids;
}

export async function readResponse(executor: Executor, id: number): Promise<ResponseRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('cx_response').selectAll().where('id', '=', id),
  );
  return row;
}

export async function countResponsesOfBatch(executor: Executor, batchId: number): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_response')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('import_batch_id', '=', batchId),
  );
  return Number(row?.n ?? 0);
}

/** Whether any response has been recorded (the demo answers its invitations once). */
export async function hasAnyResponse(executor: Executor): Promise<boolean> {
  const rows = await execute(executor, sqlBuilder.selectFrom('cx_response').select('id').limit(1));
  return rows.length > 0;
}
