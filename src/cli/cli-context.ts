// What every command shares: the database chosen by --database-url/--data-dir or the environment,
// migrated once by its owner, opened (as the app role on PostgreSQL), and closed however the command ends.
import type { Command } from 'commander';
import { programClockOf, type Environment } from '../config/configuration.ts';
import type { ProgramClock } from '../domain/program-clock.ts';
import { PshbError } from '../errors.ts';
import { appDatabaseUrl } from '../storage/database-roles.ts';
import {
  migrateToLatest,
  migrationNames,
  requireCurrentSchema,
  type MigrationReport,
} from '../storage/migrate.ts';
import { openStore, type Store } from '../storage/store.ts';

export interface GlobalOptions {
  databaseUrl?: string;
  dataDir?: string;
}

const ENVIRONMENTS = new WeakMap<Command, Environment>();

/** Gives the program the configuration read at the entry point; every command finds it from there. */
export function bindEnvironment(program: Command, environment: Environment): void {
  ENVIRONMENTS.set(program, environment);
}

/** The program's clock for this command: PSHB_PROGRAM_DATE, else the real day. */
export function programClockFor(command: Command): ProgramClock {
  return programClockOf(environmentOf(command));
}

/** The configuration the command's program was started with (docs/configuration.md). */
export function environmentOf(command: Command): Environment {
  let root = command;
  while (root.parent) root = root.parent;
  const environment = ENVIRONMENTS.get(root);
  if (!environment) throw new Error('the program was built without its configuration (bindEnvironment)');
  return environment;
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
  const environment = environmentOf(command);
  const databaseUrl = globals.databaseUrl ?? environment.DATABASE_URL ?? undefined;
  const appOnly = environment.PSHB_APP_DATABASE_URL;
  if (!databaseUrl && appOnly) {
    const store = await openCurrentAppStore(appOnly, environment);
    return { store, report: { applied: [], alreadyApplied: migrationNames().length } };
  }
  const owner = await openStore({
    databaseUrl,
    dataDir: globals.dataDir ?? environment.DATA_DIR,
    pooler: environment.PSHB_DATABASE_POOLER,
  });
  let report: MigrationReport;
  try {
    report = await migrateToLatest(owner, environment.PSHB_APP_ROLE);
  } catch (error) {
    await owner.close();
    throw error;
  }
  if (!databaseUrl || owner.backend !== 'postgres') return { store: owner, report };
  await owner.close();
  const appUrl = appDatabaseUrl(databaseUrl, { appUrl: appOnly, appRole: environment.PSHB_APP_ROLE });
  return {
    store: await openStore({ databaseUrl: appUrl, pooler: environment.PSHB_DATABASE_POOLER }),
    report,
  };
}

/**
 * The store of a `pshb serve` worker: the app role's, on the schema its primary has just migrated
 * (workers never migrate, so N of them starting together do not queue on the migration lock).
 */
export async function openAppStore(command: Command): Promise<Store> {
  const environment = environmentOf(command);
  const databaseUrl = command.optsWithGlobals<GlobalOptions>().databaseUrl ?? environment.DATABASE_URL;
  const appUrl = databaseUrl
    ? appDatabaseUrl(databaseUrl, {
        appUrl: environment.PSHB_APP_DATABASE_URL,
        appRole: environment.PSHB_APP_ROLE,
      })
    : environment.PSHB_APP_DATABASE_URL;
  if (!appUrl)
    throw new PshbError('INVALID_INPUT', 'several serve processes need PostgreSQL: set DATABASE_URL');
  return openCurrentAppStore(appUrl, environment);
}

/** Without the owner's URL (a production server): the app role only, on a schema already current. */
async function openCurrentAppStore(appUrl: string, environment: Environment): Promise<Store> {
  const store = await openStore({ databaseUrl: appUrl, pooler: environment.PSHB_DATABASE_POOLER });
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
