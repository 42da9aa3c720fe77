// The carrier data exchange at program scale on PostgreSQL (issue 12): every carrier's monthly audit
// file written and read back, a day of changes, and a carrier's membership reconciled. Prints one JSON
// line; bench/run.ts --exchange prints it against the targets and the floors measured in the same run:
// the COPY floor of the database and the disk's write speed.
// Usage: node --import tsx bench/exchange-bench.ts seed PEOPLE | run PEOPLE [CHANGES] [SETUP]
//        | reconcile-file PEOPLE CARRIER OUT | reconcile PEOPLE CARRIER FILE [RUNS] [SETUP]
//        (the last two: a carrier's reconciliation alone, on the seeded database)
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgencyPartner, CarrierPartner } from '../src/domain/trading-partner.ts';
import { ingestMedicareResponse } from '../src/exchange/medicare/ingest-medicare-response.ts';
import { simulateMedicareResponse } from '../src/exchange/medicare/simulate-medicare-response.ts';
import { writeMedicareRequest } from '../src/exchange/medicare/write-medicare-request.ts';
import { fieldKeyringFor } from '../src/security/ssn-at-rest.ts';
import { programClock } from '../src/domain/program-clock.ts';
import { readSharedChangeEvents } from '../src/exchange/carrier-exchange/carrier-feed.ts';
import { reconcileCarrier } from '../src/exchange/carrier-exchange/reconcile-carrier.ts';
import {
  writeCarrierFile,
  type CarrierFileResult,
} from '../src/exchange/carrier-exchange/write-carrier-file.ts';
import { aFewAtATime } from '../src/exchange/delivery/a-few-at-a-time.ts';
import { FILES_AT_ONCE } from '../src/exchange/delivery/exchange-jobs.ts';
import { saveCatalogue } from '../src/exchange/catalogue/index.ts';
import { lifecycleContextFor, recordTransition } from '../src/exchange/lifecycle/index.ts';
import { runAutoEnrollment } from '../src/exchange/open-season/auto-enroll.ts';
import { loadShippedPartners } from '../src/exchange/partners/shipped-partners.ts';
import { writeRoster } from '../src/exchange/population/index.ts';
import { importRoster } from '../src/exchange/roster/index.ts';
import { chooseOpenSeason, loadSeasonContext, type SeasonContext } from '../src/exchange/season-context.ts';
import { READ_CHUNK_BYTES, readInterchangeBatches } from '../src/exchange/x12/read-interchange.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../src/reference-data.ts';
import type { Catalogue } from '../src/domain/catalogue.ts';
import { fillSyntheticAddresses } from '../src/storage/exchange/person-addresses.ts';
import { executorOf } from '../src/storage/executor.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import type { Store } from '../src/storage/store.ts';
import type { ExchangeBenchResult, ExchangePhase } from './exchange-report.ts';
import { measureCopyFloor, openBenchStore, openExistingBenchStore } from './open-season-bench.ts';

const AS_OF = '2025-01-01';
const MEDICARE_DAY = '2025-02-03';
/** During the transitional open season: an enrollee may change plans (5 CFR 890.1606(e)). */
const CHANGE_DAY = '2024-11-20';

/** Runs `work` and samples resident memory, so the phase's own peak is known. */
async function measured<T>(name: string, work: () => Promise<T>): Promise<[T, ExchangePhase]> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const peakRssMb = Math.max(peak, process.memoryUsage.rss()) / 2 ** 20;
    return [result, { phase: name, seconds, cpuSeconds, peakRssMb }];
  } finally {
    clearInterval(timer);
  }
}

/** The disk's sequential write speed: 256 MB in 1 MB writes, synced. */
async function diskWriteSpeed(folder: string): Promise<number> {
  const path = join(folder, 'disk-floor.bin');
  const block = Buffer.alloc(1 << 20, 65);
  const started = performance.now();
  const handle = await open(path, 'w');
  for (let i = 0; i < 256; i++) await handle.write(block);
  await handle.sync();
  await handle.close();
  const seconds = (performance.now() - started) / 1000;
  rmSync(path);
  return 256 / seconds;
}

