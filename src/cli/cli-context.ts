// What every command shares: the database chosen by --database-url/--data-dir or the environment,
// migrated once by its owner, opened (as the app role on PostgreSQL), and closed however the command ends.
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { appDatabaseUrl } from '../storage/database-roles.ts';
import {
  migrateToLatest,
  migrationNames,
  requireCurrentSchema,
  type MigrationReport,
} from '../storage/migrate.ts';
import { openStore, storeOptionsFromEnv, type Store } from '../storage/store.ts';

export interface GlobalOptions {
  databaseUrl?: string;
  dataDir?: string;
}

export async function withStore<T>(command: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openMigratedStore(command);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * The command's database, migrated by its owner; the caller closes it. On PostgreSQL the command then
 * works as the app role (PSHB_APP_DATABASE_URL, or the owner's URL with that role as user), which owns
 * nothing and cannot switch the audit log's protection off.
 */
export async function openMigratedStore(command: Command): Promise<Store> {
  const { store } = await migrateAndOpen(command);
  return store;
}

/** Migrates as the owner, then opens the store the command works with. */
export async function migrateAndOpen(command: Command): Promise<{ store: Store; report: MigrationReport }> {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const fromEnv = storeOptionsFromEnv();
  const databaseUrl = globals.databaseUrl ?? fromEnv.databaseUrl;
  const appOnly = process.env.PSHB_APP_DATABASE_URL;
  if (!databaseUrl && appOnly) {
    const store = await openCurrentAppStore(appOnly);
    return { store, report: { applied: [], alreadyApplied: migrationNames().length } };
  }
  const owner = await openStore({ databaseUrl, dataDir: globals.dataDir ?? fromEnv.dataDir });
  let report: MigrationReport;
  try {
    report = await migrateToLatest(owner);
  } catch (error) {
    await owner.close();
    throw error;
  }
  if (!databaseUrl || owner.backend !== 'postgres') return { store: owner, report };
  await owner.close();
  return { store: await openStore({ databaseUrl: appDatabaseUrl(databaseUrl) }), report };
}

/**
 * The store of a `pshb serve` worker: the app role's, on the schema its primary has just migrated
 * (workers never migrate, so N of them starting together do not queue on the migration lock).
 */
export async function openAppStore(command: Command): Promise<Store> {
  const databaseUrl =
    command.optsWithGlobals<GlobalOptions>().databaseUrl ?? storeOptionsFromEnv().databaseUrl;
  const appUrl = databaseUrl ? appDatabaseUrl(databaseUrl) : process.env.PSHB_APP_DATABASE_URL;
  if (!appUrl)
    throw new PshbError('INVALID_INPUT', 'several serve processes need PostgreSQL: set DATABASE_URL');
  return openCurrentAppStore(appUrl);
}

/** Without the owner's URL (a production server): the app role only, on a schema already current. */
async function openCurrentAppStore(appUrl: string): Promise<Store> {
  const store = await openStore({ databaseUrl: appUrl });
  try {
    await requireCurrentSchema(store);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Writes a line for people on standard error, keeping standard output for results. */
export function say(message: string): void {
  process.stderr.write(message + '\n');
}
