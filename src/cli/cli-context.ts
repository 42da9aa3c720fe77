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
  const globals = command.optsWithGlobals<GlobalOptions>();
  const fromEnv = storeOptionsFromEnv();
  const store = await openStore({
    databaseUrl: globals.databaseUrl ?? fromEnv.databaseUrl,
    dataDir: globals.dataDir ?? fromEnv.dataDir,
  });
  try {
    await migrateToLatest(store);
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Writes a line for people on standard error, keeping standard output for results. */
export function say(message: string): void {
  process.stderr.write(message + '\n');
}
