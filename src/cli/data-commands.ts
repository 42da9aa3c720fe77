// pshb migrate / seed / import: set up the database and bring data into it.
import { executorOf } from '../storage/executor.ts';
import { fillSyntheticAddresses } from '../storage/exchange/person-addresses.ts';
import type { KeyringSource } from '../security/field-encryption.ts';
import { fieldKeyringFor } from '../security/ssn-at-rest.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { parseCatalogueCsv, saveCatalogue } from '../exchange/catalogue/index.ts';
import { restrictGeneratedRosters, writeRoster } from '../exchange/population/index.ts';
import { importRoster } from '../exchange/roster/index.ts';
import { fileBytes } from '../exchange/roster/text-file.ts';
import { chooseOpenSeason, storedCatalogue } from '../exchange/season-context.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../reference-data.ts';
import type { AppRoleReport } from '../storage/database-roles.ts';
import type { Store } from '../storage/store.ts';
import { environmentOf, migrateAndOpen, say, withStore, type GlobalOptions } from './cli-context.ts';
import { formatCount, printJson } from './output.ts';
import { startProgress } from './progress.ts';

export const DEMO_PEOPLE = 20_000;
export const PROGRAM_PEOPLE = 1_700_000;

export function registerDataCommands(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (numbered, forward-only migrations)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      // Opening as the app role afterwards checks that the app can connect with its privileges.
      const { store, report } = await migrateAndOpen(command);
      const appLocation = store.location;
      await store.close();
      if (options.json) return printJson(report);
      say(report.applied.length ? `Applied: ${report.applied.join(', ')}` : 'The schema is up to date.');
      if (report.appRole) say(describeAppRole(report.appRole, appLocation));
    });

  program
    .command('seed')
    .description('load the shipped plan catalogue and a synthetic population (deterministic for a seed)')
    .option(
      '--people <n>',
      `covered people to generate (demo ${formatCount(DEMO_PEOPLE)})`,
      String(DEMO_PEOPLE),
    )
    .option('--full', `the whole program: ${formatCount(PROGRAM_PEOPLE)} covered people`)
    .option('--seed <n>', 'random seed of the generator', '2024')
    .option('--catalogue <name>', 'shipped catalogue to load', 'pshb-2025')
    .option('--json', 'print the result as JSON')
    .action(async (options: SeedCliOptions, command: Command) => {
      const people = options.full ? PROGRAM_PEOPLE : wholeNumber('--people', options.people);
      const seed = wholeNumber('--seed', options.seed);
      const result = await withStore(command, (store) =>
        seedPopulation(store, {
          people,
          seed,
          catalogueName: options.catalogue,
          dataDir: dataDirOf(command),
          keys: environmentOf(command),
        }),
      );
      if (options.json) printJson(result);
      else say(describeSeed(result));
    });

  const importCommand = program
    .command('import')
    .description('import data files (validated first: a bad file changes nothing)');
  importCommand
    .command('roster')
    .argument('<file>', 'roster CSV (format: docs/data.md)')
    .description('import covered people, their December 31 FEHB enrollment, evidence and elections')
    .option('--season <id>', 'open season the elections belong to (default: the transitional one)')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { season?: string; json?: boolean }, command: Command) => {
      const result = await withStore(command, async (store) => {
        const calendar = loadProgramCalendar();
        const progress = startProgress('Importing roster', 0);
        try {
          return await importRoster(store, file, {
            catalogue: await storedCatalogue(store),
            openSeasonId: chooseOpenSeason(calendar, options.season).id,
            heldOn: calendar.fehbPostalCoverageEnds,
            fieldKeyring: fieldKeyringFor(store, environmentOf(command)),
            onProgress: (rows: number) => progress.update(rows, Math.max(rows, 1)),
          });
        } finally {
          progress.stop();
        }
      });
      if (options.json) printJson(result);
      else say(`Imported ${file}: ${JSON.stringify(result)}`);
    });
  importCommand
    .command('catalogue')
    .description('import a plan catalogue from CSV files (format: docs/data.md)')
    .requiredOption('--options <file>', 'plan options and premiums CSV, one row per enrollment code')
    .requiredOption('--crosswalk <file>', "OPM's FEHB-to-PSHB crosswalk CSV")
    .requiredOption('--version <version>', 'version of this catalogue')
    .requiredOption('--source <text>', 'where the data comes from')
    .option('--contract-year <year>', 'the PSHB contract year', '2025')
    .option('--json', 'print the result as JSON')
    .action(async (options: CatalogueCliOptions, command: Command) => {
      const catalogue = await parseCatalogueCsv(
        {
          id: `pshb-${options.contractYear}`,
          version: options.version,
          source: options.source,
          contractYear: wholeNumber('--contract-year', options.contractYear),
        },
        {
          options: fileBytes(options.options),
          crosswalk: fileBytes(options.crosswalk),
        },
      );
      const outcome = await withStore(command, (store) => saveCatalogue(store, catalogue));
      const result = { version: catalogue.version, options: catalogue.options.length, outcome };
      if (options.json) printJson(result);
      else say(`Catalogue ${catalogue.version} (${catalogue.options.length} plan options): ${outcome}.`);
    });
}

