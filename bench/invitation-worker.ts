// The survey invitation worker the API bench runs beside the elections it measures: the cx-invitations
// job's work (createInvitations) in a loop in a process of its own, as a worker would run it against
// the same database. It starts paused; SIGUSR2 starts inviting, SIGUSR1 pauses (it answers `paused` once
// no run is in flight, so the next run measured alone has the machine to itself), SIGHUP starts
// inviting without skipping what was recorded while paused, SIGTERM stops. The
// usual minute's lag is left out so each election is invited to a survey as soon as it has committed,
// and the scan starts when the worker does: the open season run's backlog is not the bench's to work.
// On stopping it prints the invitations it made, as JSON, on its last line.
//   node --import tsx bench/invitation-worker.ts   (DATABASE_URL: the owner's URL; DATA_DIR: the keys)
import { loadCxCatalogue } from '../src/exchange/cx/cx-catalogue.ts';
import { cxKeysOf } from '../src/exchange/cx/cx-keys.ts';
import { createInvitations } from '../src/exchange/cx/create-invitations.ts';
import { CX_INVITATION_SHARE } from '../src/exchange/cx/invitation-job.ts';
import { loadFieldKeyring } from '../src/security/field-encryption.ts';
import { createHistogram } from 'node:perf_hooks';
import { openStore } from '../src/storage/store.ts';
import { percentile } from './steady-load.ts';

// A second between runs: each run then invites the second's transactions in one batch per source. Ten
// runs a second, a tenth of the rows each, cost more CPU in all (every run pays its statements) and
// met more of the elections at the database. INVITATION_PAUSE_MS tries another cadence.
const PAUSE_MS = Number(process.env.INVITATION_PAUSE_MS ?? 1_000);
// INVITATION_PROBE_ONLY=1: every run finds nothing new (its scan starts in the future), which measures
// the polling alone.
const probeOnly = process.env.INVITATION_PROBE_ONLY === '1';
// The share of the time a run may work, as the job's (src/exchange/pace.ts); INVITATION_SHARE tries
// another (1: flat out, as before the job was paced).
const SHARE = Number(process.env.INVITATION_SHARE ?? CX_INVITATION_SHARE);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('usage: invitation-worker.ts with DATABASE_URL and DATA_DIR set');

const store = await openStore({ databaseUrl, poolSize: 2, applicationName: 'pshb-invitation-worker' });
const catalogue = loadCxCatalogue();
const keys = cxKeysOf(loadFieldKeyring({ dataDir: process.env.DATA_DIR ?? 'data' }));
let since = new Date();
let inviting = false;
let stopping = false;
let invited = 0;
let runs = 0;
/** Each run's wall time and the worker's own CPU time in it (ms). */
const runMs: number[] = [];
/** When each run started and ended (ms since the epoch): the bench sets its requests against them. */
const runIntervals: [number, number][] = [];
const cpuMs: number[] = [];
// Resuming skips what was recorded while paused: each run measured beside the worker sees the worker
// keeping up with the transactions as they commit, not working off the runs measured without it.
// How long the event loop was held while inviting: when pshb serve runs the job, a request arriving
// meanwhile waits that long before the server reads it. A millisecond timer counts how late it fires
// (in microseconds, at least 1: the histogram takes positive integers), while inviting and, for the
// machine's own share of it (the operating system's scheduling on busy cores), while paused.
const loopDelay = createHistogram();
const pausedLoopDelay = createHistogram();
let lastTick = performance.now();
setInterval(() => {
  const now = performance.now();
  (inviting ? loopDelay : pausedLoopDelay).record(Math.max(1, Math.round((now - lastTick - 1) * 1000)));
  lastTick = now;
}, 1).unref();
process.on('SIGUSR2', () => {
  since = probeOnly ? new Date('3000-01-01') : new Date();
  inviting = true;
});
// SIGHUP starts inviting from where the last run stopped: what was recorded while paused is invited in
// the first run, as a worker keeping pace would have invited it. For short alternating windows, where
// that is about one run's usual share.
process.on('SIGHUP', () => {
  inviting = true;
});
let pauseAsked = false;
process.on('SIGUSR1', () => {
  inviting = false;
  pauseAsked = true;
});
process.on('SIGTERM', () => (stopping = true));
process.stdout.write('ready\n');

while (!stopping) {
  if (inviting) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const run = await createInvitations(store, {
      catalogue,
      keys,
      now: new Date(),
      lagMs: 0,
      since,
      share: SHARE,
    });
    runMs.push(performance.now() - started);
    runIntervals.push([performance.timeOrigin + started, performance.timeOrigin + performance.now()]);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    invited += run.invited;
    runs += 1;
  }
  if (pauseAsked) {
    pauseAsked = false;
    process.stdout.write('paused\n');
  }
  await pauseBetweenRuns();
}
await store.close();

/** PAUSE_MS, cut short by a signal so that a pause or a start is answered within a tick. */
async function pauseBetweenRuns(): Promise<void> {
  const wasInviting = inviting;
  const until = performance.now() + PAUSE_MS;
  while (performance.now() < until && !stopping && !pauseAsked && inviting === wasInviting)
    await new Promise((resolve) => setTimeout(resolve, 20));
}

const spread = (values: number[]) => ({
  median: percentile(values, 0.5),
  p99: percentile(values, 0.99),
  max: percentile(values, 1),
});
const lateMs = (us: number) => Math.round(us / 10) / 100;
const lateness = (histogram: typeof loopDelay) => ({
  samples: histogram.count,
  median: lateMs(histogram.percentile(50)),
  p99: lateMs(histogram.percentile(99)),
  max: lateMs(histogram.max),
});
const loopDelayMs = { ...lateness(loopDelay), paused: lateness(pausedLoopDelay) };
process.stdout.write(
  `${JSON.stringify({ invited, runs, runMs: spread(runMs), cpuMs: spread(cpuMs), loopDelayMs, runIntervals })}\n`,
);
