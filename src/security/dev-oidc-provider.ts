// A local OpenID provider for development and tests, run from oidc-provider on loopback: the same
// authorization code + PKCE + private_key_jwt flow login.gov runs, with our own accessible sign-in page
// (dev-sign-in-pages.ts) that accepts the demo accounts' names (any password: it proves nothing and
// must never face the internet; an unknown name gets the page again with an error, never a sign-in).
// It refuses to start when NODE_ENV is 'production'. Signing keys and cookie keys are made at each start.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import {
  errorPage,
  pageLanguageOf,
  hasErrors,
  PAGE_HEADERS,
  signedOutPage,
  signInErrors,
  signInPage,
  signOutConfirmPage,
} from './dev-sign-in-pages.ts';
import type { ClientJwk } from './oidc-client-key.ts';

export interface DevAccount {
  /** The subject, and the name typed on the development sign-in page. */
  readonly subject: string;
  readonly email: string;
  readonly givenName: string;
  readonly familyName: string;
}

export interface DevProviderOptions {
  /** NODE_ENV=production: the provider refuses to start. */
  readonly production?: boolean;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  readonly clientId?: string;
  /** The client's public keys (publicJwkOf the client's private JWK). */
  readonly clientJwks: { keys: readonly ClientJwk[] };
  readonly redirectUris: readonly string[];
  /** The first is also where the sign-in page's Cancel link and the error pages send people back. */
  readonly postLogoutRedirectUris?: readonly string[];
  readonly accounts: readonly DevAccount[];
}

export interface DevProvider {
  readonly issuer: string;
  readonly clientId: string;
  close(): Promise<void>;
}

export const DEV_CLIENT_ID = 'pshb-exchange-dev';

/** Our interaction pages: GET shows the sign-in form, POST .../login submits it, GET .../abort cancels. */
const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?$/;
const MAX_FORM_BYTES = 16 * 1024;

export async function startDevProvider(options: DevProviderOptions): Promise<DevProvider> {
  if (options.production)
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
  const appHref = options.postLogoutRedirectUris?.[0];
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
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          sendKoaPage(
            ctx,
            signOutConfirmPage({
              providerForm: form,
              formId: 'op.logoutForm',
              language: pageLanguageOf(ctx.oidc.params?.ui_locales),
              ...(ctx.oidc.session?.accountId ? { accountId: ctx.oidc.session.accountId } : {}),
            }),
          );
        },
        // Shown only when the app sends no post_logout_redirect_uri; the exchange always sends one.
        postLogoutSuccessSource: (ctx) => {
          sendKoaPage(ctx, signedOutPage(appHref ? { appHref } : {}));
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
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
      sendKoaPage(
        ctx,
        errorPage({
          ...(ctx.path.startsWith('/session/end') ? { heading: 'Sign-out stopped' } : {}),
          message: plainMessageFor(out.error),
          details: out.error_description ? `${out.error}: ${out.error_description}` : out.error,
          ...(appHref ? { appHref } : {}),
        }),
      );
    },
  };
  const provider = new Provider(issuer, configuration);
  const providerCallback = provider.callback();
  const interactions = interactionPages(provider, {
    accountNames: [...accounts.keys()],
    cancelHref: (uid) => appHref ?? `/interaction/${uid}/abort`,
    ...(appHref ? { appHref } : {}),
  });
  server.on('request', (req, res) => {
    const match = INTERACTION_PATH.exec(new URL(req.url ?? '/', issuer).pathname);
    if (match) void interactions(req, res, match[1]!, (match[2] ?? 'form') as InteractionStep);
    else providerCallback(req, res);
  });
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

type InteractionStep = 'form' | 'login' | 'abort';

interface InteractionPagesOptions {
  readonly accountNames: readonly string[];
  readonly cancelHref: (uid: string) => string;
  readonly appHref?: string;
}

/**
 * Handles GET /interaction/:uid (the sign-in form), POST /interaction/:uid/login (its submission) and
 * GET /interaction/:uid/abort (Cancel, when the app's front door is not known: access_denied to the app).
 * The interaction itself (which browser, which authorization request) is the provider's: its cookie,
 * read by interactionDetails, ties this page to the request that started it.
 */
