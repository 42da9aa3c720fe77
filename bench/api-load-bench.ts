// The API under the load of the first morning of open season, on PostgreSQL: enrollees signed in,
// comparing plans, reading their household's eligibility with its explanation, and making their
// elections. A fresh database is seeded as `npm start -- --no-serve` does, the real `pshb serve` runs
// in a process of its own on loopback, and autocannon drives it. Prints one JSON line with the
// throughput, latency and errors of each phase. Run by bench/run.ts (--api), or alone:
//   node --import tsx bench/api-load-bench.ts [--people 200000] [--seconds 10] [--runs 3]
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { sql } from 'kysely';
import pg from 'pg';
import { chooseOpenSeason } from '../src/exchange/season-context.ts';
import { loadProgramCalendar } from '../src/reference-data.ts';
import { SESSION_COOKIE, createSession } from '../src/security/sessions.ts';
import { saveUserAccount } from '../src/security/user-accounts.ts';
import { openStore, type Store } from '../src/storage/store.ts';
import { freePort } from '../test-support/free-port.ts';
import { percentile, steadyLoad, type TimedRequest } from './steady-load.ts';

export const API_TARGETS = {
  reads: { requestsPerSecond: 5_000, p99Ms: 50 },
  elections: { requestsPerSecond: 1_000, p99Ms: 100 },
} as const;

export type ApiPhaseName =
  'plan comparison' | 'eligibility' | 'floor' | 'elections' | 'elections with surveys';

export interface ApiRun {
  readonly requests: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  /** Responses by status code, to tell a refusal from a failure. */
  readonly statuses: Readonly<Record<string, number>>;
}

export interface ApiPhaseResult {
  readonly phase: ApiPhaseName;
  readonly route: string;
  readonly connections: number;
  readonly target: { readonly requestsPerSecond: number; readonly p99Ms: number };
  /** Every measured run, in order; the phase is judged on the median run. */
  readonly runs: readonly ApiRun[];
  readonly median: ApiRun;
}

export interface ApiBenchResult {
  readonly people: number;
  /** Processes serving the API (pshb serve --workers) and the floor. */
  readonly workers: number;
  /** The median of the per-run percentages below, when both phases ran. */
  readonly eligibilityPercentOfFloor: number | null;
  /**
   * Each eligibility run's throughput as a percentage of the floor run right after it: the runs of the
   * two phases alternate, so each pair saw about the same load from the rest of the machine.
   */
  readonly eligibilityPercentOfFloorPerRun: readonly number[];
  /**
   * The elections' p99 with the survey invitation worker running beside them, less their p99 without
   * it, per pair of alternating runs (ms; autocannon's latencies are whole milliseconds), and the
   * invitations the worker made meanwhile. Null when the phase did not run.
   */
  readonly surveyOverhead: {
    readonly p99MsAddedPerRun: readonly number[];
    readonly medianP99MsAdded: number;
    readonly invitationsMade: number;
    /**
     * The worker's runs: how many, each one's wall and CPU time (ms), and how late its event loop's
     * millisecond timer fired while inviting: what a request would wait for if the job shared its
     * process, as it does in pshb serve.
     */
    readonly workerRuns: Pick<WorkerReport, 'runs' | 'runMs' | 'cpuMs' | 'loopDelayMs'>;
    /** The same at a steady rate below saturation: the figure the target is judged on. */
    readonly steady: SteadyOverhead;
  } | null;
  readonly households: number;
  readonly signedIn: number;
  readonly secondsPerRun: number;
  readonly phases: readonly ApiPhaseResult[];
}

/** Elections arriving at a steady rate, without and with the invitation worker (bench/steady-load.ts). */
export interface SteadyOverhead {
  readonly requestsPerSecond: number;
  readonly requests: number;
  /** Each side's p99 over all its runs' latencies together (ms, to 0.1). */
  readonly p99MsPlain: number;
  readonly p99MsSurveyed: number;
  readonly p99MsAdded: number;
  readonly p99MsAddedPerRun: readonly number[];
  /**
   * Write-ahead log written per second on each side (bytes): every election's commit flushes the log
   * up to its own record, so what the worker writes lengthens the flushes the elections wait for.
   */
  readonly walBytesPerSecond: { readonly alone: number; readonly beside: number };
  /**
   * The steady requests by whether they were in flight while one of the worker's runs was (its start and
   * end as the worker reported them) or not, and those of the windows without it. The machine's own
   * slow spells fall on all three alike; what the worker's runs add shows in the first.
   */
  readonly inFlight: {
    readonly alone: LatencySummary;
    readonly besideOutsideRuns: LatencySummary;
    readonly besideDuringRuns: LatencySummary;
  };
}

