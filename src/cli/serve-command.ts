// pshb serve: the HTTP API with OpenID Connect sign-in. Without PSHB_OIDC_ISSUER (and outside
// production) it starts the project's own development provider with one demo account per role.
// With --workers N (on PostgreSQL, one per core by default) N processes serve the port (serve-cluster.ts).
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { DEMO_ACCOUNTS, demoAccountSummaries } from '../security/demo-accounts.ts';
import { programClockOf, type Environment } from '../config/configuration.ts';
import { webApp } from '../server/web-app.ts';
import { oidcSignIn, type OidcSignInOptions } from '../security/oidc-client.ts';
import { loadClientPrivateJwk } from '../security/oidc-client-key.ts';
import { sessionAuthenticator } from '../security/sessions.ts';
import { loadSessionSecret, signInOptionsFromEnv, startDevSignIn } from '../security/sign-in-setup.ts';
import { serverLoggerOptions } from '../server/log-redaction.ts';
import { startServer, type RunningServer } from '../server/start-server.ts';
import { exchangeJobs } from '../exchange/delivery/exchange-jobs.ts';
import { cxInvitationJobFor } from './cx-commands.ts';
import { deliveryPartners, transportContextFor } from '../exchange/delivery/delivery-partners.ts';
import type { JobDefinition } from '../storage/jobs/job-runner.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { fieldKeyringFor } from '../security/ssn-at-rest.ts';
import type { Store } from '../storage/store.ts';
import { environmentOf, openAppStore, openMigratedStore, say } from './cli-context.ts';
import { dataDirOf } from './data-commands.ts';
import {
  leaveClusterWhenStopped,
  resolvePort,
  runCluster,
  workerCount,
  workerHandOff,
  type WorkerHandOff,
} from './serve-cluster.ts';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Use the development sign-in provider even when PSHB_OIDC_ISSUER is set. */
  readonly dev?: boolean;
  /** The configuration read at the entry point (docs/configuration.md). */
  readonly environment: Environment;
}

interface ServeCliOptions {
  port?: string;
  host: string;
  dev?: boolean;
  workers?: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (docs at /docs, OpenAPI at /openapi.json) with OpenID Connect sign-in')
    .option('--port <port>', 'port to listen on (default PORT, else 3000)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--dev', 'sign in through the development provider with demo accounts (never in production)')
    .option(
      '--workers <n>',
      'processes serving the port (default: one per core on PostgreSQL; PGlite is served by one)',
    )
    .action(async (options: ServeCliOptions, command: Command) => {
      const environment = environmentOf(command);
      const settings: ServeOptions = {
        port: options.port === undefined ? environment.PORT : portNumber(options.port),
        host: options.host,
        dataDir: dataDirOf(command),
        environment,
        ...(options.dev ? { dev: true } : {}),
      };
      const handOff = workerHandOff(environment.PSHB_SERVE_WORKER_HAND_OFF);
      if (handOff) return serveAsWorker(await openAppStore(command), settings, handOff);
      const store = await openMigratedStore(command);
      let workers: number;
      try {
        workers = workerCount(options.workers, store.backend, availableParallelism());
      } catch (error) {
        await store.close();
        throw error;
      }
      if (workers === 1) await serve(store, settings);
      else await servePrimary(store, settings, workers);
    });
}

/** Starts the server on an open store; it keeps running until SIGTERM or SIGINT, then closes the store. */
export async function serve(store: Store, options: ServeOptions): Promise<RunningServer> {
  const appOrigin = `http://${options.host}:${options.port}`;
  let signIn: OidcSignInOptions;
  let stopProvider: () => Promise<void> = async () => undefined;
  if (usesDevProvider(options)) {
    const dev = await startDevSignIn({
      store,
      appOrigin,
      dataDir: options.dataDir,
      env: options.environment,
    });
    signIn = dev.signIn;
    stopProvider = () => dev.provider.close();
  } else {
    signIn = signInOptionsFromEnv(store, options.environment, options.dataDir);
  }
  const server = await startSignInServer(store, options, signIn, stopProvider);
  announce(server.url, usesDevProvider(options));
  return server;
}

function usesDevProvider(options: ServeOptions): boolean {
  return options.dev === true || !options.environment.PSHB_OIDC_ISSUER;
}

