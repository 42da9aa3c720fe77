// Two database roles on PostgreSQL: the owner, who runs the migrations and owns every table, and the
// app role (`pshb_app` unless PSHB_APP_ROLE names another), which the server, its background work and
// the commands connect as. The app role owns nothing and is no superuser, so it cannot set
// session_replication_role, disable a trigger or alter a table; it may read and add rows everywhere,
// change and delete rows only where the program changes data, and never change or delete a history
// table's rows (the audit log above all). `pshb migrate` applies the grants after the migrations, every
// time, so a new table gets its privileges with the migration that creates it. PGlite has one user and
// no roles: docs/security.md ("Database roles") says what holds there.
import { PshbError } from '../errors.ts';
import { jobSchemaOf } from './jobs/pg-boss-runner.ts';
import type { Store } from './store.ts';

export const DEFAULT_APP_ROLE = 'pshb_app';

/**
 * Tables whose rows are history: the app role may read and add to them only. Every other table of the
 * schema gets SELECT, INSERT, UPDATE and DELETE (sessions, idempotency records, job checkpoints, case
 * rows and people's contact data change; their changes are explained by events in these tables).
 */
export const APPEND_ONLY_TABLES: readonly string[] = [
  'audit_log',
  'caller_identification',
  'coverage_decision',
  'cx_action_milestone',
  'cx_collection_event',
  'cx_import_batch',
  'cx_maturity_assessment',
  'cx_maturity_event',
  'cx_maturity_evidence',
  'cx_maturity_focus',
  'cx_maturity_rating',
  'cx_planned_action',
  'cx_planned_action_version',
  'cx_response',
  'enrollment_event',
  'evidence_document',
  'evidence_document_review',
  'exchange_collected_file',
  'exchange_exception_event',
  'exchange_file',
  'exchange_file_event',
  'exchange_file_status_event',
  'lifecycle_transition',
  'medicare_fact_event',
  'medicare_request',
  'performance_evaluation_event',
  'performance_evidence',
  'performance_money',
  'performance_notice',
  'reconciliation_discrepancy_event',
  'reconciliation_run',
  'reconsideration_decision',
  'reconsideration_request',
  'support_callback',
  'support_callback_event',
  'support_case_event',
  'support_incident_case',
  'support_incident_resolution',
];

/** The migrator's bookkeeping: the app reads it (to see the schema is current) and never writes it. */
const READ_ONLY_TABLES: readonly string[] = ['kysely_migration', 'kysely_migration_lock'];

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface AppConnection {
  /** PSHB_APP_DATABASE_URL: the app role's own connection, with its password. */
  readonly appUrl?: string | null;
  /** PSHB_APP_ROLE (default pshb_app). */
  readonly appRole?: string;
}

/**
 * The app's connection: its own URL when given, or the owner's URL with the app role as user and no
 * password (enough where the server trusts local connections; production sets PSHB_APP_DATABASE_URL
 * with the role's password from its secret store).
 */
export function appDatabaseUrl(ownerUrl: string, connection: AppConnection = {}): string {
  if (connection.appUrl) return connection.appUrl;
  const url = new URL(ownerUrl);
  url.username = connection.appRole ?? DEFAULT_APP_ROLE;
  url.password = '';
  return url.toString();
}

export interface AppRoleReport {
  readonly role: string;
  readonly schema: string;
  readonly created: boolean;
  /** Tables the role may only read and add to. */
  readonly appendOnly: string[];
  /** Tables the role may also change and delete rows of. */
  readonly readWrite: string[];
}

/**
 * Creates the app role when missing (LOGIN, nothing else) and sets its privileges on every table and
 * sequence of the store's schema; returns undefined on PGlite. Run as the owner after the migrations.
 */
