// pshb start (npm start): bring the system up with a demo population, run the transitional open
// season, print the report, then serve the API with sign-in. Safe to repeat: each step skips work
// already done.
import type { Command } from 'commander';
import { addDays, type IsoDate } from '../domain/dates.ts';
import type { Environment } from '../config/configuration.ts';
import { PROGRAM_DATE_VARIABLE } from '../domain/program-clock.ts';
import { runAutoEnrollment } from '../exchange/open-season/auto-enroll.ts';
import { buildEnrollmentReport } from '../exchange/open-season/enrollment-report.ts';
import { loadSeasonContext } from '../exchange/season-context.ts';
import type { Store } from '../storage/store.ts';
import { environmentOf, openMigratedStore, say } from './cli-context.ts';
import { DEMO_PEOPLE, PROGRAM_PEOPLE, dataDirOf, seedPopulation } from './data-commands.ts';
import { formatEnrollmentReport } from './open-season-commands.ts';
import { formatCount } from './output.ts';
import { startProgress } from './progress.ts';
import { rehearseCarrierExchange } from '../exchange/carrier-exchange/rehearse-carrier-exchange.ts';
import { loadCxCatalogue } from '../exchange/cx/cx-catalogue.ts';
import { cxKeysOf } from '../exchange/cx/cx-keys.ts';
import { loadMaturityDemo } from '../exchange/cx/maturity-demo.ts';
import { rehearseSurveys, type SurveyRehearsal } from '../exchange/cx/rehearse-surveys.ts';
import { loadFieldKeyring } from '../security/field-encryption.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { loadShippedPartners } from '../exchange/partners/shipped-partners.ts';
import type { CarrierPartner } from '../domain/trading-partner.ts';
import { recordDemoStatistics } from '../support/reports/demo-statistics.ts';
import { REPORTING_PLAN } from '../support/reports/support-outputs.ts';
import { portNumber, serve } from './serve-command.ts';

interface StartCliOptions {
  people: string;
  full?: boolean;
  serve: boolean;
  port?: string;
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'set up the database, load a demo population, run the transitional open season, report, and serve the API',
    )
    .option('--people <n>', 'covered people in the demo population', String(DEMO_PEOPLE))
    .option('--full', `the whole program: ${formatCount(PROGRAM_PEOPLE)} covered people`)
    .option('--no-serve', 'stop after the report instead of serving the API')
    .option('--port <port>', 'port of the API (default PORT, else 3000)')
    .action(async (options: StartCliOptions, command: Command) => {
      const configured = environmentOf(command);
      const port = options.port === undefined ? configured.PORT : portNumber(options.port);
      const store = await openMigratedStore(command);
      try {
        await setUpDemo(store, {
          people: options.full ? PROGRAM_PEOPLE : Number(options.people),
          dataDir: dataDirOf(command),
          environment: configured,
        });
      } catch (error) {
        await store.close();
        throw error;
      }
      const environment = await withDemoProgramDate(store, configured);
      say(WHERE_NEXT);
      if (!options.serve) {
        await store.close();
        return;
      }
      await serve(store, { port, host: '127.0.0.1', dataDir: dataDirOf(command), environment });
    });
}

/**
 * The demo rehearses the transitional open season whatever the real date: unless PSHB_PROGRAM_DATE is
 * set, the program's today is the tenth day of the season, so enrollees can enroll and change plans.
 */
async function withDemoProgramDate(store: Store, environment: Environment): Promise<Environment> {
  let programDate = environment.PSHB_PROGRAM_DATE;
  if (programDate === null) {
    const { openSeason } = await loadSeasonContext(store);
    programDate = addDays(openSeason.start, 9);
  }
  say(`Program date: ${programDate} (set ${PROGRAM_DATE_VARIABLE} to choose another day).`);
  return { ...environment, PSHB_PROGRAM_DATE: programDate };
}

