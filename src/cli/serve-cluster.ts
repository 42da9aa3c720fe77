// `pshb serve --workers N` on PostgreSQL: N processes serve one port (node:cluster). The primary
// migrates once, starts the development sign-in provider once (every worker must send people to the
// same provider, or a sign-in begun on one process could not finish on another), forks the workers,
// replaces a worker that dies, and on SIGTERM or SIGINT asks every worker to finish its requests and
// stop. Each worker is a full server: nothing a request needs is kept in one process's memory but
// caches the database can always rebuild (docs/adr/0013-process-model.md).
import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:net';
import { PshbError } from '../errors.ts';
import { say } from './cli-context.ts';

/** What the primary hands every worker, through the environment of the fork. */
export interface WorkerHandOff {
  /** The port resolved once (a requested 0 becomes one free port shared by all workers). */
  readonly port: number;
  /** The development provider's issuer, when the primary started one. */
  readonly devIssuer?: string;
  readonly devClientId?: string;
}

const HAND_OFF_VARIABLE = 'PSHB_SERVE_WORKER_HAND_OFF';
/** A worker that dies sooner than this after starting waits this long before it is replaced. */
const RESTART_BACKOFF_MS = 1_000;
const MIN_HEALTHY_LIFE_MS = 10_000;
/** How long the primary waits for workers to finish their requests before it kills them. */
const STOP_GRACE_MS = 45_000;

/** In a worker: what the primary handed it; undefined in the primary or a single process. */
export function workerHandOff(text: string | null): WorkerHandOff | undefined {
  if (!cluster.isWorker) return undefined;
  if (!text) throw new Error(`a pshb serve worker was started without ${HAND_OFF_VARIABLE}`);
  return JSON.parse(text) as WorkerHandOff;
}

/**
 * How many processes serve: --workers when given, else one per core on PostgreSQL and one on PGlite.
 * PGlite is a database inside one process, so it cannot be shared by several.
 */
export function workerCount(text: string | undefined, backend: 'pglite' | 'postgres', cores: number): number {
  if (text === undefined) return backend === 'postgres' ? Math.max(1, cores) : 1;
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 256)
    throw new PshbError('INVALID_INPUT', `--workers: "${text}" is not a number of processes from 1 to 256`);
  if (count > 1 && backend === 'pglite')
    throw new PshbError(
      'INVALID_INPUT',
      `--workers ${count}: the embedded PGlite database lives inside one process and cannot be shared by ${count}; set DATABASE_URL (PostgreSQL) to serve with several processes, or use --workers 1`,
    );
  return count;
}

/** A free port on the host, so that every worker and the sign-in provider agree on one. */
export function resolvePort(port: number, host: string): Promise<number> {
  if (port !== 0) return Promise.resolve(port);
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const free = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(free));
    });
  });
}

export interface ClusterOptions {
  readonly workers: number;
  readonly handOff: WorkerHandOff;
  /** Called once every worker has stopped (e.g. to stop the development provider). */
  readonly onStopped: () => Promise<void>;
}

/**
 * Forks the workers and resolves once all of them listen. A worker that exits before it ever listened
 * stops the whole start (a bad setting would otherwise be retried forever); one that dies later is
 * replaced. The primary exits once every worker has stopped after a signal.
 */
export function runCluster(options: ClusterOptions): Promise<void> {
  const env = { [HAND_OFF_VARIABLE]: JSON.stringify(options.handOff) };
  const startedAt = new Map<Worker, number>();
  const listening = new Set<number>();
  let stopping = false;
  return new Promise((resolve, reject) => {
    const fork = (): void => {
      const worker = cluster.fork(env);
      startedAt.set(worker, Date.now());
      // A server on 'localhost' listens twice (IPv4 and IPv6): count workers, not sockets.
      worker.on('listening', () => {
        listening.add(worker.id);
        if (listening.size === options.workers) resolve();
      });
    };
    cluster.on('exit', (worker, code, signal) => {
      const born = startedAt.get(worker) ?? 0;
      startedAt.delete(worker);
      if (stopping) {
        if (startedAt.size === 0) void options.onStopped().finally(() => process.exit(process.exitCode ?? 0));
        return;
      }
      if (listening.size < options.workers) {
        stopping = true;
        for (const other of startedAt.keys()) other.process.kill('SIGTERM');
        reject(new Error(`a serve worker exited during start (${signal ?? `code ${code}`})`));
        if (startedAt.size === 0) void options.onStopped();
        return;
      }
      say(`pshb: serve worker ${worker.process.pid} died (${signal ?? `code ${code}`}); starting another`);
      const delay = Date.now() - born < MIN_HEALTHY_LIFE_MS ? RESTART_BACKOFF_MS : 0;
      setTimeout(fork, delay);
    });
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      say(`pshb: ${signal}: asking ${startedAt.size} workers to finish their requests and stop`);
      for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
      setTimeout(() => {
        for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
      }, STOP_GRACE_MS).unref();
      if (startedAt.size === 0) void options.onStopped().finally(() => process.exit(0));
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    for (let i = 0; i < options.workers; i++) fork();
  });
}

/** In a worker: once its server has stopped, leave the cluster so the process can end. */
export function leaveClusterWhenStopped(stopped: Promise<void>): void {
  void stopped.finally(() => cluster.worker?.disconnect());
}
