// Numbered, forward-only migrations applied with Kysely's migrator (which takes a lock, so several
// processes starting at once apply each migration exactly once).
import { Migrator, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import * as enrollmentCore from './migrations/0001-enrollment-core.ts';
import type { Store } from './store.ts';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-enrollment-core': enrollmentCore,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

export async function migrateToLatest(store: Store): Promise<MigrationReport> {
  const migrator = new Migrator({
    db: store.db,
    provider,
    allowUnorderedMigrations: false,
    // Kysely looks for its bookkeeping tables across schemas; pin them to ours.
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const applied = (results ?? [])
    .filter((r: MigrationResult) => r.status === 'Success')
    .map((r) => r.migrationName);
  return { applied, alreadyApplied: Object.keys(MIGRATIONS).length - applied.length };
}
