// The web app as a user meets it, started in-process for the end-to-end suite and the page budget:
// built into a folder of its own, a small synthetic population with the open season run, served as
// `npm start` serves it (development sign-in with the demo accounts), the program date inside the open
// season, and a few survey invitations with known tokens (demo-survey.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serve } from '../../src/cli/serve-command.ts';
import { readEnvironment } from '../../src/config/configuration.ts';
import type { Catalogue, PlanOption } from '../../src/domain/catalogue.ts';
import { saveCatalogue } from '../../src/exchange/catalogue/index.ts';
import { loadShippedCatalogue } from '../../src/reference-data.ts';
import { recordDemoStatistics } from '../../src/support/reports/demo-statistics.ts';
import { REPORTING_PLAN } from '../../src/support/reports/support-outputs.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { openStore } from '../../src/storage/store.ts';
import { freePort } from '../free-port.ts';
import { seedPopulation } from '../seed-population.ts';
import { recordDemoCx } from './demo-cx.ts';
import { recordDemoExchange } from './demo-exchange.ts';
import { recordDemoSurveyInvitations } from './demo-survey.ts';

export const DEMO_PROGRAM_DATE = '2024-11-20';

export interface DemoApp {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** The built app's folder. */
  readonly webRoot: string;
  close(): Promise<void>;
}

export interface DemoAppOptions {
  readonly people?: number;
  /**
   * Regional options added to the shipped catalogue, as a newer catalogue version in force (for
   * measuring a plan comparison larger than the shipped 16 options, 48 offers).
   */
  readonly extraSyntheticOptions?: number;
}

export async function startDemoApp(options: DemoAppOptions = {}): Promise<DemoApp> {
  // Its own build folder, so a run never serves (or overwrites) another checkout's build.
  const webRoot = mkdtempSync(join(tmpdir(), 'pshb-web-'));
  // Vite's build sets NODE_ENV=production when unset, which the development sign-in refuses to run under.
  const nodeEnv = process.env.NODE_ENV;
  await build({
    configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  // The demo app's own configuration, as an entry point reads it: its build, its day, quiet logs.
  const environment = readEnvironment({
    ...process.env,
    PSHB_WEB_ROOT: webRoot,
    PSHB_PROGRAM_DATE: DEMO_PROGRAM_DATE,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // The screens show the demo exchange as recorded: a carrier's change file written on the wall
    // clock's schedule in the middle of a run would add rows the tests do not expect.
    PSHB_EXCHANGE_JOBS: 'off',
  });
  const store = await openStore({ dataDir: 'memory://' });
  await migrateToLatest(store);
  await seedPopulation(store, { people: options.people ?? 1500, seed: 2024 });
  await recordDemoStatistics(store, REPORTING_PLAN);
  await recordDemoExchange(store);
  await recordDemoCx(store);
  await recordDemoSurveyInvitations(store);
  if (options.extraSyntheticOptions)
    await saveCatalogue(store, widerCatalogue(options.extraSyntheticOptions));
  const dataDir = mkdtempSync(join(tmpdir(), 'pshb-demo-'));
  const server = await serve(store, {
    port: await freePort(),
    host: '127.0.0.1',
    dataDir,
    dev: true,
    environment,
  });
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

const STATES = [
  'CA',
  'TX',
  'FL',
  'NY',
  'PA',
  'IL',
  'OH',
  'GA',
  'NC',
  'MI',
  'NJ',
  'VA',
  'WA',
  'AZ',
  'MA',
  'TN',
];

/** The shipped catalogue with `count` more synthetic regional options, each a priced variant of one. */
function widerCatalogue(count: number): Catalogue {
  const shipped = loadShippedCatalogue();
  const model = shipped.options.find((o) => o.program === 'PSHB' && o.serviceArea === 'regional');
  if (!model) throw new Error('the shipped catalogue has no regional PSHB option to copy');
  const scaled = (cents: number, i: number) => Math.round(cents * (1 + (i % 7) * 0.03));
  const extra: PlanOption[] = Array.from({ length: count }, (_, i) => {
    const planCode = `W${i.toString(36).toUpperCase().padStart(2, '0')}`;
    const state = STATES[i % STATES.length] ?? 'CA';
    const premiums = Object.fromEntries(
      Object.entries(model.premiums).map(([type, premium]) => {
        const suffix = premium.enrollmentCode.slice(-1);
        const shares = (p: typeof premium.biweekly) => ({
          total: scaled(p.government, i) + scaled(p.enrollee, i),
          government: scaled(p.government, i),
          enrollee: scaled(p.enrollee, i),
        });
        return [
          type,
          {
            enrollmentCode: `${planCode}${suffix}`,
            biweekly: shares(premium.biweekly),
            monthly: shares(premium.monthly),
          },
        ];
      }),
    );
    return {
      ...model,
      carrierCode: `SYNW${i % 5}`,
      carrierName: `Synthetic Regional Carrier ${(i % 5) + 1} (synthetic carrier)`,
      planCode,
      optionCode: '1',
      planName: `Synthetic Regional Plan ${i + 1} (${state})`,
      regions: [state],
      premiums,
      source: 'synthetic',
      sourceNote:
        'Synthetic: a variant of a shipped synthetic option, for measuring a larger plan comparison.',
    };
  });
  return {
    ...shipped,
    version: `${shipped.version}-wider-${count}`,
    options: [...shipped.options, ...extra],
  };
}
