// pshb start (npm start): bring the system up with a demo population, run the transitional open
// season, print the report and say where to go next. Safe to repeat: each step skips work already done.
import type { Command } from 'commander';
import { runAutoEnrollment } from '../exchange/open-season/auto-enroll.ts';
import { buildEnrollmentReport } from '../exchange/open-season/enrollment-report.ts';
import { loadSeasonContext } from '../exchange/season-context.ts';
import { say, withStore } from './cli-context.ts';
import { DEMO_PEOPLE, PROGRAM_PEOPLE, dataDirOf, seedPopulation } from './data-commands.ts';
import { formatCount } from './output.ts';
import { formatEnrollmentReport } from './open-season-commands.ts';
import { startProgress } from './progress.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('set up the database, load a demo population, run the transitional open season and report')
    .option('--people <n>', 'covered people in the demo population', String(DEMO_PEOPLE))
    .option('--full', `the whole program: ${formatCount(PROGRAM_PEOPLE)} covered people`)
    .action(async (options: { people: string; full?: boolean }, command: Command) => {
      const people = options.full ? PROGRAM_PEOPLE : Number(options.people);
      await withStore(command, async (store) => {
        say(`Database: ${store.backend} at ${store.location}`);
        const seeded = await seedPopulation(store, {
          people,
          seed: 2024,
          catalogueName: 'pshb-2025',
          dataDir: dataDirOf(command),
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
        const report = await buildEnrollmentReport(store, context.openSeason.id, context.catalogue);
        process.stdout.write('\n' + formatEnrollmentReport(report) + '\n');
      });
      say(WHERE_NEXT);
    });
}

const WHERE_NEXT = `Where to go next:
  npx pshb person show 1              a person's eligibility and Part B standing, with the paragraphs applied
  npx pshb open-season report         this report again (add --json for machines)
  npx pshb rules evaluate docs/cases/<file>.json   decide a self-contained case
  npx pshb --help                     every command
  npm start -- --full                 the whole program (1.7 million people) in a fresh DATA_DIR`;
