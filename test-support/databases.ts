// Integration tests run against every backend the machine offers: always the embedded PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Each test file gets its own empty schema.
import { randomBytes } from 'node:crypto';
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
