// Sign-in with OpenID Connect as login.gov does it: the authorization code flow with PKCE (S256),
// state and nonce, and private_key_jwt client authentication, through openid-client. The routes:
//   GET  /auth/login     redirects to the provider (optional ?return_to=/relative/path)
//   GET  /auth/callback  exchanges the code, checks the ID token, starts a server-side session
//   POST /auth/logout    ends the session and redirects to the provider's logout when it has one
// The state, nonce and PKCE verifier travel in a sealed, HttpOnly cookie scoped to /auth for 10 minutes.
import type { webcrypto } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { PshbError } from '../errors.ts';
import type { Store } from '../storage/store.ts';
import { readCookie, setCookie } from './cookies.ts';
import { refuseCrossSite } from './cross-site.ts';
import type { ClientJwk } from './oidc-client-key.ts';
import { Sealer } from './sealed-value.ts';
import { createSession, endSession, SESSION_COOKIE, SESSION_TTL_SECONDS } from './sessions.ts';
import { findAccountPrincipal } from './user-accounts.ts';

export interface OidcSignInOptions {
  readonly store: Store;
  /** The provider's issuer, e.g. https://idp.int.identitysandbox.gov/ (http only on loopback). */
  readonly issuer: string;
  readonly clientId: string;
  /** The private RSA JWK registered (public half) with the provider. */
  readonly privateJwk: ClientJwk;
  /** This server's /auth/callback, exactly as registered. */
  readonly redirectUri: string;
  /** At least 32 characters; seals the sign-in's state cookie. */
  readonly sessionSecret: string;
  /** Default 'openid email'. */
  readonly scope?: string;
  /** login.gov's identity assurance level, e.g. 'http://idmanagement.gov/ns/assurance/ial/1'. */
  readonly acrValues?: string;
  /** login.gov asks for 'select_account' (the default); the development provider supports 'login'. */
  readonly prompt?: string;
  /** Where the provider sends the browser after logout (registered with it). */
  readonly postLogoutRedirectUri?: string;
  readonly sessionTtlSeconds?: number;
}

interface PendingLogin {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly returnTo: string;
}

const LOGIN_COOKIE = 'pshb_login';
const LOGIN_TTL_SECONDS = 600;

/** Registers the sign-in routes. Discovery happens at the first sign-in, so the provider may start later. */
export async function oidcSignIn(fastify: FastifyInstance, options: OidcSignInOptions): Promise<void> {
  const sealer = new Sealer(options.sessionSecret, 'oidc login state');
  const secure = new URL(options.redirectUri).protocol === 'https:';
  const callbackPath = new URL(options.redirectUri).pathname;
  const siteOrigin = new URL(options.redirectUri).origin;
  const LOGIN_HINT = /^[A-Za-z0-9._@+-]{1,128}$/;
  // OpenID Connect's ui_locales: the language tags the user reads, in order ("es-US en").
  const UI_LOCALES = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*( [A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*){0,4}$/;
  const uiLocalesOf = (request: FastifyRequest): string | undefined => {
    const value = (request.query as Record<string, string | undefined>).ui_locales;
    return value && UI_LOCALES.test(value) ? value : undefined;
  };
  let configuration: Promise<client.Configuration> | undefined;
  const config = (): Promise<client.Configuration> => {
    configuration ??= discover(options).catch((error: unknown) => {
      configuration = undefined;
      throw new PshbError('UNAUTHENTICATED', `the sign-in provider cannot be reached: ${String(error)}`);
    });
    return configuration;
  };

  fastify.get('/auth/login', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const pending: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      returnTo: returnTarget(query.return_to, options.redirectUri),
    };
    const parameters: Record<string, string> = {
      redirect_uri: options.redirectUri,
      scope: options.scope ?? 'openid email',
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      prompt: options.prompt ?? 'select_account',
    };
    if (options.acrValues) parameters.acr_values = options.acrValues;
    // A hint the provider may use to fill in the sign-in name (the demo landing page sends one).
    if (query.login_hint && LOGIN_HINT.test(query.login_hint)) parameters.login_hint = query.login_hint;
    // The app's language, so the provider's pages can speak it.
    const uiLocales = uiLocalesOf(request);
    if (uiLocales) parameters.ui_locales = uiLocales;
    const url = client.buildAuthorizationUrl(await config(), parameters);
    reply.header(
      'set-cookie',
      setCookie(LOGIN_COOKIE, sealer.seal(pending, LOGIN_TTL_SECONDS), {
        path: '/auth',
        secure,
        sameSite: 'Lax',
        maxAge: LOGIN_TTL_SECONDS,
      }),
    );
    reply.header('cache-control', 'no-store');
    return reply.redirect(url.href, 302);
  });

  fastify.get(callbackPath, async (request, reply) => {
    const pending = sealer.unseal<PendingLogin>(readCookie(request.headers.cookie, LOGIN_COOKIE));
    if (!pending)
      throw new PshbError(
        'UNAUTHENTICATED',
        'the sign-in expired or was started elsewhere; start again at /auth/login',
      );
    // Checked again before a session exists, so no redirect can fail after one was made.
    const returnTo = returnTarget(pending.returnTo, options.redirectUri);
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(
        await config(),
        new URL(request.url, options.redirectUri),
        {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        },
      );
    } catch (error) {
      if (error instanceof PshbError) throw error;
      throw new PshbError(
        'UNAUTHENTICATED',
        `sign-in failed: ${describe(error)}; start again at /auth/login`,
      );
    }
    const subject = tokens.claims()?.sub;
    if (!subject) throw new PshbError('UNAUTHENTICATED', 'the provider returned no subject');
    const principal = await findAccountPrincipal(options.store, subject);
    const clearLogin = setCookie(LOGIN_COOKIE, '', { path: '/auth', secure, sameSite: 'Lax', maxAge: 0 });
    if (!principal) {
      reply.header('set-cookie', clearLogin);
      throw new PshbError(
        'FORBIDDEN',
        'you are signed in, but no PSHB Exchange account is linked to this identity',
      );
    }
    const token = await createSession(options.store, subject, {
      ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
      ttlSeconds: options.sessionTtlSeconds ?? SESSION_TTL_SECONDS,
    });
    reply.header('set-cookie', [
      clearLogin,
      setCookie(SESSION_COOKIE, token, {
        path: '/',
        secure,
        sameSite: 'Lax',
        maxAge: options.sessionTtlSeconds ?? SESSION_TTL_SECONDS,
      }),
    ]);
    reply.header('cache-control', 'no-store');
    return reply.redirect(returnTo, 303);
  });

  // The app's sign-out button is a plain HTML form: accept its (empty) urlencoded body.
  fastify.addContentTypeParser('application/x-www-form-urlencoded', (_request, _payload, done) => done(null));
  fastify.post('/auth/logout', async (request: FastifyRequest, reply: FastifyReply) => {
    // Another site must not sign the user out (a form posting here from a page elsewhere).
    refuseCrossSite(request, siteOrigin);
    const idToken = await endSession(options.store, readCookie(request.headers.cookie, SESSION_COOKIE));
    reply.header(
      'set-cookie',
      setCookie(SESSION_COOKIE, '', { path: '/', secure, sameSite: 'Lax', maxAge: 0 }),
    );
    let location = '/';
    try {
      const cfg = await config();
      if (cfg.serverMetadata().end_session_endpoint) {
        const parameters: Record<string, string> = { client_id: options.clientId };
        if (idToken) parameters.id_token_hint = idToken;
        if (options.postLogoutRedirectUri)
          parameters.post_logout_redirect_uri = options.postLogoutRedirectUri;
        const uiLocales = uiLocalesOf(request);
        if (uiLocales) parameters.ui_locales = uiLocales;
        location = client.buildEndSessionUrl(cfg, parameters).href;
      }
    } catch {
      // The session is ended here whatever the provider's state.
    }
    return reply.redirect(location, 303);
  });
}

