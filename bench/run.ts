// npm run bench: the transitional open season at program scale on each backend, the rules alone, and
// the API under open season load on PostgreSQL (bench/api-load-bench.ts).
// Usage: npm run bench [-- --people 1700000 --backends pglite,postgres] [-- --api | --skip-api] [-- --csv]
//        [-- --exchange [--exchange-people N] [--exchange-reconcile-only [--exchange-runs 3]] [--exchange-reuse]]
//        [-- --support | --skip-support] [-- --web | --skip-web]
// Prints a table of seconds and peak memory per phase, the API's throughput and latency per phase,
// the targets, and whether each was met.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { formatTable } from '../src/cli/output.ts';
import type { ApiBenchResult, LatencySummary } from './api-load-bench.ts';
import { SWITCH_UNLESS_SLOWER_THAN, type CsvBenchResult } from './csv-bench.ts';
import { percentile } from './steady-load.ts';
import type { CxReportBenchResult } from './cx-report-bench.ts';
import { exchangeReport, type ExchangeBenchResult } from './exchange-report.ts';
import type { BackendResult } from './open-season-bench.ts';
import { benchRules } from './rules-bench.ts';
import { benchStaffing } from './staffing-bench.ts';

const TARGETS = {
  totalSeconds: { pglite: 180, postgres: 60 },
  peakRssMb: { pglite: 3 * 1024, postgres: 1.5 * 1024 },
  autoEnrollTimesCopyFloor: 5,
  rulesPeoplePerSecond: 200_000,
} as const;

const options = new Command('bench')
  .option('--people <n>', 'covered people to generate', '1700000')
  .option('--backends <list>', 'backends to run, comma-separated', 'pglite,postgres')
  .option('--skip-rules', 'skip the rules throughput measurement')
  .option('--api', 'run only the API load benchmark')
  .option('--skip-api', 'skip the API load benchmark')
  .option('--support', 'run only the support benchmarks (staffing, open season simulation)')
  .option('--skip-support', 'skip the support benchmarks')
  .option('--web', "run only the web app's page-weight and speed budget (headless Chromium)")
  .option('--skip-web', "skip the web app's budget")
  .option(
    '--exchange',
    'run only the carrier data exchange benchmark on PostgreSQL (834 audit, changes, reconciliation)',
  )
  .option('--exchange-people <n>', 'covered people seeded for the exchange benchmark', '1700000')
  .option('--exchange-changes <n>', 'plan changes in the day of changes', '20000')
  .option(
    '--exchange-reconcile-only',
    "with --exchange: only a carrier's reconciliation, --exchange-runs times (its file written first, not timed)",
  )
  .option('--exchange-carrier <code>', 'the carrier reconciled with --exchange-reconcile-only', 'FEP')
  .option(
    '--exchange-runs <n>',
    'reconciliation runs with --exchange-reconcile-only (the median is reported)',
    '3',
  )
  .option(
    '--exchange-reuse',
    'with --exchange: use the database an earlier run seeded (EXCHANGE_BENCH_DATABASE)',
  )
  .option('--csv', 'run only the CSV reader and writer against csv-parse and csv-stringify (ADR 0015)')
  .option(
    '--cx',
    'run only the quarterly CX report over 1,000,000 responses on PostgreSQL (bench/cx-report-bench.ts)',
  )
  .option('--cx-responses <n>', 'responses loaded for the CX report benchmark', '1000000')
  .option('--csv-people <n>', 'people in the roster the CSV benchmark reads and writes', '1700000')
  .option('--csv-runs <n>', 'CSV benchmark runs (the median is reported)', '3')
  .option('--api-people <n>', 'covered people seeded for the API load benchmark', '200000')
  .option('--api-seconds <n>', 'seconds per measured API run', '10')
  .option('--api-runs <n>', 'measured API runs per phase (the median is reported)', '3')
  .option('--api-workers <n>', 'processes serving the API in its load benchmark (pshb serve --workers)', '1')
  .option(
    '--api-steady-windows <pairs>x<seconds>',
    'alternating windows of steady elections without and with the survey invitation worker',
    '20x1',
  )
  .parse(process.argv)
  .opts<{
    people: string;
    backends: string;
    skipRules?: boolean;
    api?: boolean;
    skipApi?: boolean;
    support?: boolean;
    skipSupport?: boolean;
    web?: boolean;
    skipWeb?: boolean;
    csv?: boolean;
    cx?: boolean;
    cxResponses: string;
    exchange?: boolean;
    exchangePeople: string;
    exchangeChanges: string;
    exchangeReconcileOnly?: boolean;
    exchangeCarrier: string;
    exchangeRuns: string;
    exchangeReuse?: boolean;
    csvPeople: string;
    csvRuns: string;
    apiPeople: string;
    apiSeconds: string;
    apiRuns: string;
    apiWorkers: string;
    apiSteadyWindows: string;
  }>();

