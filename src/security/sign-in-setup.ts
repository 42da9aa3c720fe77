// The sign-in's settings, for the server to pass to `oidcSignIn`: from the environment in production
// (login.gov), or from a development provider the project starts itself (`pshb serve --dev`, tests).
import type { Environment } from '../config/configuration.ts';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PshbError } from '../errors.ts';
import type { Store } from '../storage/store.ts';
import { DEMO_ACCOUNTS, saveDemoAccounts } from './demo-accounts.ts';
import type { DevProvider } from './dev-oidc-provider.ts';
import type { OidcSignInOptions } from './oidc-client.ts';
import { loadClientPrivateJwk, publicJwkOf } from './oidc-client-key.ts';
import { keysFolder, readOrCreateSecretFile } from './secret-files.ts';

/** The sign-in settings of the configuration (docs/configuration.md); tests give only what they need. */
export type SignInEnvironment = Partial<
  Pick<
    Environment,
    | 'PSHB_OIDC_ISSUER'
    | 'PSHB_OIDC_CLIENT_ID'
    | 'PSHB_OIDC_REDIRECT_URI'
    | 'PSHB_OIDC_ACR_VALUES'
    | 'PSHB_OIDC_POST_LOGOUT_REDIRECT_URI'
    | 'PSHB_OIDC_PRIVATE_JWK'
    | 'PSHB_SESSION_SECRET'
    | 'DATA_DIR'
    | 'NODE_ENV'
  >
>;

/** PSHB_SESSION_SECRET, else DATA_DIR/keys/session-secret (generated, 0600; share it between instances). */
export function loadSessionSecret(env: SignInEnvironment, dataDir?: string): string {
  if (env.PSHB_SESSION_SECRET) {
    if (env.PSHB_SESSION_SECRET.length < 32)
      throw new PshbError('INVALID_INPUT', 'PSHB_SESSION_SECRET must be at least 32 characters');
    return env.PSHB_SESSION_SECRET;
  }
  const folder = keysFolder(dataDir ?? env.DATA_DIR ?? 'data');
  return readOrCreateSecretFile(join(folder, 'session-secret'), () =>
    randomBytes(32).toString('base64url'),
  ).trim();
}

/**
 * Production sign-in settings: PSHB_OIDC_ISSUER, PSHB_OIDC_CLIENT_ID, PSHB_OIDC_REDIRECT_URI (required),
 * PSHB_OIDC_ACR_VALUES, PSHB_OIDC_POST_LOGOUT_REDIRECT_URI (optional), the client key and session secret.
 */
export function signInOptionsFromEnv(
  store: Store,
  env: SignInEnvironment,
  dataDir?: string,
): OidcSignInOptions {
  const required = ['PSHB_OIDC_ISSUER', 'PSHB_OIDC_CLIENT_ID', 'PSHB_OIDC_REDIRECT_URI'] as const;
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0)
    throw new PshbError(
      'INVALID_INPUT',
      `sign-in is not configured: set ${missing.join(', ')} (docs/security.md), or run with --dev`,
    );
  return {
    store,
    issuer: env.PSHB_OIDC_ISSUER!,
    clientId: env.PSHB_OIDC_CLIENT_ID!,
    redirectUri: env.PSHB_OIDC_REDIRECT_URI!,
    privateJwk: loadClientPrivateJwk({ env, ...(dataDir ? { dataDir } : {}) }),
    sessionSecret: loadSessionSecret(env, dataDir),
    ...(env.PSHB_OIDC_ACR_VALUES ? { acrValues: env.PSHB_OIDC_ACR_VALUES } : {}),
    ...(env.PSHB_OIDC_POST_LOGOUT_REDIRECT_URI
      ? { postLogoutRedirectUri: env.PSHB_OIDC_POST_LOGOUT_REDIRECT_URI }
      : {}),
  };
}

export interface DevSignIn {
  readonly provider: DevProvider;
  readonly signIn: OidcSignInOptions;
}

/**
 * Starts the development provider for an app served at `appOrigin` (e.g. http://127.0.0.1:3000),
 * registers the client's key with it, writes the demo accounts' user_account rows, and returns the
 * settings for `oidcSignIn`. Refuses to run when NODE_ENV=production.
 */
export async function startDevSignIn(options: {
  store: Store;
  appOrigin: string;
  dataDir?: string;
  providerPort?: number;
  env: SignInEnvironment;
}): Promise<DevSignIn> {
  const env = options.env;
  const privateJwk = loadClientPrivateJwk({ env, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  const origin = options.appOrigin.replace(/\/$/, '');
  // Loaded only when a development provider is started: the provider library is large and warns on import.
  const { startDevProvider } = await import('./dev-oidc-provider.ts');
  const provider = await startDevProvider({
    production: env.NODE_ENV === 'production',
    port: options.providerPort ?? 0,
    clientJwks: { keys: [publicJwkOf(privateJwk)] },
    redirectUris: [`${origin}/auth/callback`],
    postLogoutRedirectUris: [`${origin}/`],
    accounts: DEMO_ACCOUNTS,
  });
  await saveDemoAccounts(options.store);
  return {
    provider,
    signIn: {
      store: options.store,
      issuer: provider.issuer,
      clientId: provider.clientId,
      privateJwk,
      redirectUri: `${origin}/auth/callback`,
      postLogoutRedirectUri: `${origin}/`,
      sessionSecret: loadSessionSecret(env, options.dataDir),
      prompt: 'login',
    },
  };
}
