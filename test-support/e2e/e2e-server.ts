// Vitest global setup for the end-to-end suite: one demo app (demo-app.ts) for every journey file,
// which reads its address with inject('e2eBaseUrl'). Without Chromium the suite is skipped, except in
// CI, where that is an error.
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.ts';
import { startDemoApp } from './demo-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served app, e.g. http://127.0.0.1:41234; null when Chromium is missing. */
    e2eBaseUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (!chromiumPath()) {
    if (process.env.CI) throw new Error('the end-to-end suite needs Chromium: apt-get install chromium');
    process.stderr.write('Chromium not found (apt-get install chromium): skipping the end-to-end suite.\n');
    project.provide('e2eBaseUrl', null);
    return;
  }
  const app = await startDemoApp();
  project.provide('e2eBaseUrl', app.url);
  return () => app.close();
}
