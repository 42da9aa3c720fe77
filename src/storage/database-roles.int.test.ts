// The app connects as a role that owns nothing and is no superuser: it cannot switch the audit log's
// protection off (session_replication_role, disable trigger) nor change or delete its rows, while the
// API, bulk loads and the open season run still work as it. On PGlite there are no roles; the trigger
// is what holds there.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerSearchQuery } from '../../test-support/caller-identifiers.ts';
import { openAsAppRole, testBackends } from '../../test-support/databases.ts';
import { runMain } from '../../test-support/run-pshb.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import type { Principal } from '../security/principal.ts';
import { administrator, buildTestServer, signedInAs } from '../server/test-authenticator.test.ts';
import { APPEND_ONLY_TABLES, appDatabaseUrl, DEFAULT_APP_ROLE, grantAppRole } from './database-roles.ts';
import { migrationNames } from './migrate.ts';
import type { Store } from './store.ts';

const postgres = testBackends().find((b) => b.name === 'postgres');
const pglite = testBackends().find((b) => b.name === 'pglite')!;

const specialist: Principal = {
  subject: 'specialist-roles',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};

/** The statement's error message, or 'succeeded'. */
async function outcomeOf(store: Store, statement: string): Promise<string> {
  try {
    await store.transaction((tx) => tx.query(statement));
    return 'succeeded';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe.skipIf(!postgres)('the app role on PostgreSQL', () => {
  let owner: Store;
  let app: Store;
  let server: FastifyInstance;

  beforeAll(async () => {
    owner = await postgres!.open();
    app = await openAsAppRole(owner);
    // The bulk loads (COPY) and the open season run work as the app role too.
    await seedPopulation(app, { people: 30, seed: 12 });
    server = await buildTestServer(app);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await app?.close();
    await owner?.close();
  });

  it('issue 10 item 12: the app role cannot set session_replication_role = replica', async () => {
    expect(await outcomeOf(app, 'select current_user')).toBe('succeeded');
    const [who] = await app.transaction((tx) => tx.query<{ role: string }>('select current_user as role'));
    expect(who?.role).toBe(DEFAULT_APP_ROLE);
    expect(await outcomeOf(app, 'set session_replication_role = replica')).toMatch(/permission denied/);
    expect(await outcomeOf(app, 'set local session_replication_role = replica')).toMatch(/permission denied/);
  });

  it('issue 10 item 12: the app role cannot disable, drop or replace the append-only trigger', async () => {
    for (const statement of [
      'alter table audit_log disable trigger all',
      'alter table audit_log disable trigger audit_log_no_update_or_delete',
      'drop trigger audit_log_no_update_or_delete on audit_log',
      'drop table audit_log',
      'create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$ begin return old; end $$',
    ]) {
      expect(await outcomeOf(app, statement), statement).toMatch(/must be owner|permission denied/);
    }
    expect(await outcomeOf(app, 'create table scratch (id int)')).toMatch(/permission denied for schema/);
  });

  it('issue 10 item 12: the app role has no UPDATE, DELETE or TRUNCATE on the audit log or any history table', async () => {
    const columns = await owner.transaction((tx) =>
      tx.query<{ table_name: string; column_name: string }>(
        `select table_name, min(column_name) as column_name from information_schema.columns
         where table_schema = current_schema() group by table_name`,
      ),
    );
    const columnOf = (table: string) => columns.find((c) => c.table_name === table)!.column_name;
    for (const table of APPEND_ONLY_TABLES) {
      for (const statement of [
        `update ${table} set ${columnOf(table)} = ${columnOf(table)}`,
        `delete from ${table}`,
        `truncate ${table}`,
      ]) {
        expect(await outcomeOf(app, statement), statement).toMatch(
          new RegExp(`permission denied for table ${table}`),
        );
      }
    }
    const [rows] = await owner.transaction((tx) =>
      tx.query<{ privileges: string[] }>(
        `select array_agg(privilege_type::text order by privilege_type) as privileges
         from information_schema.role_table_grants
         where grantee = $1 and table_schema = current_schema() and table_name = 'audit_log'`,
        [DEFAULT_APP_ROLE],
      ),
    );
    expect(rows?.privileges).toEqual(['INSERT', 'SELECT']);
  });

  it('issue 10 item 12: the app role owns nothing, is no superuser, and the API works as it', async () => {
    const [standing] = await owner.transaction((tx) =>
      tx.query<{ rolsuper: boolean; rolcreaterole: boolean; owns: string | number }>(
        `select rolsuper, rolcreaterole, (select count(*) from pg_class where relowner = r.oid) as owns
         from pg_roles r where rolname = $1`,
        [DEFAULT_APP_ROLE],
      ),
    );
    expect(standing).toEqual({ rolsuper: false, rolcreaterole: false, owns: expect.anything() as number });
    expect(Number(standing?.owns)).toBe(0);

    const [person] = await app.db.selectFrom('person').select('id').orderBy('id').limit(1).execute();
    const personId = person!.id;
    const headers = { ...signedInAs(specialist), 'idempotency-key': 'roles-open-case-1' };
    const found = await server.inject({
      method: 'GET',
      url: `/api/v1/persons?${await callerSearchQuery(app, personId)}`,
      headers: signedInAs(specialist),
    });
    expect(found.statusCode, found.body).toBe(200);
    const opened = await server.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers,
      payload: { personId, channel: 'phone', requestType: 'enrollment-help', subject: 'Plan', note: 'Asks.' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const read = await server.inject({
      method: 'GET',
      url: `/api/v1/persons/${personId}`,
      headers: signedInAs(specialist),
    });
    expect(read.statusCode, read.body).toBe(200);
    const audit = await server.inject({
      method: 'GET',
      url: `/api/v1/audit?personId=${personId}`,
      headers: signedInAs(administrator),
    });
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.json<{ items: { action: string }[] }>().items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['person.read', 'case.create']),
    );
  });

  it('issue 10 item 12: granting again, by several owners at once, leaves the same privileges', async () => {
    const reports = await Promise.all([grantAppRole(owner), grantAppRole(owner), grantAppRole(owner)]);
    for (const report of reports) {
      expect(report).toMatchObject({ role: DEFAULT_APP_ROLE, created: false, schema: owner.schema });
      expect(report?.appendOnly).toContain('audit_log');
      expect(report?.readWrite).toContain('auth_session');
    }
    expect(await outcomeOf(app, 'delete from audit_log')).toMatch(/permission denied/);
  });

  it('issue 10 item 12: owners creating the app role at once create it once', async () => {
    const role = `pshb_app_t_${randomBytes(4).toString('hex')}`;
    try {
      const reports = await Promise.all([1, 2, 3, 4].map(() => grantAppRole(owner, role)));
      expect(reports.filter((r) => r?.created)).toHaveLength(1);
      expect(reports.every((r) => r?.appendOnly.includes('audit_log'))).toBe(true);
    } finally {
      await owner.transaction((tx) => tx.query(`drop owned by ${role}`));
      await owner.transaction((tx) => tx.query(`drop role if exists ${role}`));
    }
  });

  it('issue 10 item 12: pshb migrate runs as the owner and the commands connect as the app role', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.searchParams.set('options', `-c search_path=${owner.schema}`);
    expect(appDatabaseUrl(url.toString(), {})).toContain(`${DEFAULT_APP_ROLE}@`);
    const migrated = await runMain('--database-url', url.toString(), 'migrate');
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(migrated.stderr).toContain(`App role ${DEFAULT_APP_ROLE}`);
    expect(migrated.stderr).toContain(`The app connects as postgres://${DEFAULT_APP_ROLE}@`);
    const json = await runMain('--database-url', url.toString(), 'migrate', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      alreadyApplied: migrationNames().length,
      appRole: { role: DEFAULT_APP_ROLE, schema: owner.schema },
    });
  });

  it('issue 10 item 12: given only the app URL, a command migrates nothing and refuses a schema with a migration pending', async () => {
    const url = new URL(appDatabaseUrl(process.env.TEST_DATABASE_URL!, {}));
    url.searchParams.set('options', `-c search_path=${owner.schema}`);
    process.env.PSHB_APP_DATABASE_URL = url.toString();
    const latest = migrationNames().at(-1)!;
    try {
      const current = await runMain('migrate', '--json');
      expect(current.code, current.stderr).toBe(0);
      expect(JSON.parse(current.stdout)).toEqual({ applied: [], alreadyApplied: migrationNames().length });
      await owner.transaction((tx) => tx.query('delete from kysely_migration where name = $1', [latest]));
      const behind = await runMain('migrate');
      expect(behind.code).not.toBe(0);
      expect(behind.stderr).toContain(`lacks migrations ${latest}`);
    } finally {
      delete process.env.PSHB_APP_DATABASE_URL;
      await owner.transaction((tx) =>
        tx.query('insert into kysely_migration (name, timestamp) values ($1, $2) on conflict do nothing', [
          latest,
          new Date().toISOString(),
        ]),
      );
    }
  });
});

describe('the embedded database (PGlite)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await pglite.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('issue 10 item 12: PGlite has no roles to grant; the append-only trigger still refuses changes to the audit log', async () => {
    expect(await grantAppRole(store)).toBeUndefined();
    await store.transaction((tx) =>
      tx.query(
        `insert into audit_log (subject, role, action, resource_kind, purpose, outcome)
         values ('s', 'auditor', 'audit_log.read', 'audit_log', 'test', 'allowed')`,
      ),
    );
    for (const statement of [
      "update audit_log set purpose = 'x'",
      'delete from audit_log',
      'truncate audit_log',
    ]) {
      expect(await outcomeOf(store, statement), statement).toMatch(/append-only/);
    }
  });
});