async function seed(store: Store, folder: string, people: number): Promise<void> {
  const calendar = loadProgramCalendar();
  const openSeason = chooseOpenSeason(calendar);
  const catalogue = loadShippedCatalogue();
  await migrateToLatest(store);
  const roster = join(folder, 'roster.csv');
  await writeRoster(roster, { people, seed: 2024, catalogue, calendar });
  await saveCatalogue(store, catalogue);
  await importRoster(store, roster, {
    catalogue,
    openSeasonId: openSeason.id,
    heldOn: calendar.fehbPostalCoverageEnds,
  });
  rmSync(roster);
  await runAutoEnrollment(store, { calendar, openSeason, catalogue });
  await fillSyntheticAddresses(executorOf(store));
  // A live database has long been vacuumed and analyzed by autovacuum; this PostgreSQL may run without
  // it, so the bench does it once the load is done (index-only scans need the visibility map).
  await executorOf(store).query('vacuum analyze');
}

function carriers(): CarrierPartner[] {
  return loadShippedPartners()
    .map((entry) => entry.partner)
    .filter((p): p is CarrierPartner => p.kind === 'carrier');
}

export async function writeFiles(
  store: Store,
  folder: string,
  kind: 'audit' | 'changes',
  asOf: string,
): Promise<CarrierFileResult[]> {
  const partners = carriers();
  // A day's events are read once for every carrier's change file, as the scheduled jobs do.
  const sharedChanges =
    kind === 'changes'
      ? await readSharedChangeEvents(
          store,
          partners.map((p) => p.carrierCode),
        )
      : null;
  // As many files at once as the scheduled jobs write (src/exchange/delivery/exchange-jobs.ts).
  return aFewAtATime(partners, FILES_AT_ONCE[kind], (partner) => {
    const out = join(folder, `${partner.carrierCode}-${kind}-${asOf}.834`);
    return writeCarrierFile(store, { partner, kind, asOf, out, now: new Date(), sharedChanges });
  });
}

/** Every segment of every file read back through the exchange's own reader, envelopes checked. */
async function readBack(files: readonly string[]): Promise<number> {
  let segments = 0;
  for (const file of files) {
    const chunks = createReadStream(file, {
      encoding: 'utf8',
      highWaterMark: READ_CHUNK_BYTES,
    }) as AsyncIterable<string>;
    for await (const batch of readInterchangeBatches(chunks)) segments += batch.length;
  }
  return segments;
}

/** Enrollees and their codes, every k-th, so the changes fall on every carrier. */
async function enrolleesToChange(store: Store, count: number): Promise<{ personId: number; code: string }[]> {
  const rows = await store.db
    .selectFrom('enrollment_event')
    .select(['person_id', 'enrollment_code'])
    .where('event_type', '=', 'automatic_enrollment')
    .orderBy('person_id')
    .execute();
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((r) => ({ personId: Number(r.person_id), code: String(r.enrollment_code) }));
}

/** Another carrier's option of the same enrollment type, so the change tells two carriers. */
function otherCoverage(catalogue: Catalogue, code: string, turn: number) {
  const pshb = catalogue.options.filter((o) => o.program === 'PSHB' && o.serviceArea === 'nationwide');
  const current = pshb.find((o) => Object.values(o.premiums).some((p) => p?.enrollmentCode === code));
  const type = (Object.entries(current?.premiums ?? {}).find(([, p]) => p?.enrollmentCode === code)?.[0] ??
    'self_only') as 'self_only' | 'self_plus_one' | 'self_and_family';
  const others = pshb.filter((o) => o.carrierCode !== current?.carrierCode && o.premiums[type]);
  const target = others[turn % others.length]!;
  return {
    enrollmentCode: target.premiums[type]!.enrollmentCode,
    planCode: target.planCode,
    optionCode: target.optionCode,
    enrollmentType: type,
  };
}