interface SeedCliOptions {
  people: string;
  full?: boolean;
  seed: string;
  catalogue: string;
  json?: boolean;
}

interface CatalogueCliOptions {
  options: string;
  crosswalk: string;
  version: string;
  source: string;
  contractYear: string;
  json?: boolean;
}

export interface SeedResult {
  readonly catalogueVersion: string;
  readonly people: number;
  readonly households: number;
  readonly rosterFile: string | null;
  readonly alreadySeeded: boolean;
}

/** Loads the catalogue and a generated roster; a database that already has people is left alone. */
export async function seedPopulation(
  store: Store,
  options: {
    people: number;
    seed: number;
    catalogueName: string;
    dataDir: string;
    keys: KeyringSource['env'];
  },
): Promise<SeedResult> {
  restrictGeneratedRosters(options.dataDir);
  const catalogue = loadShippedCatalogue(options.catalogueName);
  await saveCatalogue(store, catalogue);
  const existing = await countPeople(store);
  if (existing.people > 0) {
    await fillSyntheticAddresses(executorOf(store));
    return { catalogueVersion: catalogue.version, ...existing, rosterFile: null, alreadySeeded: true };
  }
  const calendar = loadProgramCalendar();
  mkdirSync(options.dataDir, { recursive: true });
  const rosterFile = join(options.dataDir, `roster-${options.people}-seed-${options.seed}.csv`);
  const generating = startProgress('Generating people', options.people);
  const generated = await writeRoster(
    rosterFile,
    { people: options.people, seed: options.seed, catalogue, calendar },
    (done: number) => generating.update(done),
  ).finally(() => generating.stop());
  const importing = startProgress('Loading people', generated.people);
  await importRoster(store, rosterFile, {
    catalogue,
    openSeasonId: chooseOpenSeason(calendar).id,
    heldOn: calendar.fehbPostalCoverageEnds,
    fieldKeyring: fieldKeyringFor(store, options.keys),
    onProgress: (rows: number) => importing.update(rows),
  }).finally(() => importing.stop());
  // The roster holds no street addresses; the carrier files need one for every enrollee.
  await fillSyntheticAddresses(executorOf(store));
  return {
    catalogueVersion: catalogue.version,
    people: generated.people,
    households: generated.households,
    rosterFile,
    alreadySeeded: false,
  };
}

async function countPeople(store: Store): Promise<{ people: number; households: number }> {
  const row = await store.db
    .selectFrom('person')
    .select((eb) => [
      eb.fn.countAll<number>().as('people'),
      eb.fn.count<number>('id').filterWhereRef('id', '=', 'household_id').as('households'),
    ])
    .executeTakeFirstOrThrow();
  return { people: Number(row.people), households: Number(row.households) };
}

function describeSeed(result: SeedResult): string {
  if (result.alreadySeeded) {
    return `The database already holds ${formatCount(result.people)} people in ${formatCount(result.households)} households; nothing generated.`;
  }
  return (
    `Loaded catalogue ${result.catalogueVersion} and ${formatCount(result.people)} people in ` +
    `${formatCount(result.households)} households (roster kept at ${result.rosterFile}).`
  );
}

export function dataDirOf(command: Command): string {
  return command.optsWithGlobals<GlobalOptions>().dataDir ?? environmentOf(command).DATA_DIR;
}

function wholeNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new PshbError('INVALID_INPUT', `${flag}: "${text}" is not a whole number`);
  }
  return value;
}

function describeAppRole(role: AppRoleReport, appLocation: string): string {
  return (
    `App role ${role.role}${role.created ? ' (created)' : ''} in schema ${role.schema}: read and add only on ` +
    `${role.appendOnly.join(', ')}; read, add, change and delete on ${role.readWrite.length} other tables; ` +
    `owns nothing. The app connects as ${appLocation}.`
  );
}