function startSignInServer(
  store: Store,
  options: ServeOptions,
  signIn: OidcSignInOptions,
  onClose: () => Promise<void>,
): Promise<RunningServer> {
  const dev = usesDevProvider(options);
  return startServer({
    port: options.port,
    host: options.host,
    store,
    environment: options.environment,
    authenticate: sessionAuthenticator(store),
    // Log lines are written asynchronously, in batches, rather than one blocking write per line (the
    // server flushes them when it stops), with personal data and sign-in secrets masked.
    logger: serverLoggerOptions(options.environment.LOG_LEVEL),
    configure: async (app) => {
      await app.register(oidcSignIn, signIn);
      await webApp(app, {
        root: options.environment.PSHB_WEB_ROOT,
        demo: dev
          ? { programDate: programClockOf(options.environment).today(), accounts: demoAccountSummaries() }
          : null,
      });
    },
    onClose,
    ...(options.environment.PSHB_EXCHANGE_JOBS === 'on'
      ? { jobs: (onError) => exchangeSchedule(store, options.dataDir, onError, options.environment) }
      : {}),
  });
}

/** The carrier exchange's background jobs over every shipped partner, delivering through the data folder. */
function exchangeSchedule(
  store: Store,
  dataDir: string,
  onError: (queue: string) => (error: unknown, willRetry: boolean) => void,
  environment?: Environment,
): JobDefinition[] {
  const jobs = exchangeJobs(store, {
    partners: deliveryPartners(),
    context: transportContextFor(dataDir, { folder: environment?.PSHB_SECRETS_DIR }),
    plan: caseSupportPlan(),
    keyring: () => fieldKeyringFor(store, environment),
  });
  return [...jobs, cxInvitationJobFor(store, dataDir, environment)].map((job) => ({
    ...job,
    onError: onError(`exchange job ${job.name}`),
  }));
}

function announce(url: string, dev: boolean): void {
  say(`PSHB Exchange at ${url}/ (the web app)`);
  say(`API at ${url}/api/v1: docs ${url}/docs, OpenAPI ${url}/openapi.json`);
  say(`Sign in at ${url}/auth/login` + (dev ? ' through the development provider.' : '.'));
  if (dev) {
    say(
      `Demo accounts (any password): ${DEMO_ACCOUNTS.map((a) => `${a.subject} (${a.role.replaceAll('_', ' ')})`).join(', ')}`,
    );
  }
  say('Stop with Ctrl+C.');
}

/**
 * The primary of several processes: it has migrated the database; it starts the one development
 * provider every worker signs people in through, then forks the workers and waits for them to listen.
 */
async function servePrimary(store: Store, options: ServeOptions, workers: number): Promise<void> {
  const port = await resolvePort(options.port, options.host);
  const url = `http://${options.host}:${port}`;
  let handOff: WorkerHandOff = { port };
  let stopProvider: () => Promise<void> = async () => undefined;
  try {
    if (usesDevProvider(options)) {
      const dev = await startDevSignIn({
        store,
        appOrigin: url,
        dataDir: options.dataDir,
        env: options.environment,
      });
      handOff = { port, devIssuer: dev.provider.issuer, devClientId: dev.provider.clientId };
      stopProvider = () => dev.provider.close();
    } else {
      // Checked here so a missing setting stops the start once, not in every worker.
      signInOptionsFromEnv(store, options.environment, options.dataDir);
    }
  } finally {
    await store.close();
  }
  await runCluster({ workers, handOff, onStopped: stopProvider });
  announce(url, usesDevProvider(options));
  say(`${workers} processes serve port ${port} (pid ${process.pid} supervises them).`);
}

/** One of several processes: the same server, signing in through the primary's provider when it runs one. */
async function serveAsWorker(store: Store, options: ServeOptions, handOff: WorkerHandOff): Promise<void> {
  const settings = { ...options, port: handOff.port };
  const signIn = handOff.devIssuer
    ? devSignInThrough(store, settings, handOff.devIssuer, handOff.devClientId ?? '')
    : signInOptionsFromEnv(store, options.environment, options.dataDir);
  const server = await startSignInServer(store, settings, signIn, async () => undefined);
  const stopped = new Promise<void>((resolve) => {
    const stop = () => void server.close().finally(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  leaveClusterWhenStopped(stopped);
}

/** The settings startDevSignIn returns, for a provider another process started with the same keys. */
function devSignInThrough(
  store: Store,
  options: ServeOptions,
  issuer: string,
  clientId: string,
): OidcSignInOptions {
  const origin = `http://${options.host}:${options.port}`;
  return {
    store,
    issuer,
    clientId,
    privateJwk: loadClientPrivateJwk({ env: options.environment, dataDir: options.dataDir }),
    redirectUri: `${origin}/auth/callback`,
    postLogoutRedirectUri: `${origin}/`,
    sessionSecret: loadSessionSecret(options.environment, options.dataDir),
    prompt: 'login',
  };
}

export function portNumber(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new PshbError('INVALID_INPUT', `--port: "${text}" is not a port number (0-65535)`);
  }
  return port;
}
