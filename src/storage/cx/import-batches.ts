// Import batches of channel responses (migration 0024): one per file, known by its digest, so a
// re-import of the same file finds its batch and changes nothing.
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { CxImportBatchTable } from '../tables/cx-tables.ts';

export type ImportBatchRow = Selectable<CxImportBatchTable>;

export async function batchByDigest(executor: Executor, digest: string): Promise<ImportBatchRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('cx_import_batch').selectAll().where('file_digest', '=', digest),
  );
  return row;
}

/** Inserts the batch; undefined when a batch of the same file was inserted first by another process. */
export async function insertBatch(
  executor: Executor,
  row: Omit<ImportBatchRow, 'id' | 'recorded_at'>,
): Promise<number | undefined> {
  const [inserted] = await execute(
    executor,
    sqlBuilder
      .insertInto('cx_import_batch')
      .values(row)
      .onConflict((c) => c.doNothing())
      .returning('id'),
  );
  return inserted === undefined ? undefined : Number(inserted.id);
}
