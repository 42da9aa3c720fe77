// Integration tests run against every backend the machine offers: always the embedded PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Each test file gets its own empty schema,
// migrated as the owner, with the app role's privileges on it (src/storage/database-roles.ts).
import { randomBytes } from 'node:crypto';
import { appDatabaseUrl } from '../src/storage/database-roles.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { openStore, type Backend, type Store } from '../src/storage/store.ts';

export interface TestBackend {
  readonly name: Backend;
  open(): Promise<Store>;
}

export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [{ name: 'pglite', open: () => openMigrated({ dataDir: 'memory://' }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    backends.push({
      name: 'postgres',
      open: () => openMigrated({ databaseUrl: url, schema: `t_${randomBytes(6).toString('hex')}` }),
    });
  }
  return backends;
}

async function openMigrated(options: Parameters<typeof openStore>[0]): Promise<Store> {
  const store = await openStore(options);
  await migrateToLatest(store);
  return store;
}

/** The same PostgreSQL schema opened as the app role, as the server connects in production. */
export function openAsAppRole(owner: Store): Promise<Store> {
  const url = process.env.TEST_DATABASE_URL;
  if (owner.backend !== 'postgres' || !url) throw new Error('the app role exists on PostgreSQL only');
  return openStore({ databaseUrl: appDatabaseUrl(url), schema: owner.schema });
}
