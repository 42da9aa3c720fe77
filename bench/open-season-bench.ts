// One backend's run of the whole transitional open season: generate the population, load it,
// auto-enroll, report. Prints one JSON line with seconds and peak memory per phase. Run by
// bench/run.ts in a process of its own so each backend's memory is measured alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runAutoEnrollment } from '../src/exchange/open-season/auto-enroll.ts';
import { buildEnrollmentReport } from '../src/exchange/open-season/enrollment-report.ts';
import { saveCatalogue } from '../src/exchange/catalogue/index.ts';
import { writeRoster } from '../src/exchange/population/index.ts';
import { importRoster } from '../src/exchange/roster/index.ts';
import { chooseOpenSeason } from '../src/exchange/season-context.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../src/reference-data.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { openStore, type Backend, type Store } from '../src/storage/store.ts';

export interface PhaseResult {
  readonly phase: string;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly rows?: number;
}

export interface BackendResult {
  readonly backend: Backend;
  readonly people: number;
  readonly phases: readonly PhaseResult[];
  /** Seconds to COPY one million narrow rows on this backend, measured in the same run. */
  readonly copyFloorSecondsPerMillion: number;
  readonly rowsWrittenByAutoEnroll: number;
  readonly overallPeakRssMb: number;
}

/** Runs `work`, sampling resident memory so the phase's own peak is known. */
async function phase<T>(
  name: string,
  work: () => Promise<T>,
  rows?: (result: T) => number,
): Promise<[T, PhaseResult]> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const started = performance.now();
  try {
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage.rss());
    const counted = rows?.(result);
    return [
      result,
      {
        phase: name,
        seconds,
        peakRssMb: peak / 2 ** 20,
        ...(counted === undefined ? {} : { rows: counted }),
      },
    ];
  } finally {
    clearInterval(timer);
  }
}

export async function openBenchStore(
  backend: Backend,
  folder: string,
  database = 'pshb_bench',
): Promise<Store> {
  if (backend === 'pglite') return openStore({ dataDir: join(folder, 'data') });
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${database}`);
  await admin.query(`create database ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return openStore({ databaseUrl: url.toString() });
}

/** A database an earlier step of the same run made with openBenchStore. */
export function openExistingBenchStore(database: string): Promise<Store> {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return openStore({ databaseUrl: url.toString() });
}

/** COPY of one million rows of a narrow enrollment-like table: the floor the run is measured against. */
export async function measureCopyFloor(store: Store): Promise<number> {
  await store.db.schema
    .createTable('bench_copy_floor')
    .ifNotExists()
    .addColumn('person_id', 'bigint')
    .addColumn('enrollment_code', 'text')
    .addColumn('effective_on', 'date')
    .execute();
  const rows = 1_000_000;
  const chunks = function* (): Generator<string> {
    for (let start = 0; start < rows; start += 100_000) {
      let text = '';
      for (let i = start; i < start + 100_000; i++) text += `${i},35A,2025-01-01\n`;
      yield text;
    }
  };
  const started = performance.now();
  await store.transaction((tx) =>
    tx.copyCsv(
      'bench_copy_floor',
      ['person_id', 'enrollment_code', 'effective_on'],
      (async function* () {
        yield* chunks();
      })(),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  await store.db.schema.dropTable('bench_copy_floor').execute();
  return seconds;
}

export async function benchOpenSeason(backend: Backend, people: number, seed = 2024): Promise<BackendResult> {
  const folder = mkdtempSync(join(tmpdir(), `pshb-bench-${backend}-`));
  const rosterPath = join(folder, 'roster.csv');
  const calendar = loadProgramCalendar();
  const openSeason = chooseOpenSeason(calendar);
  const catalogue = loadShippedCatalogue();
  const phases: PhaseResult[] = [];
  const store = await openBenchStore(backend, folder);
  try {
    await migrateToLatest(store);
    const [generated, generatePhase] = await phase(
      'generate',
      () => writeRoster(rosterPath, { people, seed, catalogue, calendar }),
      (r) => r.people,
    );
    phases.push(generatePhase);
    const [, loadPhase] = await phase(
      'load',
      async () => {
        await saveCatalogue(store, catalogue);
        return importRoster(store, rosterPath, {
          catalogue,
          openSeasonId: openSeason.id,
          heldOn: calendar.fehbPostalCoverageEnds,
        });
      },
      () => generated.people,
    );
    phases.push(loadPhase);
    const [summary, enrollPhase] = await phase(
      'auto-enroll',
      () => runAutoEnrollment(store, { calendar, openSeason, catalogue }),
      (s) => s.households,
    );
    phases.push(enrollPhase);
    const [, reportPhase] = await phase('report', () =>
      buildEnrollmentReport(store, openSeason.id, catalogue),
    );
    phases.push(reportPhase);
    const rowsWritten = await countRowsWritten(store);
    const copyFloor = await measureCopyFloor(store);
    void summary;
    return {
      backend,
      people,
      phases,
      copyFloorSecondsPerMillion: copyFloor,
      rowsWrittenByAutoEnroll: rowsWritten,
      overallPeakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function countRowsWritten(store: Store): Promise<number> {
  const [events, decisions] = await Promise.all([
    store.db
      .selectFrom('enrollment_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    store.db
      .selectFrom('coverage_decision')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return Number(events.n) + Number(decisions.n);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const backend = (process.argv[2] ?? 'pglite') as Backend;
  const people = Number(process.argv[3] ?? 1_700_000);
  const result = await benchOpenSeason(backend, people);
  process.stdout.write(JSON.stringify(result) + '\n');
}
