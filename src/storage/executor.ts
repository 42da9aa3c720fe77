// What a data-access function runs its statements on: the store itself (each statement on its own) or a
// transaction in progress (statements that must commit together). Both answer the same two calls, so
// one typed function serves a request handler, a CLI command, a job and a change inside a transaction.
import {
  CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
  type InferResult,
} from 'kysely';
import type { Store } from './store.ts';
import type { Tables } from './tables.ts';

export interface Executor {
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** A named prepared statement on PostgreSQL (see Store.prepared); an ordinary query on PGlite. */
  prepared<Row>(name: string, text: string, params: readonly unknown[]): Promise<Row[]>;
  /**
   * Present on the store's executor only: runs `work` in a transaction of its own, for statements that
   * need a setting of their own (SET LOCAL). A transaction in progress is already one.
   */
  transaction?<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
}

/** The store as an executor: each statement runs on its own connection from the pool. */
export function executorOf(store: Store): Executor {
  return {
    query: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await store.db.executeQuery<Row>(CompiledQuery.raw(text, [...params]))).rows,
    prepared: (name, text, params) => store.prepared(name, text, params),
    transaction: (work) => store.transaction(work),
  };
}

/**
 * Builds statements checked against the table types without a connection; `execute` runs them on any
 * executor, so a transaction's statements are as typed as a single read.
 */
export const sqlBuilder = new Kysely<Tables>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** Runs a statement built with `sqlBuilder` and returns its rows, typed by the statement. */
export async function execute<Q extends Compilable>(
  executor: Executor,
  statement: Q,
): Promise<InferResult<Q>> {
  const compiled = statement.compile();
  return (await executor.query(compiled.sql, compiled.parameters)) as InferResult<Q>;
}