/** A day of open season plan changes, each through the lifecycle like an enrollee's own. */
export async function recordChanges(store: Store, season: SeasonContext, count: number): Promise<number> {
  const clock = programClock(CHANGE_DAY, () => new Date());
  let recorded = 0;
  const people = await enrolleesToChange(store, count);
  const work = people.map((person, turn) => async () => {
    const context = await lifecycleContextFor(store, person.personId, 'open_season_change', season, clock);
    const request = {
      action: 'open_season_change' as const,
      actor: { id: `enrollee:${person.personId}`, role: 'enrollee' as const },
      reason: 'benchmark: open season plan change',
      requestedOn: CHANGE_DAY,
      openSeasonId: season.openSeason.id,
      coverage: otherCoverage(season.catalogue, person.code, turn),
    };
    try {
      await store.transaction((tx) =>
        recordTransition(tx, { personId: person.personId, request, ifMatch: null }, context),
      );
      recorded += 1;
    } catch {
      // An enrollee the rules refuse (e.g. not enrolled) is skipped; the count says how many were recorded.
    }
  });
  for (let i = 0; i < work.length; i += 16) await Promise.all(work.slice(i, i + 16).map((w) => w()));
  return recorded;
}

/** The Medicare verification round trip with CMS: request written, answered by the simulator, ingested. */
async function medicareRoundTrip(store: Store, folder: string): Promise<ExchangePhase[]> {
  const partner = loadShippedPartners()
    .map((entry) => entry.partner)
    .find((p): p is AgencyPartner => p.kind === 'agency' && p.agencyCode === 'CMS')!;
  const request = join(folder, 'medicare-request.txt');
  const response = join(folder, 'medicare-response.txt');
  const keyring = fieldKeyringFor(store);
  const [written, requestPhase] = await measured('Medicare request written', () =>
    writeMedicareRequest(store, { partner, asOf: MEDICARE_DAY, out: request, now: new Date(), keyring }),
  );
  const [, answerPhase] = await measured(
    'Medicare response simulated (the agency, not timed in the round trip)',
    () => simulateMedicareResponse(store, { request, out: response, seed: 1, now: new Date() }),
  );
  const [ingested, ingestPhase] = await measured(
    'Medicare response ingested, rules re-evaluated, reviews opened',
    () =>
      ingestMedicareResponse(store, {
        path: response,
        fileName: 'medicare-response.txt',
        receivedOn: MEDICARE_DAY,
        now: new Date(),
      }),
  );
  return [
    { ...requestPhase, members: written.people, megabytes: written.bytes / 2 ** 20 },
    { ...answerPhase, members: written.people },
    { ...ingestPhase, members: ingested.lines, events: ingested.removalReviewsOpened },
  ];
}

const sum = (results: readonly CarrierFileResult[], key: 'members' | 'events' | 'bytes') =>
  results.reduce((total, r) => total + r[key], 0);

const DATABASE = process.env.EXCHANGE_BENCH_DATABASE ?? 'pshb_exchange_bench';