/** A set of requests' latencies (ms, to 0.1). */
export interface LatencySummary {
  readonly requests: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
}

export interface ApiBenchOptions {
  readonly people: number;
  readonly secondsPerRun: number;
  readonly runs: number;
  readonly readConnections: number;
  /** Connections driving the eligibility route and its floor (the same for both). */
  readonly eligibilityConnections: number;
  readonly electionConnections: number;
  /** A PostgreSQL database to connect to while creating and dropping the bench database. */
  readonly adminUrl: string;
  readonly databaseName: string;
  /** The server's log level: `info` logs every request as production does. */
  readonly logLevel: string;
  readonly log: (line: string) => void;
  /** Reach PostgreSQL through its Unix socket in this folder (a database on the same machine). */
  readonly socketFolder?: string | undefined;
  /** Which phases to run (default: all). */
  readonly phases?: readonly ApiPhaseName[];
  /** Processes serving the API (and the floor); default 1. */
  readonly workers?: number;
  /** Write a CPU profile of each server process into this folder (node --cpu-prof). */
  readonly profileFolder?: string | undefined;
  /**
   * The steady elections' alternating windows without and with the invitation worker: how many pairs
   * and how long each window is (default: the runs and seconds of the other phases). Short windows
   * (40 pairs of 1 s) let the machine's own slow spells, which last seconds, fall on both sides alike.
   */
  readonly steadyWindows?: { readonly pairs: number; readonly seconds: number } | undefined;
}

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const PSHB_BIN = join(REPO_ROOT, 'bin', 'pshb.js');
const FLOOR_SERVER = join(REPO_ROOT, 'bench', 'api-floor-server.ts');
const INVITATION_WORKER = join(REPO_ROOT, 'bench', 'invitation-worker.ts');
const WARM_UP_SECONDS = 2;
const FLOOR_ROUTE_DESCRIPTION =
  'GET /floor/persons/{id} (bare Fastify, one prepared primary-key read of person)';

interface Household {
  readonly enrolleeId: number;
  readonly memberIds: readonly number[];
}

interface SignedIn extends Household {
  readonly cookie: string;
}