async function discover(options: OidcSignInOptions): Promise<client.Configuration> {
  const issuer = new URL(options.issuer);
  const { d, n, e, kty, p, q, dp, dq, qi } = options.privateJwk;
  const key = await crypto.subtle.importKey(
    'jwk',
    { d, n, e, kty, p, q, dp, dq, qi } as webcrypto.JsonWebKey,
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  if (issuer.protocol !== 'https:' && !loopback)
    throw new Error(`the issuer must use https (plain http is allowed on loopback only): ${options.issuer}`);
  return client.discovery(
    issuer,
    options.clientId,
    { token_endpoint_auth_method: 'private_key_jwt', id_token_signed_response_alg: 'RS256' },
    client.PrivateKeyJwt({ key, kid: options.privateJwk.kid }),
    issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {},
  );
}

/** Printable ASCII but for the backslash: browsers drop tabs and newlines and read "\\" as "/". */
const RETURN_TO_CHARACTERS = /^[\x21-\x5b\x5d-\x7e]*$/;

/**
 * Where to send the browser after sign-in: a path on this site (the origin of `siteUrl`), or '/' when
 * none is asked for. Anything else (another origin, a protocol-relative '//host', control characters a
 * browser would strip into one, backslashes, spaces or other characters a path would percent-encode)
 * is refused before a sign-in starts, so no session is made for it.
 */
export function returnTarget(value: unknown, siteUrl: string): string {
  if (value === undefined || value === '') return '/';
  const site = new URL(siteUrl).origin;
  const refuse = (why: string): never => {
    throw new PshbError('INVALID_INPUT', `return_to must be a path on this site: ${why}`, [
      { field: 'query.return_to', message: why },
    ]);
  };
  if (typeof value !== 'string') return refuse('give it once, as one path');
  if (value.length > 2048) refuse('it is longer than 2048 characters');
  if (!RETURN_TO_CHARACTERS.test(value))
    refuse('only printable ASCII characters without spaces or backslashes (percent-encode others)');
  if (!value.startsWith('/') || value.startsWith('//')) refuse('it must start with a single "/"');
  // The browser resolves the Location header against this site as URL does here.
  if (new URL(value, site).origin !== site) refuse('it leads to another site');
  return value;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { error?: string; error_description?: string; message?: string };
    if (e.error) return e.error_description ? `${e.error} (${e.error_description})` : e.error;
    if (e.message) return e.message;
  }
  return String(error);
}
