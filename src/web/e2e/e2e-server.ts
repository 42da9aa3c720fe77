// Vitest global setup for the end-to-end suite: build the web app, load a small synthetic population
// with the open season run, and serve it exactly as `npm start` does (same server, development sign-in
// with the demo accounts), with the program date inside the open season. The suite's files read the
// address with inject('e2eBaseUrl'). Without Chromium the suite is skipped, except in CI, where that is
// an error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serve } from '../../cli/serve-command.ts';
import { migrateToLatest } from '../../storage/migrate.ts';
import { openStore } from '../../storage/store.ts';
import { freePort } from '../../../test-support/free-port.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import { chromiumPath } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served app, e.g. http://127.0.0.1:41234; null when Chromium is missing. */
    e2eBaseUrl: string | null;
  }
}

export const E2E_PROGRAM_DATE = '2024-11-20';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (!chromiumPath()) {
    if (process.env.CI) throw new Error('the end-to-end suite needs Chromium: apt-get install chromium');
    process.stderr.write('Chromium not found (apt-get install chromium): skipping the end-to-end suite.\n');
    project.provide('e2eBaseUrl', null);
    return;
  }
  // Built into a folder of its own, so a suite never serves (or overwrites) another checkout's build.
  const webRoot = mkdtempSync(join(tmpdir(), 'pshb-e2e-web-'));
  await build({
    configFile: resolve(import.meta.dirname, '../../../vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  process.env.PSHB_WEB_ROOT = webRoot;
  process.env.PSHB_PROGRAM_DATE = E2E_PROGRAM_DATE;
  process.env.LOG_LEVEL ??= 'warn';
  const store = await openStore({ dataDir: 'memory://' });
  await migrateToLatest(store);
  await seedPopulation(store, { people: 1500, seed: 2024 });
  const dataDir = mkdtempSync(join(tmpdir(), 'pshb-e2e-'));
  const server = await serve(store, { port: await freePort(), host: '127.0.0.1', dataDir, dev: true });
  project.provide('e2eBaseUrl', server.url);
  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(webRoot, { recursive: true, force: true });
  };
}
