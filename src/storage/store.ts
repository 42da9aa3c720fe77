// Opens the system of record: PGlite in a local data folder by default, PostgreSQL when DATABASE_URL
// is set. The same migrations and queries run on both; only bulk loading (COPY) differs per backend.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import { KyselyPGlite } from 'kysely-pglite';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { databaseUnavailable } from './database-unavailable.ts';
import type { Tables } from './tables.ts';

export type Backend = 'pglite' | 'postgres';

/** Statements that must commit together on one connection, including bulk loads. */
export interface RawTransaction {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** A named prepared statement inside the transaction (see Store.prepared). */
  prepared<Row>(name: string, text: string, params: readonly unknown[]): Promise<Row[]>;
  /** Loads CSV text (no header) into the table's listed columns. */
  copyCsv(table: string, columns: readonly string[], csv: string | AsyncIterable<string>): Promise<void>;
}

export interface Store {
  readonly backend: Backend;
  readonly db: Kysely<Tables>;
  /** Where the data lives, for messages: a folder or a database address without its password. */
  readonly location: string;
  /** The PostgreSQL schema in use when not the default one. */
  readonly schema?: string | undefined;
  transaction<T>(work: (tx: RawTransaction) => Promise<T>): Promise<T>;
  /**
   * Runs `copy (query) to stdout with (format csv)` and returns the CSV text: several times faster than
   * a SELECT for reading many rows. COPY takes no bind parameters, so callers inline only numbers and
   * values checked against a strict pattern.
   */
  copyOutCsv(query: string): Promise<string>;
  /**
   * A read by a statement each PostgreSQL connection prepares once under `name` and then only binds,
   * for the busiest requests: planning a statement that embeds many subqueries costs PostgreSQL several
   * times what running it does. A name must always stand for the same text. PGlite runs an ordinary query.
   */
  prepared<Row>(name: string, text: string, params: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://... ; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Folder for PGlite's files; 'memory://' keeps the database in memory. */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (tests isolate themselves this way); created when missing. */
  schema?: string | undefined;
  poolSize?: number;
  /** application_name of the connections, to find them in pg_stat_activity; default 'pshb-exchange'. */
  applicationName?: string;
  /** What stands between the app and PostgreSQL (PSHB_DATABASE_POOLER); default none. */
  pooler?: Pooler | undefined;
}

/**
 * 'transaction': a pooler in transaction mode (PgBouncer's pool_mode = transaction) hands each
 * transaction whichever server connection is free, so nothing may outlive a statement on a connection:
 * hot reads run as unnamed statements (parsed and planned every time) instead of named prepared ones,
 * and no session settings are sent at connect (set jit = off on the role instead, docs/adr/0013).
 * 'none' (default): the app's own pool holds its connections, and statements are prepared once on each.
 */
export type Pooler = 'none' | 'transaction';

/** How long a request waits for a connection before the database counts as unavailable. */
const CONNECT_TIMEOUT_MS = 5_000;

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** PostgreSQL when a URL is given, else PGlite in `dataDir` (default ./data). */
export async function openStore(options: StoreOptions): Promise<Store> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options)
    : openPglite(options.dataDir ?? 'data');
}

