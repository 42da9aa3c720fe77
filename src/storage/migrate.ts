// Numbered, forward-only migrations applied with Kysely's migrator (which takes a lock, so several
// processes starting at once apply each migration exactly once). A migration is a file in
// migrations/ named NNNN-what-it-does.ts exporting `up`; add new ones, never edit one that has shipped.
// They run as the owner of the tables; on PostgreSQL the app role's privileges are set after them
// (src/storage/database-roles.ts).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Migrator, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import { PshbError } from '../errors.ts';
import { grantAppRole, type AppRoleReport } from './database-roles.ts';
import { installJobSchema } from './jobs/pg-boss-runner.ts';
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
  /** On PostgreSQL: the role the app connects as and its privileges, set after the migrations. */
  appRole?: AppRoleReport;
}

/** Migrates the store; on PostgreSQL then grants `appRole` (PSHB_APP_ROLE, default pshb_app) its privileges. */
export async function migrateToLatest(store: Store, appRole?: string): Promise<MigrationReport> {
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
  // pg-boss's own tables (background jobs), created and upgraded by the owner like the app's.
  if (store.backend === 'postgres') await installJobSchema(store);
  const granted = await grantAppRole(store, appRole);
  return {
    applied,
    alreadyApplied: migrationNames().length - applied.length,
    ...(granted ? { appRole: granted } : {}),
  };
}

/**
 * For a process that may not migrate (the app role alone): refuses with CONFLICT while a migration is
 * pending, so the app never runs against an older schema than its code.
 */
export async function requireCurrentSchema(store: Store): Promise<void> {
  const applied = new Set(
    (await store.transaction((tx) => tx.query<{ name: string }>('select name from kysely_migration'))).map(
      (r) => r.name,
    ),
  );
  const pending = migrationNames().filter((name) => !applied.has(name));
  if (pending.length > 0) {
    throw new PshbError(
      'CONFLICT',
      `the database lacks migrations ${pending.join(', ')}: run pshb migrate as the owner (DATABASE_URL) first`,
    );
  }
}