/** A new database with the population enrolled; run in a process of its own so its memory is not counted. */
export async function seedExchangeBench(people: number): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-exchange-seed-'));
  const store = await openBenchStore('postgres', folder, DATABASE);
  try {
    const started = performance.now();
    await seed(store, folder, people);
    return (performance.now() - started) / 1000;
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The phases, on the database `seedExchangeBench` made. */
export async function benchExchange(
  people: number,
  changes: number,
  setupSeconds: number,
): Promise<ExchangeBenchResult> {
  return withFloors(people, setupSeconds, async (store, folder) => {
    const season = await loadSeasonContext(store);
    const phases: ExchangePhase[] = [];
    const [audits, write] = await measured('audit files written', () =>
      writeFiles(store, folder, 'audit', AS_OF),
    );
    const auditMb = sum(audits, 'bytes') / 2 ** 20;
    phases.push({ ...write, members: sum(audits, 'members'), megabytes: auditMb });
    const [segments, read] = await measured('audit files read back', () =>
      readBack(audits.filter((a) => a.written).map((a) => a.out)),
    );
    phases.push({ ...read, megabytes: auditMb, events: segments });

    const [initial, first] = await measured('first change files (the whole open season)', () =>
      writeFiles(store, folder, 'changes', CHANGE_DAY),
    );
    phases.push({ ...first, events: sum(initial, 'events'), members: sum(initial, 'members') });
    const recorded = await recordChanges(store, season, changes);
    const [day, daily] = await measured(`change files for a day of ${recorded} plan changes`, () =>
      writeFiles(store, folder, 'changes', '2024-11-21'),
    );
    phases.push({ ...daily, events: sum(day, 'events'), members: sum(day, 'members') });

    const largest = audits.reduce((a, b) => (b.members > a.members ? b : a));
    phases.push(await measuredReconciliation(store, largest.partner, largest.out, ''));
    phases.push(...(await medicareRoundTrip(store, folder)));
    return { carriers: audits.length, phases };
  });
}

/** `work` on the seeded database, in a folder of its own, with the floors measured first in the same run. */
async function withFloors(
  people: number,
  setupSeconds: number,
  work: (store: Store, folder: string) => Promise<Pick<ExchangeBenchResult, 'carriers' | 'phases'>>,
): Promise<ExchangeBenchResult> {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-exchange-bench-'));
  const store = await openExistingBenchStore(DATABASE);
  try {
    const copyFloor = await measureCopyFloor(store);
    const disk = await diskWriteSpeed(folder);
    const { carriers, phases } = await work(store, folder);
    return {
      people,
      carriers,
      setupSeconds,
      copyFloorSecondsPerMillion: copyFloor,
      diskWriteMbPerSecond: disk,
      phases,
    };
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A carrier's reconciliation of its own 834 audit `file`, measured. */
async function measuredReconciliation(
  store: Store,
  carrierCode: string,
  file: string,
  label: string,
): Promise<ExchangePhase> {
  const [reconciled, phase] = await measured(`reconcile ${carrierCode} (its 834 audit)${label}`, () =>
    reconcileCarrier(store, {
      carrierCode,
      asOf: AS_OF,
      today: '2025-01-10',
      fileName: file,
      path: file,
      now: () => new Date(),
    }),
  );
  return { ...phase, members: reconciled.carrierMembers, megabytes: statSync(file).size / 2 ** 20 };
}

/** The carrier's own 834 audit written to `out` (the file a reconciliation alone reads), not timed. */
export async function writeReconcileFile(carrierCode: string, out: string): Promise<void> {
  const store = await openExistingBenchStore(DATABASE);
  try {
    const partner = carriers().find((p) => p.carrierCode === carrierCode);
    if (!partner) throw new Error(`no shipped carrier ${carrierCode}`);
    await writeCarrierFile(store, { partner, kind: 'audit', asOf: AS_OF, out, now: new Date() });
  } finally {
    await store.close();
  }
}

/**
 * The reconciliation alone, `runs` times, on the database `seedExchangeBench` made, of the file
 * `writeReconcileFile` wrote in a process of its own (so its memory is not counted).
 */
export async function benchReconcileAlone(
  people: number,
  carrierCode: string,
  runs: number,
  file: string,
  setupSeconds: number,
): Promise<ExchangeBenchResult> {
  return withFloors(people, setupSeconds, async (store) => {
    const phases: ExchangePhase[] = [];
    for (let run = 1; run <= runs; run++)
      phases.push(await measuredReconciliation(store, carrierCode, file, `, run ${run}`));
    return { carriers: 1, phases };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'seed')
    process.stdout.write(JSON.stringify({ setupSeconds: await seedExchangeBench(Number(args[0])) }) + '\n');
  else if (command === 'reconcile-file') {
    await writeReconcileFile(args[1]!, args[2]!);
    process.stdout.write(JSON.stringify({ file: args[2] }) + '\n');
  } else if (command === 'reconcile') {
    const [people, carrier, file, runs, setup] = args;
    const result = await benchReconcileAlone(
      Number(people),
      carrier!,
      Number(runs ?? 1),
      file!,
      Number(setup ?? 0),
    );
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    const [people, changes, setup] = args;
    const result = await benchExchange(Number(people), Number(changes ?? 20_000), Number(setup ?? 0));
    process.stdout.write(JSON.stringify(result) + '\n');
  }
}
