// Behind PgBouncer in transaction mode (Debian's package, started here on a free port in front of the
// test's PostgreSQL) each transaction may get another server connection, so a statement prepared on one
// is unknown on the next. With PSHB_DATABASE_POOLER=transaction the hot reads (the eligibility read, the
// session lookup) go unnamed and work; without it they fail. PostgreSQL and /usr/sbin/pgbouncer only.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEligibilitySource } from '../exchange/person-eligibility.ts';
import { chooseOpenSeason } from '../exchange/season-context.ts';
import { loadProgramCalendar } from '../reference-data.ts';
import { createSession, sessionPrincipal } from '../security/sessions.ts';
import { saveUserAccount } from '../security/user-accounts.ts';
import { appDatabaseUrl } from './database-roles.ts';
import { migrateToLatest } from './migrate.ts';
import { readEnvironment } from '../config/configuration.ts';
import { openStore, type Store } from './store.ts';

const poolerFromEnv = (env: Record<string, string>) => readEnvironment(env).PSHB_DATABASE_POOLER;
import { freePort } from '../../test-support/free-port.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { killProcess, scratchDatabase } from '../../test-support/served-pshb.ts';

const PGBOUNCER = '/usr/sbin/pgbouncer';
const databaseUrl = process.env.TEST_DATABASE_URL;
const hasPgbouncer = existsSync(PGBOUNCER);
if (databaseUrl && !hasPgbouncer)
  process.stderr.write(
    `pooler.int.test.ts: skipped, ${PGBOUNCER} is missing (apt-get install pgbouncer; .ci/run installs it)\n`,
  );

describe('PSHB_DATABASE_POOLER', () => {
  it('is none unless set to transaction; another value names the variable', () => {
    expect(poolerFromEnv({})).toBe('none');
    expect(poolerFromEnv({ PSHB_DATABASE_POOLER: 'transaction' })).toBe('transaction');
    expect(poolerFromEnv({ PSHB_DATABASE_POOLER: 'none' })).toBe('none');
    expect(() => poolerFromEnv({ PSHB_DATABASE_POOLER: 'session-ish' })).toThrow(
      /PSHB_DATABASE_POOLER: "session-ish"/,
    );
  });
});

describe.skipIf(!databaseUrl || !hasPgbouncer)('hot reads behind PgBouncer in transaction mode', () => {
  let folder: string;
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let bouncer: ChildProcess | undefined;
  let bouncerUrl: string;
  let owner: Store;
  let token: string;
  let people: number[];
  const openSeasonId = chooseOpenSeason(loadProgramCalendar()).id;

  beforeAll(async () => {
    database = await scratchDatabase(databaseUrl!, 'pshb_pooler');
    owner = await openStore({ databaseUrl: database.url });
    await migrateToLatest(owner);
    await seedPopulation(owner, { people: 60, seed: 41 });
    await saveUserAccount(owner, { subject: 'pooler-auditor', role: 'auditor' });
    token = await createSession(owner, 'pooler-auditor');
    people = (await owner.db.selectFrom('person').select('id').orderBy('id').limit(20).execute()).map((p) =>
      Number(p.id),
    );
    const port = await freePort();
    folder = startFolder();
    bouncer = await startPgbouncer(folder, port, new URL(databaseUrl!));
    const app = new URL(appDatabaseUrl(database.url));
    app.host = `127.0.0.1:${port}`;
    bouncerUrl = app.toString();
  }, 180_000);

  afterAll(async () => {
    if (bouncer) await killProcess(bouncer, 'SIGTERM');
    await owner?.close();
    await database?.drop().catch(() => undefined);
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** The eligibility read of every person and a session lookup each, eight at a time, twice over. */
  async function hotReads(
    store: Store,
  ): Promise<{ eligibility: unknown[]; subjects: (string | undefined)[] }> {
    const eligibility: unknown[] = [];
    const subjects: (string | undefined)[] = [];
    const work = [...people, ...people];
    const next = async (): Promise<void> => {
      for (let id = work.shift(); id !== undefined; id = work.shift()) {
        eligibility.push(await readEligibilitySource(store, id, openSeasonId));
        subjects.push((await sessionPrincipal(store, token))?.subject);
      }
    };
    await Promise.all(Array.from({ length: 8 }, next));
    return { eligibility, subjects };
  }

  it('answers them with PSHB_DATABASE_POOLER=transaction, as directly', async () => {
    const pooled = await openStore({ databaseUrl: bouncerUrl, pooler: 'transaction', poolSize: 8 });
    try {
      const { eligibility, subjects } = await hotReads(pooled);
      expect(eligibility).toHaveLength(people.length * 2);
      expect(eligibility.every((source) => source !== undefined)).toBe(true);
      expect(subjects.every((subject) => subject === 'pooler-auditor')).toBe(true);
      const direct = await readEligibilitySource(owner, people[0]!, openSeasonId);
      expect(await readEligibilitySource(pooled, people[0]!, openSeasonId)).toEqual(direct);
    } finally {
      await pooled.close();
    }
  });

  it('fails them with named prepared statements (the setting left out)', async () => {
    const named = await openStore({ databaseUrl: bouncerUrl, pooler: 'none', poolSize: 1 });
    const holder = await openStore({ databaseUrl: bouncerUrl, pooler: 'transaction', poolSize: 1 });
    try {
      // The read prepares its named statement on the server connection the pooler lends it...
      await readEligibilitySource(named, people[0]!, openSeasonId);
      // ...which then serves another client's transaction (PgBouncer lends the server it used last
      // first), so the next read runs on the other server connection, where no such statement exists.
      await holder.transaction(async (tx) => {
        await tx.query('select 1');
        await expect(readEligibilitySource(named, people[1]!, openSeasonId)).rejects.toThrow(
          /prepared statement/,
        );
      });
    } finally {
      await named.close();
      await holder.close();
    }
  });
});

function startFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-pgbouncer-'));
  // PgBouncer will not run as root: it switches to the postgres user, who must read and write here.
  chmodSync(folder, 0o777);
  return folder;
}

/** Starts PgBouncer in transaction mode on `port`, two server connections per database and user. */
async function startPgbouncer(folder: string, port: number, server: URL): Promise<ChildProcess> {
  const ini = join(folder, 'pgbouncer.ini');
  const users = join(folder, 'users.txt');
  writeFileSync(users, '"postgres" ""\n"pshb_app" ""\n');
  writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${users}`,
      'pool_mode = transaction',
      'default_pool_size = 2',
      'max_client_conn = 200',
      // The session settings a direct connection sends (jit, search_path) are dropped, not refused, so
      // the test without the setting fails on its prepared statements alone.
      'ignore_startup_parameters = extra_float_digits, options',
      `logfile = ${join(folder, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  chmodSync(ini, 0o644);
  chmodSync(users, 0o644);
  const child = spawn(PGBOUNCER, process.getuid?.() === 0 ? ['-u', 'postgres', ini] : [ini], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) {
      const log = existsSync(join(folder, 'pgbouncer.log'))
        ? readFileSync(join(folder, 'pgbouncer.log'), 'utf8')
        : '';
      throw new Error(`pgbouncer exited with ${child.exitCode}: ${output}${log}`);
    }
    if (await listening(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`pgbouncer did not listen on ${port}: ${output}`);
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
