// A local OpenID provider for development and tests, run from oidc-provider on loopback: the same
// authorization code + PKCE + private_key_jwt flow login.gov runs, with a sign-in page that accepts
// the demo accounts' names (any password: it proves nothing and must never face the internet; an
// unknown name ends in the provider's error page, never in a sign-in). It
// refuses to start when NODE_ENV is 'production'. Signing keys and cookie keys are made at each start.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';
import type { ClientJwk } from './oidc-client-key.ts';

export interface DevAccount {
  /** The subject, and the name typed on the development sign-in page. */
  readonly subject: string;
  readonly email: string;
  readonly givenName: string;
  readonly familyName: string;
}

export interface DevProviderOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  readonly clientId?: string;
  /** The client's public keys (publicJwkOf the client's private JWK). */
  readonly clientJwks: { keys: readonly ClientJwk[] };
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris?: readonly string[];
  readonly accounts: readonly DevAccount[];
}

export interface DevProvider {
  readonly issuer: string;
  readonly clientId: string;
  close(): Promise<void>;
}

export const DEV_CLIENT_ID = 'pshb-exchange-dev';

export async function startDevProvider(options: DevProviderOptions): Promise<DevProvider> {
  if (process.env.NODE_ENV === 'production')
    throw new Error('the development OpenID provider does not run when NODE_ENV=production');
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host}:${port}`;
  const clientId = options.clientId ?? DEV_CLIENT_ID;
  const accounts = new Map(options.accounts.map((a) => [a.subject, a]));
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'private_key_jwt',
        token_endpoint_auth_signing_alg: 'RS256',
        jwks: { keys: options.clientJwks.keys.map((k) => ({ ...k })) },
        redirect_uris: [...options.redirectUris],
        post_logout_redirect_uris: [...(options.postLogoutRedirectUris ?? [])],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    clientAuthMethods: ['private_key_jwt'],
    pkce: { required: () => true },
    jwks: { keys: [{ ...signingKey, kid: 'dev-signing', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    ttl: {
      AuthorizationCode: 60,
      IdToken: 600,
      AccessToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['given_name', 'family_name'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: true,
          given_name: account.givenName,
          family_name: account.familyName,
        }),
      };
    },
    // The exchange is a first-party client: grant its scopes without a consent screen, as login.gov
    // does after the user's first consent.
    loadExistingGrant: async (ctx) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = 'json';
      ctx.body = out;
    },
  };
  const provider = new Provider(issuer, configuration);
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
