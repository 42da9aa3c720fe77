// The web app as a user meets it, started in-process for the end-to-end suite and the page budget:
// built into a folder of its own, a small synthetic population with the open season run, served as
// `npm start` serves it (development sign-in with the demo accounts), the program date inside the open
// season.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serve } from '../../cli/serve-command.ts';
import { migrateToLatest } from '../../storage/migrate.ts';
import { openStore } from '../../storage/store.ts';
import { freePort } from '../../../test-support/free-port.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';

export const DEMO_PROGRAM_DATE = '2024-11-20';

export interface DemoApp {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** The built app's folder. */
  readonly webRoot: string;
  close(): Promise<void>;
}

export async function startDemoApp(options: { people?: number } = {}): Promise<DemoApp> {
  // Its own build folder, so a run never serves (or overwrites) another checkout's build.
  const webRoot = mkdtempSync(join(tmpdir(), 'pshb-web-'));
  await build({
    configFile: resolve(import.meta.dirname, '../../../vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  process.env.PSHB_WEB_ROOT = webRoot;
  process.env.PSHB_PROGRAM_DATE = DEMO_PROGRAM_DATE;
  process.env.LOG_LEVEL ??= 'warn';
  const store = await openStore({ dataDir: 'memory://' });
  await migrateToLatest(store);
  await seedPopulation(store, { people: options.people ?? 1500, seed: 2024 });
  const dataDir = mkdtempSync(join(tmpdir(), 'pshb-demo-'));
  const server = await serve(store, { port: await freePort(), host: '127.0.0.1', dataDir, dev: true });
  return {
    url: server.url,
    webRoot,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}