async function setUpDemo(
  store: Store,
  demo: { people: number; dataDir: string; environment: Environment },
): Promise<void> {
  say(`Database: ${store.backend} at ${store.location}`);
  const { people, dataDir, environment } = demo;
  const seeded = await seedPopulation(store, {
    people,
    seed: 2024,
    catalogueName: 'pshb-2025',
    dataDir,
    keys: environment,
  });
  say(
    seeded.alreadySeeded
      ? `Population: ${formatCount(seeded.people)} people already loaded.`
      : `Population: generated and loaded ${formatCount(seeded.people)} synthetic people.`,
  );
  const context = await loadSeasonContext(store);
  const progress = startProgress('Open season run', 0);
  const run = await runAutoEnrollment(store, {
    ...context,
    onProgress: (done, total) => progress.update(done, total),
  }).finally(() => progress.stop());
  say(
    run.status === 'already_completed'
      ? `Open season ${context.openSeason.id}: already run; showing the recorded result.`
      : `Open season ${context.openSeason.id}: decided ${formatCount(run.households)} households.`,
  );
  const statistics = await recordDemoStatistics(store, REPORTING_PLAN);
  say(
    statistics.alreadyPresent
      ? 'Contact-center statistics: already loaded.'
      : `Contact-center statistics: recorded a simulated open season of ${REPORTING_PLAN} (${formatCount(statistics.rows)} partner-days) for the dashboard; real ones arrive with pshb support import-statistics.`,
  );
  const programDay = environment.PSHB_PROGRAM_DATE ?? addDays(context.openSeason.start, 9);
  await rehearseDemoCarrierExchange(store, dataDir, programDay);
  say(
    (await loadMaturityDemo(store))
      ? 'CX maturity: recorded a sample FY2026 self-assessment and action plan (pshb cx action-plan --year 2026).'
      : 'CX maturity: the FY2026 self-assessment is already recorded.',
  );
  say(describeSurveys(await rehearseDemoSurveys(store, demo, programDay)));
  const report = await buildEnrollmentReport(store, context.openSeason.id, context.catalogue);
  process.stdout.write('\n' + formatEnrollmentReport(report) + '\n');
}

function rehearseDemoSurveys(
  store: Store,
  demo: { dataDir: string; environment: Environment },
  today: IsoDate,
): Promise<SurveyRehearsal> {
  const keyring = loadFieldKeyring({ env: demo.environment, dataDir: demo.dataDir });
  return rehearseSurveys(store, {
    catalogue: loadCxCatalogue(),
    keys: cxKeysOf(keyring),
    plan: caseSupportPlan(),
    today,
    now: new Date(),
  });
}

function describeSurveys(rehearsal: SurveyRehearsal): string {
  if (rehearsal.alreadyRehearsed) return 'Surveys: the demo responses are already recorded.';
  return `Surveys: invited ${formatCount(rehearsal.invited)} customers after their transactions; ${formatCount(rehearsal.answered)} SIMULATED responses recorded for the CX dashboard.`;
}

/** A few members rejected by one simulated carrier, so the exception queue has work to show. */
const DEMO_REJECTIONS = { NALC: 3 };

async function rehearseDemoCarrierExchange(store: Store, dataDir: string, asOf: IsoDate): Promise<void> {
  const carriers = loadShippedPartners()
    .map((entry) => entry.partner)
    .filter((partner): partner is CarrierPartner => partner.kind === 'carrier');
  const rehearsed = await rehearseCarrierExchange(store, {
    carriers,
    dataDir,
    asOf,
    now: new Date(),
    rejections: DEMO_REJECTIONS,
  });
  say(
    rehearsed.length === 0
      ? 'Carrier exchange: already rehearsed (pshb carrier 834 and pshb carrier respond to go on).'
      : `Carrier exchange: sent ${rehearsed.length} carriers their 834 change files; SIMULATED carriers answered with 999s (${rehearsed.reduce((sum, r) => sum + r.rejectedMembers, 0)} members rejected, now in pshb exceptions list).`,
  );
}

const WHERE_NEXT = `Where to go next (the embedded database serves one process at a time: stop the server
before running other pshb commands on it, or use DATABASE_URL):
  npx pshb person show 1              a person's eligibility and Part B standing, with the paragraphs applied
  npx pshb open-season report         this report again (add --json for machines)
  npx pshb rules evaluate docs/cases/<file>.json   decide a self-contained case
  npx pshb --help                     every command
  npm start -- --full                 the whole program (1.7 million people) in a fresh DATA_DIR
  npm start -- --no-serve             set up and report without starting the API`;