async function openPglite(dataDir: string): Promise<Store> {
  const inMemory = dataDir.startsWith('memory://');
  const folder = inMemory ? dataDir : resolve(join(dataDir, 'pglite'));
  if (!inMemory) mkdirSync(folder, { recursive: true });
  const client = await PGlite.create(folder, {
    parsers: {
      [DATE_OID]: (value: string) => value,
      [INT8_OID]: (value: string) => Number(value),
      [NUMERIC_OID]: (value: string) => Number(value),
    },
  });
  const db = new Kysely<Tables>({ dialect: new KyselyPGlite(client).dialect });
  return {
    backend: 'pglite',
    db,
    prepared: async <Row>(_name: string, text: string, params: readonly unknown[]) =>
      (await db.executeQuery<Row>(CompiledQuery.raw(text, [...params]))).rows,
    location: folder,
    transaction: (work) =>
      client.transaction((tx) =>
        work({
          query: async (text, params) => (await tx.query(text, params ? [...params] : [])).rows as never[],
          prepared: async (_name, text, params) => (await tx.query(text, [...params])).rows as never[],
          copyCsv: async (table, columns, csv) => {
            const statement = `copy ${table} (${columns.join(', ')}) from '/dev/blob' with (format csv)`;
            if (typeof csv === 'string') {
              if (csv.length > 0) await tx.query(statement, [], { blob: new Blob([csv]) });
              return;
            }
            for await (const chunk of csv) {
              if (chunk.length > 0) await tx.query(statement, [], { blob: new Blob([chunk]) });
            }
          },
        }),
      ),
    copyOutCsv: async (query) => {
      const result = await client.query(`copy (${query}) to '/dev/blob' with (format csv)`);
      return result.blob ? await result.blob.text() : '';
    },
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(databaseUrl: string, options: StoreOptions): Promise<Store> {
  const typeParsers = {
    getTypeParser: ((oid: number, format?: string) => {
      if (oid === DATE_OID) return (value: string) => value;
      if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format as 'text');
    }) as typeof pg.types.getTypeParser,
  };
  const schema = options.schema;
  const pooled = options.pooler === 'transaction';
  if (schema) await ensureSchema(databaseUrl, schema);
  // JIT compilation costs more than it saves on these short, many-row queries (hundreds of ms each).
  // (A transaction-mode pooler cannot carry session settings: it refuses them or drops them.)
  const settings = (...extra: string[]) =>
    pooled
      ? {}
      : { options: ['-c jit=off', schema ? `-c search_path=${schema}` : '', ...extra].join(' ').trim() };
  const poolOf = (max: number, connectionSettings: object) => {
    const made = new pg.Pool({
      connectionString: databaseUrl,
      max,
      types: typeParsers,
      ...connectionSettings,
      application_name: options.applicationName ?? 'pshb-exchange',
      ...RECONNECTING,
    });
    survivesLostConnections(made);
    return made;
  };
  const poolSize = options.poolSize ?? 10;
  const pool = poolOf(poolSize, settings());
  // The busiest reads and the audit log's inserts have connections of their own, on which PostgreSQL
  // plans each named statement once: left to choose, it planned them afresh on every execution, and
  // planning cost as much as running them (ADR 0006). Each is a lookup by key, whose plan does not
  // depend on the values bound.
  const preparedPool = poolOf(Math.max(1, Math.ceil(poolSize / 2)), settings(GENERIC_PLANS));
  const connect = () => pool.connect().catch((error: unknown) => Promise.reject(databaseUnavailable(error)));
  const connectPrepared = () =>
    preparedPool.connect().catch((error: unknown) => Promise.reject(databaseUnavailable(error)));
  const db = new Kysely<Tables>({
    dialect: new PostgresDialect({
      pool: { connect, end: () => Promise.all([pool.end(), preparedPool.end()]).then(() => undefined) },
    }),
  });
  // Behind a transaction-mode pooler a statement prepared on one server connection is unknown on the
  // next, so a prepared read goes unnamed: the same text and parameters, planned each time.
  const statement = (name: string, text: string, params: readonly unknown[]) =>
    pooled ? { text, values: [...params] } : { name, text, values: [...params] };
  return {
    backend: 'postgres',
    db,
    prepared: async <Row>(name: string, text: string, params: readonly unknown[]) => {
      const client = await connectPrepared();
      try {
        return (await client.query<Row & pg.QueryResultRow>(statement(name, text, params))).rows;
      } finally {
        client.release();
      }
    },
    schema,
    location: redactPassword(databaseUrl) + (schema ? ` (schema ${schema})` : ''),
    transaction: async (work) => {
      const client = await connect();
      try {
        await client.query('begin');
        const result = await work({
          query: async (text, params) => (await client.query(text, params ? [...params] : [])).rows,
          prepared: async (name, text, params) =>
            (await client.query(statement(name, text, params))).rows as never[],
          copyCsv: async (table, columns, csv) => {
            const stream = client.query(
              copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`),
            );
            const source = typeof csv === 'string' ? Readable.from([csv]) : Readable.from(csv);
            await pipeline(source, stream);
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    copyOutCsv: async (query) => {
      const client = await connect();
      try {
        const chunks: Buffer[] = [];
        const stream = client.query(copyTo(`copy (${query}) to stdout with (format csv)`));
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

/** Plans every statement once, for any values bound (plan_cache_mode, PostgreSQL 12 and later). */
const GENERIC_PLANS = '-c plan_cache_mode=force_generic_plan';

// Dead connections are noticed (TCP keepalive) and a request waits a bounded time for a new one, so an
// unreachable database answers DATABASE_UNAVAILABLE instead of holding requests forever.
const RECONNECTING = { keepAlive: true, connectionTimeoutMillis: CONNECT_TIMEOUT_MS } as const;

/**
 * node-postgres emits 'error' on a connection the server ended (a failover, a pooler restart,
 * pg_terminate_backend), idle in the pool or checked out; unheard, that event ends the process. The
 * pool drops such a connection and opens a new one when next needed; the query that was running fails
 * with its own error, which the API answers with DATABASE_UNAVAILABLE. One line says what happened.
 */
function survivesLostConnections(pool: pg.Pool): void {
  const report = (error: Error) =>
    process.stderr.write(
      `pshb: a database connection was lost (${String((error as { code?: unknown }).code ?? '')} ${error.message}); the next request reconnects\n`,
    );
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', () => undefined));
}

async function ensureSchema(databaseUrl: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // The app role may not create schemas: it only uses the one the owner made.
    const { rows } = await client.query('select 1 from pg_namespace where nspname = $1', [schema]);
    if (rows.length === 0) await client.query(`create schema if not exists ${schema}`);
  } finally {
    await client.end();
  }
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'PostgreSQL';
  }
}

export { pgliteTypes };