export async function benchApi(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-api-bench-'));
  const databaseUrl = await recreateDatabase(options.adminUrl, options.databaseName);
  const openSeason = chooseOpenSeason(loadProgramCalendar());
  const env = {
    ...process.env,
    DATABASE_URL: options.socketFolder ? viaSocket(databaseUrl, options.socketFolder) : databaseUrl,
    DATA_DIR: folder,
    LOG_LEVEL: options.logLevel,
    NODE_ENV: 'development',
    // Elections are received on the program date: the first day of the open season.
    PSHB_PROGRAM_DATE: openSeason.start,
    // Thousands of sessions from one loopback address, as many clients would send from theirs.
    PSHB_RATE_LIMIT_API_PER_ADDRESS: '0',
    PSHB_RATE_LIMIT_API_PER_SESSION: '0',
  };
  const workers = options.workers ?? 1;
  let server: ChildProcess | null = null;
  let floor: ChildProcess | null = null;
  let store: Store | null = null;
  try {
    options.log(`Seeding ${options.people.toLocaleString('en-US')} people and running the open season...`);
    await runPshb(['start', '--people', String(options.people), '--no-serve'], env);

    store = await openStore({ databaseUrl, poolSize: 16 });
    const households = await readHouseholds(store);
    // Elections take one enrollee each (a second election would need the ETag the first returned), so
    // they get households of their own: every household but the reads' 10,000 (every third one).
    // With the surveys phase the elections run twice as often (with and without the invitation worker)
    // and once more in the steady windows.
    const electionCap = wantedPhase(options, 'elections with surveys') ? 120_000 : 40_000;
    const readShare = households.filter((_, i) => i % 3 === 0).slice(0, 10_000);
    const reading = new Set(readShare);
    const electionShare = households.filter((h) => !reading.has(h)).slice(0, electionCap);
    options.log(
      `Signing in ${(readShare.length + electionShare.length).toLocaleString('en-US')} enrollees...`,
    );
    const readers = await signIn(store, readShare);
    const electors = await signIn(store, electionShare);
    // The morning after the open season run, autovacuum has long analyzed the tables that run and the
    // sign-ins filled; this PostgreSQL may run without autovacuum, so the bench analyzes them itself.
    // Without fresh statistics the planner answers a household's ETag by walking the whole
    // enrollment_event primary key (tens of milliseconds per election at 200,000 people).
    await sql`analyze`.execute(store.db);

    const port = await freePort();
    server = startServer(port, env, workers, options.profileFolder);
    const origin = `http://127.0.0.1:${port}`;
    await waitUntilReady(origin, server);
    const codes = await enrollmentCodes(origin, readers[0]!.cookie);

    const phases: ApiPhaseResult[] = [];
    const runPhase = async (
      phase: ApiPhaseName,
      route: string,
      connections: number,
      target: ApiPhaseResult['target'],
      drive: (seconds: number) => Promise<ApiRun>,
    ): Promise<void> => {
      if (options.phases && !options.phases.includes(phase)) return;
      options.log(`${phase}: warm-up, then ${options.runs} runs of ${options.secondsPerRun} s...`);
      await drive(WARM_UP_SECONDS);
      const runs: ApiRun[] = [];
      for (let i = 0; i < options.runs; i++) runs.push(await drive(options.secondsPerRun));
      phases.push({ phase, route, connections, target, runs, median: medianRun(runs) });
    };

    await runPhase(
      'plan comparison',
      'GET /api/v1/plans',
      options.readConnections,
      API_TARGETS.reads,
      (seconds) => {
        let next = 0;
        return load(origin, seconds, options.readConnections, () => {
          const reader = readers[next++ % readers.length]!;
          const type = ENROLLMENT_TYPES[next % ENROLLMENT_TYPES.length]!;
          const frequency = next % 4 === 0 ? 'monthly' : 'biweekly';
          return {
            method: 'GET',
            path: `/api/v1/plans?enrollmentType=${type}&payFrequency=${frequency}`,
            headers: { cookie: reader.cookie },
          };
        });
      },
    );

    const eligibilityDrive = (seconds: number): Promise<ApiRun> => {
      let next = 0;
      return load(origin, seconds, options.eligibilityConnections, () => {
        const reader = readers[next++ % readers.length]!;
        // Each enrollee reads their own record or one of their family's.
        const ids = [reader.enrolleeId, ...reader.memberIds];
        const personId = ids[Math.floor(next / readers.length) % ids.length]!;
        return {
          method: 'GET',
          path: `/api/v1/persons/${personId}/eligibility`,
          headers: { cookie: reader.cookie },
        };
      });
    };
    const eligibilityRoute = 'GET /api/v1/persons/{id}/eligibility';
    const wanted = (phase: ApiPhaseName) => wantedPhase(options, phase);

    // The floor: the same readers' people, connections and database, through a bare route that only
    // reads the person by primary key. Its runs alternate with the eligibility route's, so that each
    // eligibility run has a floor run measured under about the same load from the rest of the machine.
    if (wanted('floor')) {
      const floorPort = await freePort();
      floor = startFloorServer(floorPort, env, workers);
      const floorOrigin = `http://127.0.0.1:${floorPort}`;
      await waitUntilListening(`${floorOrigin}/floor/persons/${readers[0]!.enrolleeId}`, floor);
      const floorDrive = (seconds: number): Promise<ApiRun> => {
        let next = 0;
        return load(floorOrigin, seconds, options.eligibilityConnections, () => {
          const reader = readers[next++ % readers.length]!;
          const ids = [reader.enrolleeId, ...reader.memberIds];
          const personId = ids[Math.floor(next / readers.length) % ids.length]!;
          return { method: 'GET', path: `/floor/persons/${personId}`, headers: {} };
        });
      };
      if (wanted('eligibility')) {
        options.log(`eligibility and floor: warm-up, then ${options.runs} alternating runs of each...`);
        await eligibilityDrive(WARM_UP_SECONDS);
        await floorDrive(WARM_UP_SECONDS);
        const eligibilityRuns: ApiRun[] = [];
        const floorRuns: ApiRun[] = [];
        for (let i = 0; i < options.runs; i++) {
          eligibilityRuns.push(await eligibilityDrive(options.secondsPerRun));
          floorRuns.push(await floorDrive(options.secondsPerRun));
        }
        const phase = (name: ApiPhaseName, route: string, runs: ApiRun[]): ApiPhaseResult => ({
          phase: name,
          route,
          connections: options.eligibilityConnections,
          target: API_TARGETS.reads,
          runs,
          median: medianRun(runs),
        });
        phases.push(phase('eligibility', eligibilityRoute, eligibilityRuns));
        phases.push(phase('floor', FLOOR_ROUTE_DESCRIPTION, floorRuns));
      } else {
        await runPhase(
          'floor',
          FLOOR_ROUTE_DESCRIPTION,
          options.eligibilityConnections,
          API_TARGETS.reads,
          floorDrive,
        );
      }
      await stopServer(floor);
      floor = null;
    } else {
      await runPhase(
        'eligibility',
        eligibilityRoute,
        options.eligibilityConnections,
        API_TARGETS.reads,
        eligibilityDrive,
      );
    }

    // If-Match: * (accepted by checkIfMatch) rather than each household's ETag read beforehand: the
    // server computes and checks the household's version either way, and reading 40,000 ETags first
    // would only lengthen the setup.
    let nextElector = 0;
    const nextElection = (): BenchRequest => {
      const elector = electors[nextElector++ % electors.length]!;
      const type = typeOfHousehold(elector);
      const code = codes[type][nextElector % codes[type].length]!;
      // A few decline (they keep other coverage); most enroll in an option of their type.
      const body =
        nextElector % 20 === 0
          ? { personId: elector.enrolleeId, kind: 'decline' }
          : { personId: elector.enrolleeId, kind: 'enroll', enrollmentCode: code };
      return {
        method: 'POST',
        path: '/api/v1/elections',
        headers: {
          cookie: elector.cookie,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          'if-match': '*',
        },
        body: JSON.stringify(body),
      };
    };
    const electionsDrive = (seconds: number): Promise<ApiRun> =>
      load(origin, seconds, options.electionConnections, nextElection, electors.length - nextElector);
    const steadyElections: SteadyDrive = (seconds, rate, latencies, timeline) =>
      steadyLoad(origin, seconds, rate, nextElection, latencies, electors.length - nextElector, timeline);
    const electionsRoute = 'POST /api/v1/elections';
    let surveyOverhead: ApiBenchResult['surveyOverhead'] = null;
    if (wanted('elections with surveys')) {
      const walPosition = async (): Promise<number> => {
        const { rows } = await sql<{
          bytes: string;
        }>`select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::text as bytes`.execute(store!.db);
        return Number(rows[0]!.bytes);
      };
      const compared = await electionsBesideSurveys(
        options,
        env,
        electionsDrive,
        steadyElections,
        walPosition,
      );
      const phase = (name: ApiPhaseName, runs: ApiRun[]): ApiPhaseResult => ({
        phase: name,
        route: electionsRoute,
        connections: options.electionConnections,
        target: API_TARGETS.elections,
        runs,
        median: medianRun(runs),
      });
      phases.push(phase('elections', compared.plain), phase('elections with surveys', compared.surveyed));
      surveyOverhead = compared.overhead;
    } else {
      await runPhase(
        'elections',
        electionsRoute,
        options.electionConnections,
        API_TARGETS.elections,
        electionsDrive,
      );
    }

    const runsOf = (name: ApiPhaseName) => phases.find((p) => p.phase === name)?.runs ?? [];
    const floorRuns = runsOf('floor');
    const perRun = runsOf('eligibility')
      .filter((_, i) => floorRuns[i] && floorRuns[i].requestsPerSecond > 0)
      .map((run, i) => Math.round((1000 * run.requestsPerSecond) / floorRuns[i]!.requestsPerSecond) / 10);
    const sortedPerRun = [...perRun].sort((a, b) => a - b);
    return {
      people: options.people,
      workers,
      eligibilityPercentOfFloor:
        sortedPerRun.length > 0 ? sortedPerRun[Math.floor((sortedPerRun.length - 1) / 2)]! : null,
      eligibilityPercentOfFloorPerRun: perRun,
      surveyOverhead,
      households: households.length,
      signedIn: readers.length + electors.length,
      secondsPerRun: options.secondsPerRun,
      phases,
    };
  } finally {
    if (server) await stopServer(server);
    if (floor) await stopServer(floor);
    await store?.close();
    await dropDatabase(options.adminUrl, options.databaseName).catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  }
}