function runBackend(backend: string, people: number): Promise<BackendResult> {
  const script = fileURLToPath(new URL('./open-season-bench.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, backend, String(people)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${backend} benchmark exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').pop() ?? '{}') as BackendResult);
    });
  });
}

function postgresReachable(): boolean {
  try {
    execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']);
    return true;
  } catch {
    return false;
  }
}

const only = options.api || options.support || options.web || options.csv || options.exchange || options.cx;
if (!only) {
  await benchOpenSeasonOnEachBackend();
  if (!options.skipRules) await benchRulesAlone();
}
if ((!only || options.api) && !options.skipApi) await benchApiLoad();
if ((!only || options.support) && !options.skipSupport) await benchSupport();
if ((!only || options.web) && !options.skipWeb) benchWebBudget();
if (options.csv) benchCsvLibraries();
if (options.exchange) benchCarrierExchange();
if (options.cx) benchCxReport();

/** The quarterly CX report over synthetic responses on PostgreSQL, in a process of its own. */
function benchCxReport(): void {
  if (!postgresReachable()) {
    process.stderr.write(
      'PostgreSQL is not reachable on 127.0.0.1:5432; skipping the CX report benchmark.\n',
    );
    return;
  }
  const script = fileURLToPath(new URL('./cx-report-bench.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, options.cxResponses, '5'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`the CX report benchmark exited with ${run.status}`);
  const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as CxReportBenchResult;
  process.stdout.write(
    '\nQuarterly CX report (PostgreSQL)\n' +
      formatTable(
        ['responses', 'load s', 'median report s', 'target s', 'met'],
        [
          [
            result.responses.toLocaleString('en-US'),
            result.loadSeconds.toFixed(1),
            result.medianSeconds.toFixed(3),
            result.targetSeconds,
            result.medianSeconds < result.targetSeconds ? 'yes' : 'NO',
          ],
        ],
      ) +
      '\n',
  );
}

/** The exchange benchmark's two steps, each in a process of its own: seeding, then the measured phases. */
function benchCarrierExchange(): void {
  if (!postgresReachable()) {
    process.stderr.write('PostgreSQL is not reachable on 127.0.0.1:5432; skipping the exchange benchmark.\n');
    return;
  }
  const script = fileURLToPath(new URL('./exchange-bench.ts', import.meta.url));
  // The phases run as `pshb` runs them (bin/pshb.js): on Node.js's own type stripping where it has it,
  // so the memory measured is the product's and not the TypeScript loader's (about 50 MB more).
  const loader = process.features.typescript ? [] : ['--import', 'tsx'];
  const step = (args: string[]) => {
    const run = spawnSync(process.execPath, [...loader, script, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    });
    if (run.status !== 0) throw new Error(`the exchange benchmark (${args[0]}) exited with ${run.status}`);
    return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as unknown;
  };
  const people = options.exchangePeople;
  let setupSeconds = 0;
  if (!options.exchangeReuse) {
    process.stderr.write(
      `\nSeeding ${Number(people).toLocaleString('en-US')} people for the exchange benchmark...\n`,
    );
    setupSeconds = (step(['seed', people]) as { setupSeconds: number }).setupSeconds;
  }
  if (options.exchangeReconcileOnly) {
    const folder = mkdtempSync(join(tmpdir(), 'pshb-reconcile-file-'));
    try {
      const file = join(folder, `${options.exchangeCarrier}.834`);
      process.stderr.write(
        `Writing ${options.exchangeCarrier}'s audit file (not timed), then reconciling it...\n`,
      );
      step(['reconcile-file', people, options.exchangeCarrier, file]);
      const args = [people, options.exchangeCarrier, file, options.exchangeRuns, String(setupSeconds)];
      process.stdout.write(exchangeReport(step(['reconcile', ...args]) as ExchangeBenchResult));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return;
  }
  process.stderr.write('Writing and reading carrier files...\n');
  const result = step(['run', people, options.exchangeChanges, String(setupSeconds)]) as ExchangeBenchResult;
  process.stdout.write(exchangeReport(result));
}

/** The roster's CSV reader and writer against the libraries (bench/csv-bench.ts), in a process of its own. */
function benchCsvLibraries(): void {
  const people = Number(options.csvPeople);
  process.stderr.write(`\nReading and writing a ${people.toLocaleString('en-US')}-person roster as CSV...\n`);
  const script = fileURLToPath(new URL('./csv-bench.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, options.csvPeople, options.csvRuns], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`the CSV benchmark exited with ${run.status}`);
  const r = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as CsvBenchResult;
  const mb = (r.fileBytes / 1024 ** 2).toFixed(0);
  process.stdout.write(
    `\nCSV, ${r.records.toLocaleString('en-US')} records (${mb} MB), median of ${r.runs} runs:\n` +
      formatTable(
        ['work', 'ours s', 'library s', 'library / ours'],
        [
          [
            'read (csv-parse)',
            r.readSeconds.ours.toFixed(2),
            r.readSeconds.library.toFixed(2),
            r.readRatio.toFixed(2),
          ],
          [
            'write (csv-stringify)',
            r.writeSeconds.ours.toFixed(2),
            r.writeSeconds.library.toFixed(2),
            r.writeRatio.toFixed(2),
          ],
        ],
      ) +
      `Switch to the library unless it is more than ${SWITCH_UNLESS_SLOWER_THAN}x slower: ` +
      `${Math.max(r.readRatio, r.writeRatio) > SWITCH_UNLESS_SLOWER_THAN ? 'keep ours' : 'switch'}\n`,
  );
}

/** The web app's budget (bench/web-budget.ts), in a process of its own. */
function benchWebBudget(): void {
  process.stderr.write('\nMeasuring the web app in headless Chromium...\n');
  const script = fileURLToPath(new URL('./web-budget.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
  process.stdout.write(`\n${run.stdout.trim() || run.stderr.trim()}\n`);
}

async function benchSupport(): Promise<void> {
  const staffing = benchStaffing();
  process.stdout.write(
    `\nSupport staffing: ${staffing.intervals.toLocaleString('en-US')} half-hour intervals of an open season ` +
      `(peak ${staffing.peakCalls.toLocaleString('en-US')} calls, ${staffing.peakAgents.toLocaleString('en-US')} agents): ` +
      `Erlang C ${staffing.erlangCSeconds.toFixed(3)} s, Erlang A ${staffing.erlangASeconds.toFixed(3)} s ` +
      `(target < ${staffing.targetSeconds} s: ${met(Math.max(staffing.erlangCSeconds, staffing.erlangASeconds) < staffing.targetSeconds)})\n`,
  );
  // In a process of its own, so its peak memory is the simulation's alone.
  process.stderr.write('Simulating a 2-million-contact open season...\n');
  const script = fileURLToPath(new URL('./support-simulation-bench.ts', import.meta.url));
  // It exits 1 when outside its targets; the line it prints says so either way.
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
  process.stdout.write(`${run.stdout.trim() || run.stderr.trim()}\n`);
}

async function benchOpenSeasonOnEachBackend(): Promise<void> {
  const people = Number(options.people);
  const results: BackendResult[] = [];
  for (const backend of options.backends.split(',').map((b) => b.trim())) {
    if (backend === 'postgres' && !postgresReachable()) {
      process.stderr.write('PostgreSQL is not reachable on 127.0.0.1:5432; skipping it.\n');
      continue;
    }
    process.stderr.write(
      `Running the open season for ${people.toLocaleString('en-US')} people on ${backend}...\n`,
    );
    results.push(await runBackend(backend, people));
  }

  const rows: (string | number)[][] = [];
  const verdicts: string[] = [];
  for (const result of results) {
    const backend = result.backend;
    for (const p of result.phases) {
      rows.push([backend, p.phase, p.rows ?? '', p.seconds.toFixed(2), Math.round(p.peakRssMb)]);
    }
    const total = result.phases.reduce((sum, p) => sum + p.seconds, 0);
    const peak = Math.max(...result.phases.map((p) => p.peakRssMb));
    rows.push([backend, 'total', '', total.toFixed(2), Math.round(peak)]);
    const enroll = result.phases.find((p) => p.phase === 'auto-enroll');
    const floor = (result.copyFloorSecondsPerMillion * result.rowsWrittenByAutoEnroll) / 1_000_000;
    const ratio = enroll ? enroll.seconds / floor : NaN;
    verdicts.push(
      `${backend}: total ${total.toFixed(1)} s (target < ${TARGETS.totalSeconds[backend]} s: ${met(total < TARGETS.totalSeconds[backend])}); ` +
        `peak RSS ${Math.round(peak)} MB (target < ${TARGETS.peakRssMb[backend]} MB: ${met(peak < TARGETS.peakRssMb[backend])}); ` +
        `auto-enroll wrote ${result.rowsWrittenByAutoEnroll.toLocaleString('en-US')} rows in ${enroll?.seconds.toFixed(1)} s = ` +
        `${ratio.toFixed(2)}x the COPY floor (${result.copyFloorSecondsPerMillion.toFixed(2)} s per million rows; ` +
        `target <= ${TARGETS.autoEnrollTimesCopyFloor}x: ${met(ratio <= TARGETS.autoEnrollTimesCopyFloor)})`,
    );
  }

  process.stdout.write('\nTransitional open season, ' + people.toLocaleString('en-US') + ' covered people\n');
  process.stdout.write(formatTable(['backend', 'phase', 'rows', 'seconds', 'peak RSS MB'], rows));
  process.stdout.write('\n' + verdicts.join('\n') + '\n');
}

async function benchRulesAlone(): Promise<void> {
  const rules = await benchRules();
  process.stdout.write(
    `\nRules alone, one core: ${Math.round(rules.peoplePerSecond).toLocaleString('en-US')} people/s ` +
      `(${rules.people.toLocaleString('en-US')} people in ${rules.seconds.toFixed(2)} s, explanations included; ` +
      `target >= ${TARGETS.rulesPeoplePerSecond.toLocaleString('en-US')}: ${met(rules.peoplePerSecond >= TARGETS.rulesPeoplePerSecond)})\n`,
  );
}

function runApiBench(): Promise<ApiBenchResult> {
  const script = fileURLToPath(new URL('./api-load-bench.ts', import.meta.url));
  const args = [
    ...['--people', options.apiPeople, '--seconds', options.apiSeconds, '--runs', options.apiRuns],
    ...['--workers', options.apiWorkers],
    ...['--steady-windows', options.apiSteadyWindows],
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`API load benchmark exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').pop() ?? '{}') as ApiBenchResult);
    });
  });
}

async function benchApiLoad(): Promise<void> {
  if (!postgresReachable()) {
    process.stderr.write('PostgreSQL is not reachable on 127.0.0.1:5432; skipping the API load benchmark.\n');
    return;
  }
  process.stderr.write('Running the API load benchmark on PostgreSQL...\n');
  const result = await runApiBench();
  const rows = result.phases.map((p) => [
    p.phase,
    p.route,
    p.connections,
    Math.round(p.median.requestsPerSecond),
    p.median.p50Ms,
    p.median.p99Ms,
    p.median.non2xx,
    p.median.errors,
    p.runs.map((r) => Math.round(r.requestsPerSecond).toLocaleString('en-US')).join(' / '),
  ]);
  process.stdout.write(
    `\nAPI under open season load on PostgreSQL: ${result.people.toLocaleString('en-US')} people, ` +
      `${result.signedIn.toLocaleString('en-US')} enrollees signed in; ${result.workers} server process(es) ` +
      `and the load generator on this machine; ` +
      `median of ${result.phases[0]?.runs.length ?? 0} runs of ${result.secondsPerRun} s\n`,
  );
  process.stdout.write(
    formatTable(
      [
        'phase',
        'route',
        'connections',
        'req/s',
        'p50 ms',
        'p99 ms',
        'non-2xx',
        'errors',
        'req/s of each run',
      ],
      rows,
    ),
  );
  const verdicts = result.phases
    .filter((p) => p.phase !== 'floor')
    .map((p) => {
      const rps = p.median.requestsPerSecond;
      const ok = rps >= p.target.requestsPerSecond && p.median.p99Ms < p.target.p99Ms;
      const failures = p.median.non2xx + p.median.errors;
      return (
        `${p.phase}: ${Math.round(rps).toLocaleString('en-US')} req/s, p99 ${p.median.p99Ms} ms ` +
        `(target >= ${p.target.requestsPerSecond.toLocaleString('en-US')} req/s, p99 < ${p.target.p99Ms} ms: ${met(ok)})` +
        (failures > 0 ? `; ${failures} failed: ${JSON.stringify(p.median.statuses)}` : '')
      );
    });
  if (result.eligibilityPercentOfFloor !== null)
    verdicts.push(
      `eligibility against its floor (a bare route reading one person by primary key, same run): ` +
        `${result.eligibilityPercentOfFloor}%, median of alternating runs ` +
        `(${result.eligibilityPercentOfFloorPerRun.join('% / ')}%) ` +
        `(goal >= 60%: ${met(result.eligibilityPercentOfFloor >= 60)})`,
    );
  if (result.surveyOverhead) {
    const { steady } = result.surveyOverhead;
    const { loopDelayMs: loopDelay } = result.surveyOverhead.workerRuns;
    verdicts.push(
      `survey invitations beside the elections (a worker inviting as they commit), ` +
        `${result.surveyOverhead.invitationsMade.toLocaleString('en-US')} invitations made:`,
      steady.requests === 0
        ? `  at a steady ${steady.requestsPerSecond}/s: not measured (every signed-in enrollee had elected; use more --people)`
        : `  at a steady ${steady.requestsPerSecond}/s: p99 ${steady.p99MsPlain} ms alone, ` +
            `${steady.p99MsSurveyed} ms beside the worker, ${signed(steady.p99MsAdded)} ms over ` +
            `${steady.requests.toLocaleString('en-US')} requests (median window ${signed(percentile(steady.p99MsAddedPerRun, 0.5))} ms ` +
            `of ${steady.p99MsAddedPerRun.length}) (target < 1 ms added at p99: ${met(steady.p99MsAdded < 1)})`,
      `  requests in flight while a run of the worker was (${steady.inFlight.besideDuringRuns.requests.toLocaleString('en-US')}): ` +
        `${latencies(steady.inFlight.besideDuringRuns)}; beside it, outside its runs: ` +
        `${latencies(steady.inFlight.besideOutsideRuns)}; alone: ${latencies(steady.inFlight.alone)}`,
      `  write-ahead log a second: ${kilobytes(steady.walBytesPerSecond.alone)} alone, ` +
        `${kilobytes(steady.walBytesPerSecond.beside)} beside the worker`,
      `  at full speed (the machine saturated): p99 ${signed(result.surveyOverhead.medianP99MsAdded)} ms, ` +
        `median of alternating runs (${result.surveyOverhead.p99MsAddedPerRun.map(signed).join(' / ')} ms)`,
      `  the worker's ${result.surveyOverhead.workerRuns.runs} runs: median ${result.surveyOverhead.workerRuns.runMs.median} ms ` +
        `(${result.surveyOverhead.workerRuns.cpuMs.median} ms of its own CPU), p99 ${result.surveyOverhead.workerRuns.runMs.p99} ms`,
      `  its event loop held (a millisecond timer's lateness) at p99: ${loopDelay.p99} ms while inviting, ` +
        `${loopDelay.paused.p99} ms while paused under the same load (max ${loopDelay.max} / ${loopDelay.paused.max} ms)`,
    );
  }
  process.stdout.write('\n' + verdicts.join('\n') + '\n');
}

function latencies(summary: LatencySummary): string {
  return `p50 ${summary.p50Ms} / p90 ${summary.p90Ms} / p99 ${summary.p99Ms} ms`;
}

function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1000).toLocaleString('en-US')} KB`;
}

function signed(ms: number): string {
  return ms > 0 ? `+${ms}` : String(ms);
}

function met(ok: boolean): string {
  return ok ? 'met' : 'NOT met';
}
