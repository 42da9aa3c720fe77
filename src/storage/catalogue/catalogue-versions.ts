// A catalogue version as a reference dataset: the whole catalogue as JSON under its version, which
// never changes once stored.
import { execute, sqlBuilder, type Executor } from '../executor.ts';

const KIND = 'catalogue';

/** The stored content of a version, locked until the transaction ends so no one stores it meanwhile. */
export async function lockCatalogueContent(executor: Executor, version: string): Promise<unknown> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('reference_dataset')
      .select('content')
      .where('kind', '=', KIND)
      .where('version', '=', version)
      .forUpdate(),
  );
  return row?.content;
}

export async function selectCatalogueContent(executor: Executor, version: string): Promise<unknown> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('reference_dataset')
      .select('content')
      .where('kind', '=', KIND)
      .where('version', '=', version),
  );
  return row?.content;
}

export async function insertCatalogueDataset(
  executor: Executor,
  dataset: { version: string; source: string; content: string },
): Promise<void> {
  await execute(executor, sqlBuilder.insertInto('reference_dataset').values({ kind: KIND, ...dataset }));
}

/** Versions of the stored catalogues, oldest first. */
export async function selectCatalogueVersions(executor: Executor): Promise<string[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('reference_dataset')
      .select('version')
      .where('kind', '=', KIND)
      .orderBy('recorded_at')
      .orderBy('version'),
  );
  return rows.map((r) => r.version);
}
