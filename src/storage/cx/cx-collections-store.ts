// The quarterly CX data collections (migration 0025): one row per service, fiscal year and quarter with
// its current state, and every change appended to cx_collection_event with its author. A change
// updates the row only if it is still in the state the rule was asked about, so two people acting at
// once cannot both succeed.
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { CxCollectionEventTable, CxCollectionTable } from '../tables/cx-collection-tables.ts';

export type CollectionRow = Selectable<CxCollectionTable>;
export type CollectionEventRow = Selectable<CxCollectionEventTable>;

export interface NewCollection {
  readonly service: string;
  readonly fiscalYear: number;
  readonly fiscalQuarter: number;
  readonly dueOn: string;
  readonly author: string;
}

const withNumbers = <R extends { id: number }>(row: R): R => ({ ...row, id: Number(row.id) });

/** The collection of the service and quarter, created as a draft (with its 'created' event) if new. */
export async function ensureCollection(executor: Executor, input: NewCollection): Promise<CollectionRow> {
  const [inserted] = await execute(
    executor,
    sqlBuilder
      .insertInto('cx_collection')
      .values({
        service: input.service,
        fiscal_year: input.fiscalYear,
        fiscal_quarter: input.fiscalQuarter,
        due_on: input.dueOn,
      })
      .onConflict((oc) => oc.columns(['service', 'fiscal_year', 'fiscal_quarter']).doNothing())
      .returningAll(),
  );
  if (inserted) {
    await appendCollectionEvent(executor, {
      collection_id: Number(inserted.id),
      kind: 'created',
      from_state: null,
      to_state: 'draft',
      reflection: null,
      rating: null,
      note: null,
      author: input.author,
    });
    return withNumbers(inserted);
  }
  const [existing] = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_collection')
      .selectAll()
      .where('service', '=', input.service)
      .where('fiscal_year', '=', input.fiscalYear)
      .where('fiscal_quarter', '=', input.fiscalQuarter),
  );
  return withNumbers(existing!);
}

export async function readCollection(executor: Executor, id: number): Promise<CollectionRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('cx_collection').selectAll().where('id', '=', id),
  );
  return row ? withNumbers(row) : undefined;
}

export interface CollectionFilter {
  readonly fiscalYear?: number | undefined;
  readonly fiscalQuarter?: number | undefined;
  readonly state?: string | undefined;
}

export async function listCollections(
  executor: Executor,
  filter: CollectionFilter = {},
): Promise<CollectionRow[]> {
  let query = sqlBuilder.selectFrom('cx_collection').selectAll();
  if (filter.fiscalYear !== undefined) query = query.where('fiscal_year', '=', filter.fiscalYear);
  if (filter.fiscalQuarter !== undefined) query = query.where('fiscal_quarter', '=', filter.fiscalQuarter);
  if (filter.state !== undefined) query = query.where('state', '=', filter.state);
  const rows = await execute(
    executor,
    query.orderBy('fiscal_year', 'desc').orderBy('fiscal_quarter', 'desc').orderBy('service').limit(1000),
  );
  return rows.map(withNumbers);
}

export async function collectionEvents(executor: Executor, id: number): Promise<CollectionEventRow[]> {
  const rows = await execute(
    executor,
    sqlBuilder.selectFrom('cx_collection_event').selectAll().where('collection_id', '=', id).orderBy('id'),
  );
  return rows.map((r) => ({ ...withNumbers(r), collection_id: Number(r.collection_id) }));
}

export async function appendCollectionEvent(
  executor: Executor,
  event: Omit<CollectionEventRow, 'id' | 'recorded_at'>,
): Promise<void> {
  await execute(executor, sqlBuilder.insertInto('cx_collection_event').values(event));
}

export interface CollectionChange {
  readonly id: number;
  /** The state the change was decided from: nothing changes when the row is no longer in it. */
  readonly fromState: string;
  readonly toState: string;
  readonly kind: string;
  readonly author: string;
  readonly note: string | null;
  /** Given: the new reflection and rating (an edit); absent: unchanged. */
  readonly reflection?: string | null | undefined;
  readonly rating?: string | null | undefined;
}

/** Applies a decided change and appends its event; undefined when the row moved on meanwhile. */
export async function changeCollection(
  executor: Executor,
  change: CollectionChange,
): Promise<CollectionRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .updateTable('cx_collection')
      .set({
        state: change.toState,
        updated_at: new Date().toISOString(),
        ...(change.reflection !== undefined ? { reflection: change.reflection } : {}),
        ...(change.rating !== undefined ? { rating: change.rating } : {}),
      })
      .where('id', '=', change.id)
      .where('state', '=', change.fromState)
      .returningAll(),
  );
  if (!row) return undefined;
  await appendCollectionEvent(executor, {
    collection_id: change.id,
    kind: change.kind,
    from_state: change.fromState,
    to_state: change.toState,
    reflection: change.reflection ?? null,
    rating: change.rating ?? null,
    note: change.note,
    author: change.author,
  });
  return withNumbers(row);
}