const ENROLLMENT_TYPES = ['self_only', 'self_plus_one', 'self_and_family'] as const;
type EnrollmentTypeName = (typeof ENROLLMENT_TYPES)[number];

function typeOfHousehold(household: Household): EnrollmentTypeName {
  if (household.memberIds.length === 0) return 'self_only';
  return household.memberIds.length === 1 ? 'self_plus_one' : 'self_and_family';
}

interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** One autocannon run: `connections` keep-alive connections, one request in flight on each. */
function wantedPhase(options: ApiBenchOptions, phase: ApiPhaseName): boolean {
  return !options.phases || options.phases.includes(phase);
}

/**
 * The elections measured in alternating runs without and with the survey invitation worker inviting
 * beside them (a process of its own on the same database, bench/invitation-worker.ts), so that each
 * pair of runs saw about the same load from the rest of the machine.
 */
async function electionsBesideSurveys(
  options: ApiBenchOptions,
  env: NodeJS.ProcessEnv,
  drive: (seconds: number) => Promise<ApiRun>,
  steadyDrive: SteadyDrive,
  walPosition: () => Promise<number>,
): Promise<{ plain: ApiRun[]; surveyed: ApiRun[]; overhead: NonNullable<ApiBenchResult['surveyOverhead']> }> {
  options.log(
    `elections without and with the survey invitation worker: warm-up, then ${options.runs} alternating runs of each...`,
  );
  const worker = await startInvitationWorker(env);
  const plain: ApiRun[] = [];
  const surveyed: ApiRun[] = [];
  let steady: SteadyWindows;
  try {
    // The steady runs come first, while every elector is still to elect: the full-speed runs use many.
    const warmUp = await drive(WARM_UP_SECONDS);
    steady = await steadyBesideSurveys(options, worker, warmUp.requestsPerSecond, steadyDrive, walPosition);
    for (let i = 0; i < options.runs; i++) {
      plain.push(await drive(options.secondsPerRun));
      worker.resume();
      surveyed.push(await drive(options.secondsPerRun));
      await worker.pause();
    }
  } finally {
    worker.stop();
  }
  const made = await worker.finished;
  const { beside, alone, ...windows } = steady;
  const inFlight = {
    alone: latencySummary(alone),
    ...splitByRuns(beside, made.runIntervals),
  };
  const added = surveyed.map((run, i) => run.p99Ms - plain[i]!.p99Ms);
  const sorted = [...added].sort((a, b) => a - b);
  return {
    plain,
    surveyed,
    overhead: {
      p99MsAddedPerRun: added,
      medianP99MsAdded: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
      invitationsMade: made.invited,
      workerRuns: { runs: made.runs, runMs: made.runMs, cpuMs: made.cpuMs, loopDelayMs: made.loopDelayMs },
      steady: { ...windows, inFlight },
    },
  };
}

