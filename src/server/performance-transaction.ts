// The carrier performance operations take a Store (src/exchange/carrier-performance): they read,
// check access, lock the evaluation and append its events in transactions of their own. A change over
// HTTP must commit together with its Idempotency-Key's record (idempotency.ts), so a retry is answered
// from the record and never applied twice. `storeWithin` gives an operation the Idempotency-Key's
// transaction as its store: every statement it runs, and every transaction it opens, is that one
// transaction's, so the change and its recorded response commit or roll back as one.
//
// (On PGlite, a statement on the store itself while its one connection is in a transaction would wait
// for that transaction forever; this is also what makes the operations callable from a change there.)
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Tables } from '../storage/tables.ts';
import type { RawTransaction, Store } from '../storage/store.ts';
import { REPLAYED_HEADER, runOnce } from './idempotency.ts';

/** Kysely's connection over a transaction in progress: beginning and ending it is the owner's job. */
class InTransactionDriver implements Driver {
  readonly #connection: DatabaseConnection;

  constructor(tx: RawTransaction) {
    this.#connection = {
      executeQuery: async <Row>(compiled: CompiledQuery): Promise<QueryResult<Row>> => ({
        rows: await tx.query<Row>(compiled.sql, compiled.parameters),
      }),
      // eslint-disable-next-line require-yield
      streamQuery: async function* () {
        throw new Error('a change inside an Idempotency-Key transaction cannot stream rows');
      },
    };
  }

  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(): Promise<void> {}
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** The store as seen from inside `tx`: its statements and its transactions are `tx`'s. */
export function storeWithin(store: Store, tx: RawTransaction): Store {
  const db = new Kysely<Tables>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new InTransactionDriver(tx),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return {
    backend: store.backend,
    db,
    location: store.location,
    schema: store.schema,
    transaction: (work) => work(tx),
    prepared: (name, text, params) => tx.prepared(name, text, params),
    copyOutCsv: () => Promise.reject(new Error('copyOutCsv is not available inside a change')),
    close: async () => {},
  };
}

/**
 * Runs `change` once per Idempotency-Key (as changeOnce does for other changes), giving it the key's
 * transaction as its store, and sends the status and body it answers (a replay: the ones stored).
 */
export async function changeOnceWithin<Body>(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  change: (within: Store) => Promise<{ readonly status: 200 | 201; readonly body: Body }>,
): Promise<FastifyReply> {
  const result = await runOnce(store, request, (tx) => change(storeWithin(store, tx)));
  if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
  return reply.code(result.status).send(result.body);
}
