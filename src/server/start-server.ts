// Listens on a port and stops gracefully on SIGTERM or SIGINT: no new connections, in-flight requests
// finish, then the store closes. `pshb serve` / `npm start` (the CLI's) call this. While it runs it takes
// background jobs (the purge of expired sessions and old idempotency records): through pg-boss on
// PostgreSQL, so N processes run each scheduled job once between them, on its own timers on PGlite.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../storage/store.ts';
import { readEnvironment, type Environment } from '../config/configuration.ts';
import { retentionOf, type RetentionPolicy } from '../exchange/maintenance/purge-expired.ts';
import { purgeJob } from '../exchange/maintenance/purge-job.ts';
import type { JobDefinition, JobRunner } from '../storage/jobs/job-runner.ts';
import { jobRunnerFor } from '../storage/jobs/runner-for-store.ts';
import { buildServer, type ServerOptions } from './build-server.ts';
import { serverLoggerOptions } from './log-redaction.ts';
import type { Authenticator } from './principal.ts';

export interface StartOptions {
  readonly port: number;
  readonly host?: string;
  readonly store: Store;
  /** The configuration read at the entry point; default: every variable at its documented default. */
  readonly environment?: Environment;
  /**
   * Finds the signed-in principal. The default finds none, so every /api/v1 request is refused with
   * 401 until the security module's OpenID Connect Authenticator is passed here.
   */
  readonly authenticate?: Authenticator;
  readonly logger?: ServerOptions['logger'];
  readonly configure?: ServerOptions['configure'];
  /** Called once the server has stopped, e.g. to stop a development sign-in provider. */
  readonly onClose?: () => Promise<void>;
  /**
   * How often to purge expired sessions and idempotency records; 0 never. Default:
   * PSHB_PURGE_INTERVAL_SECONDS, else 15 minutes.
   */
  readonly purgeIntervalMs?: number;
  /**
   * Further background jobs the process takes besides the purge (the carrier exchange's schedule,
   * which `pshb serve` passes unless PSHB_EXCHANGE_JOBS=off). Their failures are logged.
   */
  readonly jobs?: (onError: (queue: string) => JobErrorHandler) => readonly JobDefinition[];
}

type JobErrorHandler = (error: unknown, willRetry: boolean) => void;

export interface RunningServer {
  readonly app: FastifyInstance;
  /** The address it listens on, e.g. http://127.0.0.1:3000. */
  readonly url: string;
  /** Stops listening, lets in-flight requests finish and closes the store. */
  close(): Promise<void>;
}

const refuseAll: Authenticator = async () => null;

/** How long a stop waits for handlers still running after their clients went away. */
const HANDLER_DRAIN_MS = 30_000;

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const environment = options.environment ?? readEnvironment({});
  const purgeIntervalMs = options.purgeIntervalMs ?? environment.PSHB_PURGE_INTERVAL_SECONDS * 1000;
  const app = await buildServer({
    store: options.store,
    environment,
    authenticate: options.authenticate ?? refuseAll,
    logger: options.logger ?? serverLoggerOptions(),
    ...(options.configure ? { configure: options.configure } : {}),
  });
  const jobs = await startJobs(app, options.store, {
    purge: purgeIntervalMs > 0 ? { everyMs: purgeIntervalMs, retention: retentionOf(environment) } : null,
    others: options.jobs?.((queue) => logFailure(app, queue)) ?? [],
  });
  let url: string;
  try {
    url = await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    await jobs?.stop();
    throw error;
  }
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await jobs?.stop();
      await app.close();
      // app.close() waits for open connections, not for handlers whose client has gone: let those
      // finish before the store they use is closed.
      await app.handlersInFlight.drained(HANDLER_DRAIN_MS);
      await options.onClose?.();
      await options.store.close();
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    close().then(
      () => app.log.info('stopped'),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return { app, url, close };
}

/** Starts taking background jobs: the purge (unless turned off) and the others, results and failures logged. */
async function startJobs(
  app: FastifyInstance,
  store: Store,
  jobs: { purge: { everyMs: number; retention: RetentionPolicy } | null; others: readonly JobDefinition[] },
): Promise<JobRunner | null> {
  const definitions: JobDefinition[] = [...jobs.others];
  if (jobs.purge) definitions.unshift(purgeDefinition(app, store, jobs.purge));
  if (definitions.length === 0) return null;
  const runner = jobRunnerFor(store, {
    onError: (error) => app.log.error({ err: error }, 'background job upkeep failed'),
  });
  await runner.start(definitions);
  return runner;
}

function purgeDefinition(
  app: FastifyInstance,
  store: Store,
  purge: { everyMs: number; retention: RetentionPolicy },
): JobDefinition {
  return purgeJob(store, {
    ...purge,
    onPurged: (report) => {
      if (report.expiredSessions + report.idempotencyRecords > 0)
        app.log.info(report, 'purged expired records');
    },
    onError: logFailure(app, 'purge of expired records'),
  });
}

function logFailure(app: FastifyInstance, queue: string): JobErrorHandler {
  return (error, willRetry) =>
    app.log.error({ err: error }, `${queue} failed${willRetry ? '; will retry' : ''}`);
}