function latencySummary(latencies: readonly number[]): LatencySummary {
  return {
    requests: latencies.length,
    p50Ms: percentile(latencies, 0.5),
    p90Ms: percentile(latencies, 0.9),
    p99Ms: percentile(latencies, 0.99),
  };
}

/**
 * The requests beside the worker split by whether they were in flight during one of its runs. The
 * runs come one after another, so a request overlaps a run exactly when the last run to start before
 * the request ended had not yet ended when the request was due.
 */
function splitByRuns(
  requests: readonly TimedRequest[],
  runs: readonly (readonly [number, number])[],
): { besideOutsideRuns: LatencySummary; besideDuringRuns: LatencySummary } {
  const starts = runs.map(([start]) => start);
  const during: number[] = [];
  const outside: number[] = [];
  for (const { at, ms } of requests) {
    const run = runs[lastBefore(starts, at + ms)];
    (run && run[1] > at ? during : outside).push(ms);
  }
  return { besideOutsideRuns: latencySummary(outside), besideDuringRuns: latencySummary(during) };
}

/** The index of the last of the ascending `values` below `limit` (-1 when none is). */
function lastBefore(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

type SteadyDrive = (
  seconds: number,
  rate: number,
  latencies: number[],
  timeline?: TimedRequest[],
) => Promise<ApiRun>;

/** The windows' figures, with the requests to set against the worker's runs once it has reported them. */
type SteadyWindows = Omit<SteadyOverhead, 'inFlight'> & {
  readonly alone: readonly number[];
  readonly beside: readonly TimedRequest[];
};

/**
 * The same comparison at a steady half of the throughput the warm-up reached: requests arrive
 * evenly whatever the answers do, as on a server sized for its load, and each side's p99 is taken over
 * every request of its runs together (thousands of latencies rather than one run's twenty slowest).
 */
async function steadyBesideSurveys(
  options: ApiBenchOptions,
  worker: InvitationWorker,
  closedLoopRate: number,
  drive: SteadyDrive,
  walPosition: () => Promise<number>,
): Promise<SteadyWindows> {
  const rate = Math.max(10, Math.round(closedLoopRate / 2));
  const { pairs, seconds } = options.steadyWindows ?? { pairs: options.runs, seconds: options.secondsPerRun };
  options.log(
    `elections at a steady ${rate}/s without and with the worker: ${pairs} alternating windows of ${seconds} s...`,
  );
  const plain: number[] = [];
  const surveyed: number[] = [];
  const perRun: number[] = [];
  const besideTimeline: TimedRequest[] = [];
  const wal = { alone: 0, beside: 0 };
  const spent = { alone: 0, beside: 0 };
  const measured = async (side: 'alone' | 'beside', latencies: number[]): Promise<ApiRun> => {
    const from = await walPosition();
    const run = await drive(seconds, rate, latencies, side === 'beside' ? besideTimeline : undefined);
    wal[side] += (await walPosition()) - from;
    spent[side] += run.seconds;
    return run;
  };
  for (let i = 0; i < pairs; i++) {
    const alone = await measured('alone', plain);
    // With short windows each window beside the worker holds its usual run, on what the window before
    // recorded; the first skips the closed-loop warm-up's elections, which are no window's.
    worker.resume(options.steadyWindows !== undefined && i > 0);
    const beside = await measured('beside', surveyed);
    await worker.pause();
    perRun.push(Math.round((beside.p99Ms - alone.p99Ms) * 10) / 10);
    if (pairs <= 10 || (i + 1) % 10 === 0)
      options.log(
        `  window ${i + 1}: p99 ${alone.p99Ms} ms alone (${alone.requests} requests), ${beside.p99Ms} ms beside the worker (${beside.requests})`,
      );
  }
  const p99MsPlain = percentile(plain, 0.99);
  const p99MsSurveyed = percentile(surveyed, 0.99);
  return {
    requestsPerSecond: rate,
    requests: plain.length + surveyed.length,
    p99MsPlain,
    p99MsSurveyed,
    p99MsAdded: Math.round((p99MsSurveyed - p99MsPlain) * 10) / 10,
    p99MsAddedPerRun: perRun,
    walBytesPerSecond: {
      alone: Math.round(wal.alone / spent.alone),
      beside: Math.round(wal.beside / spent.beside),
    },
    alone: plain,
    beside: besideTimeline,
  };
}

/** How late a millisecond timer fired in the worker (ms). */
interface LoopLateness {
  readonly samples: number;
  readonly median: number;
  readonly p99: number;
  readonly max: number;
}

/** What the invitation worker reports on stopping (bench/invitation-worker.ts). */
interface WorkerReport {
  readonly invited: number;
  readonly runs: number;
  readonly runMs: Spread;
  readonly cpuMs: Spread;
  readonly loopDelayMs: LoopLateness & { readonly paused: LoopLateness };
  /** When each run started and ended (ms since the epoch). */
  readonly runIntervals: readonly (readonly [number, number])[];
}

interface Spread {
  readonly median: number;
  readonly p99: number;
  readonly max: number;
}

/** The worker process, told to invite or to pause (bench/invitation-worker.ts). */
interface InvitationWorker {
  /** Starts inviting from now on, or (`keepBacklog`) from where the last run stopped. */
  resume(keepBacklog?: boolean): void;
  /** Resolves once the worker has no run in flight. */
  pause(): Promise<void>;
  stop(): void;
  readonly finished: Promise<WorkerReport>;
}

async function startInvitationWorker(env: NodeJS.ProcessEnv): Promise<InvitationWorker> {
  const child = spawn(process.execPath, ['--import', 'tsx', INVITATION_WORKER], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Lines the bench waits for (ready, paused) are taken as they come; the last other line is the report.
  const waiting = new Map<string, () => void>();
  let pending = '';
  let report = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const wake = waiting.get(line);
      waiting.delete(line);
      if (wake) wake();
      else if (line !== 'ready' && line !== 'paused') report = line;
    }
  });
  const nextLine = (line: string) => new Promise<void>((resolve) => waiting.set(line, resolve));
  const finished = new Promise<WorkerReport>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the invitation worker exited with ${code}`));
      resolve(JSON.parse(report || pending || '{}') as WorkerReport);
    });
  });
  await Promise.race([nextLine('ready'), finished]);
  return {
    resume: (keepBacklog = false) => child.kill(keepBacklog ? 'SIGHUP' : 'SIGUSR2'),
    pause: () => {
      const paused = nextLine('paused');
      child.kill('SIGUSR1');
      return Promise.race([paused, finished.then(() => undefined)]);
    },
    stop: () => child.kill('SIGTERM'),
    finished,
  };
}

function load(
  origin: string,
  seconds: number,
  connections: number,
  nextRequest: () => BenchRequest,
  maxRequests?: number,
): Promise<ApiRun> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        pipelining: 1,
        duration: seconds,
        timeout: 10,
        ...(maxRequests !== undefined ? { maxOverallRequests: Math.max(maxRequests, connections) } : {}),
        requests: [{ setupRequest: (request) => ({ ...request, ...nextRequest() }) }],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const requests = result.requests.total;
        const statuses: Record<string, number> = {};
        for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
          statuses[code] = stat.count ?? 0;
        }
        resolve({
          requests,
          seconds: result.duration,
          requestsPerSecond: requests / result.duration,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          statuses,
        });
      },
    );
    instance.on('error', reject);
  });
}

/** The run with the median throughput: its latency and errors are reported with it. */
function medianRun(runs: readonly ApiRun[]): ApiRun {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function readHouseholds(store: Store): Promise<Household[]> {
  const rows = await store.db
    .selectFrom('person')
    .select(['id', 'household_id'])
    .orderBy('household_id')
    .orderBy('id')
    .execute();
  const households = new Map<number, { enrolleeId: number; memberIds: number[] }>();
  for (const row of rows) {
    const household = households.get(row.household_id) ?? { enrolleeId: row.household_id, memberIds: [] };
    if (row.id !== row.household_id) household.memberIds.push(row.id);
    households.set(row.household_id, household);
  }
  // Spread over the whole roster rather than its first households, with a fixed order for repeatability.
  return [...households.values()].sort((a, b) => scramble(a.enrolleeId) - scramble(b.enrolleeId));
}

function scramble(id: number): number {
  return Math.imul(id ^ 0x5bd1e995, 0x27d4eb2d) >>> 0;
}

/** An account and a session for each household's enrollee, made as sign-in makes them. */
async function signIn(store: Store, households: readonly Household[]): Promise<SignedIn[]> {
  const signedIn: SignedIn[] = new Array<SignedIn>(households.length);
  await inParallel(
    households.map((h, i) => [h, i] as const),
    16,
    async ([household, i]) => {
      const subject = `bench-enrollee-${household.enrolleeId}`;
      await saveUserAccount(store, { subject, role: 'enrollee', personId: household.enrolleeId });
      const token = await createSession(store, subject);
      signedIn[i] = { ...household, cookie: `${SESSION_COOKIE}=${token}` };
    },
  );
  return signedIn;
}

async function inParallel<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** The enrollment codes of each type from the plan comparison, as a client would find them. */
async function enrollmentCodes(
  origin: string,
  cookie: string,
): Promise<Record<EnrollmentTypeName, string[]>> {
  const codes = {} as Record<EnrollmentTypeName, string[]>;
  for (const type of ENROLLMENT_TYPES) {
    const response = await fetch(`${origin}/api/v1/plans?enrollmentType=${type}&limit=200`, {
      headers: { cookie },
    });
    if (!response.ok)
      throw new Error(`GET /api/v1/plans answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as { items: { enrollmentCode: string }[] };
    codes[type] = page.items.map((item) => item.enrollmentCode);
    if (codes[type].length === 0) throw new Error(`the plan comparison offers no ${type} option`);
  }
  return codes;
}

