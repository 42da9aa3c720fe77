// What every command shares: the database chosen by --database-url/--data-dir or the environment,
// opened and migrated once, and closed however the command ends.
import type { Command } from 'commander';
import { migrateToLatest } from '../storage/migrate.ts';
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

/** The command's database, opened and migrated; the caller closes it. */
export async function openMigratedStore(command: Command): Promise<Store> {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const fromEnv = storeOptionsFromEnv();
  const store = await openStore({
    databaseUrl: globals.databaseUrl ?? fromEnv.databaseUrl,
    dataDir: globals.dataDir ?? fromEnv.dataDir,
  });
  try {
    await migrateToLatest(store);
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