function interactionPages(provider: Provider, options: InteractionPagesOptions) {
  const knownNames = new Set(options.accountNames);
  const appLink = options.appHref ? { appHref: options.appHref } : {};

  return async (
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    step: InteractionStep,
  ): Promise<void> => {
    try {
      const method = req.method ?? 'GET';
      const allowed = step === 'login' ? ['POST'] : ['GET', 'HEAD'];
      if (!allowed.includes(method)) {
        res.setHeader('allow', allowed.join(', '));
        sendPage(res, 405, errorPage({ message: 'This page cannot be used that way.', ...appLink }));
        return;
      }
      const interaction = await provider.interactionDetails(req, res);
      if (interaction.uid !== uid) throw new errors.SessionNotFound('interaction mismatch');
      if (step === 'abort') {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'the user cancelled the sign-in' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      if (interaction.prompt.name === 'consent') {
        await finishConsent(provider, req, res, interaction);
        return;
      }
      if (interaction.prompt.name !== 'login') {
        sendPage(
          res,
          501,
          errorPage({ message: 'This kind of sign-in step is not supported here.', ...appLink }),
        );
        return;
      }
      const language = pageLanguageOf(interaction.params.ui_locales);
      const page = {
        language,
        action: `/interaction/${uid}/login`,
        cancelHref: options.cancelHref(uid),
        accountNames: options.accountNames,
      };
      if (step === 'form') {
        const hint = interaction.params.login_hint;
        sendPage(res, 200, signInPage({ ...page, login: typeof hint === 'string' ? hint : '' }));
        return;
      }
      const form = await readForm(req);
      const login = (form.get('login') ?? '').trim();
      const found = signInErrors(login, form.get('password') ?? '', knownNames, language);
      if (hasErrors(found)) {
        sendPage(res, 400, signInPage({ ...page, login, errors: found }));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: login } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof FormTooLarge) {
        sendPage(res, 413, errorPage({ message: 'The form sent too much data.', ...appLink }));
        return;
      }
      const expired = error instanceof errors.SessionNotFound;
      sendPage(
        res,
        expired ? 400 : 500,
        errorPage({
          message: expired
            ? 'This sign-in page has expired, or it was opened in another browser.'
            : 'Something went wrong in the development sign-in.',
          details: error instanceof Error ? error.message : String(error),
          ...appLink,
        }),
      );
    }
  };
}

/**
 * Consent is normally skipped (loadExistingGrant grants the exchange's scopes). Should the provider
 * still ask, grant what it asks for: the exchange is a first-party client.
 */
async function finishConsent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  interaction: Awaited<ReturnType<Provider['interactionDetails']>>,
): Promise<void> {
  const details = interaction.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  const grant = interaction.grantId
    ? await provider.Grant.find(interaction.grantId)
    : new provider.Grant({
        accountId: interaction.session?.accountId ?? '',
        clientId: String(interaction.params.client_id),
      });
  if (!grant) throw new errors.SessionNotFound('grant not found');
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {}))
    grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

class FormTooLarge extends Error {}

/** The urlencoded body; any other type reads as an empty form (its fields then show as missing). */
async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new FormTooLarge();
    chunks.push(chunk);
  }
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) return new URLSearchParams();
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendPage(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(PAGE_HEADERS)) res.setHeader(name, value);
  res.end(html);
}

/** The same page headers for the pages oidc-provider renders itself (logout, errors). */
function sendKoaPage(ctx: KoaContextWithOIDC, html: string): void {
  ctx.set(PAGE_HEADERS);
  ctx.type = 'html';
  ctx.body = html;
}

/** The provider's error codes that people meet in the browser, in plain words. */
function plainMessageFor(error: string): string {
  switch (error) {
    case 'invalid_request':
    case 'invalid_client':
    case 'invalid_redirect_uri':
      return 'PSHB Exchange sent a sign-in request the development sign-in cannot accept.';
    case 'access_denied':
      return 'The sign-in was cancelled.';
    case 'login_required':
    case 'interaction_required':
      return 'You need to sign in again.';
    default:
      return 'The development sign-in could not finish.';
  }
}
