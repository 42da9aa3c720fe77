// pshb serve: the HTTP API with OpenID Connect sign-in. Without PSHB_OIDC_ISSUER (and outside
// production) it starts the project's own development provider with one demo account per role.
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import { DEMO_ACCOUNTS, demoAccountSummaries } from '../security/demo-accounts.ts';
import { programToday } from '../domain/program-clock.ts';
import { webApp } from '../server/web-app.ts';
import { oidcSignIn, type OidcSignInOptions } from '../security/oidc-client.ts';
import { sessionAuthenticator } from '../security/sessions.ts';
import { signInOptionsFromEnv, startDevSignIn } from '../security/sign-in-setup.ts';
import { serverLoggerOptions } from '../server/log-redaction.ts';
import { startServer, type RunningServer } from '../server/start-server.ts';
import type { Store } from '../storage/store.ts';
import { openMigratedStore, say } from './cli-context.ts';
import { dataDirOf } from './data-commands.ts';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Use the development sign-in provider even when PSHB_OIDC_ISSUER is set. */
  readonly dev?: boolean;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (docs at /docs, OpenAPI at /openapi.json) with OpenID Connect sign-in')
    .option('--port <port>', 'port to listen on (or PORT)', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--dev', 'sign in through the development provider with demo accounts (never in production)')
    .action(async (options: { port: string; host: string; dev?: boolean }, command: Command) => {
      const store = await openMigratedStore(command);
      await serve(store, {
        port: portNumber(options.port),
        host: options.host,
        dataDir: dataDirOf(command),
        ...(options.dev ? { dev: true } : {}),
      });
    });
}

/** Starts the server on an open store; it keeps running until SIGTERM or SIGINT, then closes the store. */
export async function serve(store: Store, options: ServeOptions): Promise<RunningServer> {
  const appOrigin = `http://${options.host}:${options.port}`;
  const useDevProvider = options.dev === true || !process.env.PSHB_OIDC_ISSUER;
  let signIn: OidcSignInOptions;
  let stopProvider: () => Promise<void> = async () => undefined;
  if (useDevProvider) {
    const dev = await startDevSignIn({ store, appOrigin, dataDir: options.dataDir });
    signIn = dev.signIn;
    stopProvider = () => dev.provider.close();
  } else {
    signIn = signInOptionsFromEnv(store, process.env, options.dataDir);
  }
  const server = await startServer({
    port: options.port,
    host: options.host,
    store,
    authenticate: sessionAuthenticator(store),
    // Log lines are written asynchronously, in batches, rather than one blocking write per line (the
    // server flushes them when it stops), with personal data and sign-in secrets masked.
    logger: serverLoggerOptions(),
    configure: async (app) => {
      await app.register(oidcSignIn, signIn);
      await webApp(app, {
        demo: useDevProvider ? { programDate: programToday(), accounts: demoAccountSummaries() } : null,
      });
    },
    onClose: stopProvider,
  });
  say(`PSHB Exchange at ${server.url}/ (the web app)`);
  say(`API at ${server.url}/api/v1: docs ${server.url}/docs, OpenAPI ${server.url}/openapi.json`);
  say(`Sign in at ${server.url}/auth/login` + (useDevProvider ? ' through the development provider.' : '.'));
  if (useDevProvider) {
    say(
      `Demo accounts (any password): ${DEMO_ACCOUNTS.map((a) => `${a.subject} (${a.role.replaceAll('_', ' ')})`).join(', ')}`,
    );
  }
  say('Stop with Ctrl+C.');
  return server;
}

export function portNumber(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new PshbError('INVALID_INPUT', `--port: "${text}" is not a port number (0-65535)`);
  }
  return port;
}