async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name: ${name}`);
  await dropDatabase(adminUrl, name);
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

function runPshb(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PSHB_BIN, ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`pshb ${args.join(' ')} exited with ${code}:\n${errors}`)),
    );
  });
}

function startServer(
  port: number,
  env: NodeJS.ProcessEnv,
  workers: number,
  profileFolder: string | undefined,
): ChildProcess {
  // The server's log lines go to /dev/null, as to a log shipper that keeps up; only errors are kept.
  const args = [
    ...(profileFolder ? ['--cpu-prof', '--cpu-prof-dir', profileFolder] : []),
    PSHB_BIN,
    'serve',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--workers',
    String(workers),
  ];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (/error/i.test(text)) process.stderr.write(text);
  });
  return child;
}

function startFloorServer(port: number, env: NodeJS.ProcessEnv, workers: number): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', FLOOR_SERVER, String(port), String(workers)], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function waitUntilListening(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the floor server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the floor server was not listening within 60 s');
}

async function waitUntilReady(origin: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server was not ready within 60 s');
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.on('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/** `40x1`: forty pairs of one-second windows. */
function steadyWindowsOf(text: string): { pairs: number; seconds: number } {
  const match = /^(\d+)x(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!match || Number(match[1]) < 1 || Number(match[2]) <= 0)
    throw new Error(`--steady-windows: expected <pairs>x<seconds>, such as 40x1, not "${text}"`);
  return { pairs: Number(match[1]), seconds: Number(match[2]) };
}

/** The same database reached through a Unix socket: no TCP stack between the server and PostgreSQL. */
function viaSocket(databaseUrl: string, folder: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('host', folder);
  return url.toString();
}

export function apiBenchOptionsFrom(argv: readonly string[]): ApiBenchOptions {
  const parsed = new Command('api-load-bench')
    .option('--people <n>', 'covered people to seed', '200000')
    .option('--seconds <n>', 'seconds per measured run', '10')
    .option('--runs <n>', 'measured runs per phase (the median is reported)', '3')
    // For the plan comparison, enough requests in flight to keep the server's ten database connections
    // busy; more only queue inside the server and add to the latency without adding throughput.
    .option('--read-connections <n>', 'connections for the plan comparison', '32')
    // The floor's one statement runs as soon as it arrives; each eligibility request waits on three
    // batched statements (its session, its person, its audit record) in turn, so the route needs more
    // requests in flight before the machine is busy (ADR 6 has the figures for 32 to 256 connections).
    .option(
      '--eligibility-connections <n>',
      'connections for the eligibility route and its floor (the same for both)',
      '128',
    )
    .option('--election-connections <n>', 'connections for the election phase', '16')
    .option('--log-level <level>', 'the server log level', 'info')
    .option(
      '--socket <folder>',
      'reach PostgreSQL through its Unix socket in this folder, e.g. /var/run/postgresql',
    )
    .option(
      '--phases <list>',
      'phases to run, comma-separated',
      'plan comparison,eligibility,floor,elections,elections with surveys',
    )
    .option(
      '--database-name <name>',
      'the database the bench creates and drops (default: API_BENCH_DATABASE, else pshb_bench_api)',
      process.env.API_BENCH_DATABASE ?? 'pshb_bench_api',
    )
    .option('--workers <n>', 'processes serving the API (pshb serve --workers) and the floor', '1')
    .option('--profile-server <folder>', "write the server's CPU profile into this folder (node --cpu-prof)")
    .option(
      '--steady-windows <pairs>x<seconds>',
      'alternating windows of the steady elections without and with the worker, e.g. 40x1 (default: runs x seconds)',
    )
    .parse([...argv], { from: 'user' })
    .opts<{
      people: string;
      seconds: string;
      runs: string;
      readConnections: string;
      eligibilityConnections: string;
      electionConnections: string;
      logLevel: string;
      phases: string;
      workers: string;
      databaseName: string;
      socket?: string;
      profileServer?: string;
      steadyWindows?: string;
    }>();
  return {
    people: Number(parsed.people),
    secondsPerRun: Number(parsed.seconds),
    runs: Number(parsed.runs),
    readConnections: Number(parsed.readConnections),
    eligibilityConnections: Number(parsed.eligibilityConnections),
    electionConnections: Number(parsed.electionConnections),
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    databaseName: parsed.databaseName,
    logLevel: parsed.logLevel,
    socketFolder: parsed.socket,
    phases: parsed.phases.split(',').map((p) => p.trim()) as ApiPhaseName[],
    workers: Number(parsed.workers),
    profileFolder: parsed.profileServer,
    steadyWindows: parsed.steadyWindows === undefined ? undefined : steadyWindowsOf(parsed.steadyWindows),
    log: (line) => process.stderr.write(line + '\n'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchApi(apiBenchOptionsFrom(process.argv.slice(2)));
  process.stdout.write(JSON.stringify(result) + '\n');
}
