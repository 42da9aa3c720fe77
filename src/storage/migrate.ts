// Numbered, forward-only migrations applied with Kysely's migrator (which takes a lock, so several
// processes starting at once apply each migration exactly once). A migration is a file in
// migrations/ named NNNN-what-it-does.ts exporting `up`; add new ones, never edit one that has shipped.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Migrator, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import type { Store } from './store.ts';

const MIGRATIONS_FOLDER = new URL('./migrations/', import.meta.url);
const MIGRATION_FILE = /^(\d{4}-[a-z0-9-]+)\.ts$/;

export function migrationNames(): string[] {
  return readdirSync(fileURLToPath(MIGRATIONS_FOLDER))
    .map((file) => MIGRATION_FILE.exec(file)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

const provider: MigrationProvider = {
  getMigrations: async () => {
    const migrations: Record<string, Migration> = {};
    for (const name of migrationNames()) {
      migrations[name] = (await import(new URL(`${name}.ts`, MIGRATIONS_FOLDER).href)) as Migration;
    }
    return migrations;
  },
};

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
  return { applied, alreadyApplied: migrationNames().length - applied.length };
}