export async function grantAppRole(
  store: Store,
  role: string = DEFAULT_APP_ROLE,
): Promise<AppRoleReport | undefined> {
  if (store.backend !== 'postgres') return undefined;
  if (!ROLE_NAME.test(role)) throw new PshbError('INVALID_INPUT', `"${role}" is not a role name`);
  const created = await ensureRole(store, role);
  return store.transaction(async (tx) => {
    const [{ schema } = { schema: 'public' }] = await tx.query<{ schema: string }>(
      'select current_schema() as schema',
    );
    // Two owners migrating at once would otherwise update the same catalog rows together.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`pshb-app-role:${schema}`]);
    await refuseIfOwnerOrSuperuser(tx.query, role, schema);
    const tables = (
      await tx.query<{ name: string }>(
        'select tablename as name from pg_tables where schemaname = $1 order by tablename',
        [schema],
      )
    ).map((t) => t.name);
    const appendOnly = tables.filter((t) => APPEND_ONLY_TABLES.includes(t));
    const readWrite = tables.filter((t) => !APPEND_ONLY_TABLES.includes(t) && !READ_ONLY_TABLES.includes(t));
    const q = (name: string) => `"${schema}"."${name}"`;
    const statements = [
      `grant usage on schema "${schema}" to ${role}`,
      `revoke all on all tables in schema "${schema}" from ${role}`,
      ...tables.filter((t) => READ_ONLY_TABLES.includes(t)).map((t) => `grant select on ${q(t)} to ${role}`),
      ...appendOnly.map((t) => `grant select, insert on ${q(t)} to ${role}`),
      ...readWrite.map((t) => `grant select, insert, update, delete on ${q(t)} to ${role}`),
      `revoke all on all sequences in schema "${schema}" from ${role}`,
      `grant usage, select on all sequences in schema "${schema}" to ${role}`,
      // Tables a later migration creates start with the least (read and add) until the next grant.
      `alter default privileges in schema "${schema}" grant select, insert on tables to ${role}`,
      `alter default privileges in schema "${schema}" grant usage, select on sequences to ${role}`,
    ];
    for (const statement of statements) await tx.query(statement);
    for (const statement of jobSchemaGrants(role, jobSchemaOf(store))) await tx.query(statement);
    return { role, schema, created, appendOnly, readWrite };
  });
}

/**
 * pg-boss's tables (background jobs, src/storage/jobs): the app role queues, takes and completes jobs,
 * and pg-boss's upkeep deletes old ones, so it may change rows there; it creates nothing.
 */
function jobSchemaGrants(role: string, jobSchema: string): string[] {
  return [
    `grant usage on schema "${jobSchema}" to ${role}`,
    `grant select, insert, update, delete on all tables in schema "${jobSchema}" to ${role}`,
    `grant usage, select on all sequences in schema "${jobSchema}" to ${role}`,
    `grant execute on all functions in schema "${jobSchema}" to ${role}`,
  ];
}

async function ensureRole(store: Store, role: string): Promise<boolean> {
  const exists = async () =>
    (await store.transaction((tx) => tx.query('select 1 from pg_roles where rolname = $1', [role]))).length >
    0;
  if (await exists()) return false;
  try {
    await store.transaction((tx) =>
      tx.query(
        `create role ${role} login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls`,
      ),
    );
    return true;
  } catch (error) {
    // Roles belong to the whole server: an owner migrating another database may have created it first.
    if (await exists()) return false;
    throw new PshbError(
      'CONFLICT',
      `cannot create the app role ${role} (${error instanceof Error ? error.message : String(error)}): ` +
        `have a database administrator run "create role ${role} login" or give the owner CREATEROLE`,
    );
  }
}

async function refuseIfOwnerOrSuperuser(
  query: <Row>(text: string, params?: readonly unknown[]) => Promise<Row[]>,
  role: string,
  schema: string,
): Promise<void> {
  const [standing] = await query<{ superuser: boolean; bypass: boolean; owns: number | string }>(
    `select r.rolsuper as superuser, r.rolbypassrls as bypass,
       (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relowner = r.oid and n.nspname = $2) as owns
     from pg_roles r where r.rolname = $1`,
    [role, schema],
  );
  if (standing && (standing.superuser || standing.bypass || Number(standing.owns) > 0)) {
    throw new PshbError(
      'CONFLICT',
      `the app role ${role} must own nothing and be no superuser (superuser: ${standing.superuser}, ` +
        `bypasses row security: ${standing.bypass}, owns ${standing.owns} objects in ${schema}); ` +
        'name another role with PSHB_APP_ROLE or take those rights away',
    );
  }
}
