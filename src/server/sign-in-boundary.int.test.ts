// The sign-in routes at the edge of the site: where a browser may be sent after sign-in, and who may
// sign a user out. The provider is never reached here (its address refuses connections): every check
// under test happens before the provider would be asked.
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { PshbError } from '../errors.ts';
import { generateClientJwk } from '../security/oidc-client-key.ts';
import { oidcSignIn, returnTarget } from '../security/oidc-client.ts';
import { securityDb } from '../security/security-tables.ts';
import { createSession, SESSION_COOKIE, sessionPrincipal } from '../security/sessions.ts';
import { saveUserAccount } from '../security/user-accounts.ts';
import type { Store } from '../storage/store.ts';
import { buildServer } from './build-server.ts';
import { testAuthenticator } from './test-authenticator.test.ts';

const SITE = 'http://127.0.0.1:3000';

export async function buildSignInServer(store: Store): Promise<FastifyInstance> {
  return buildServer({
    store,
    authenticate: testAuthenticator,
    configure: async (app) => {
      await app.register(oidcSignIn, {
        store,
        issuer: 'http://127.0.0.1:1/',
        clientId: 'test-client',
        privateJwk: generateClientJwk(),
        redirectUri: `${SITE}/auth/callback`,
        sessionSecret: 'a test session secret of at least 32 characters',
      });
    },
  });
}

describe('returnTarget', () => {
  it('issue 10 item 10: for any string, the target after sign-in is on the site or refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.webUrl(),
          fc.webPath(),
          fc.constantFrom('/', '//', '/\t/', '/\n/', '/\\', '\\/', '/%09/', 'https:', 'javascript:'),
        ),
        fc.string({ unit: 'binary' }),
        (head, tail) => {
          const value = head + tail;
          let target: string;
          try {
            target = returnTarget(value, `${SITE}/auth/callback`);
          } catch (error) {
            expect(error).toBeInstanceOf(PshbError);
            expect((error as PshbError).code).toBe('INVALID_INPUT');
            return;
          }
          // What a browser does with the Location header: resolve it against the page it came from.
          expect(new URL(target, `${SITE}/auth/callback`).origin).toBe(SITE);
          expect(target).toBe(value === '' ? '/' : value);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('issue 10 item 10: keeps paths on the site and refuses the tricks that leave it', () => {
    const site = `${SITE}/auth/callback`;
    expect(returnTarget(undefined, site)).toBe('/');
    expect(returnTarget('/portal?tab=plans#top', site)).toBe('/portal?tab=plans#top');
    expect(returnTarget('/a/../b/%2F%2Fevil', site)).toBe('/a/../b/%2F%2Fevil');
    for (const bad of ['/\t/evil.example', '/\n/evil.example', '//evil.example', '/\\evil.example']) {
      expect(() => returnTarget(bad, site), JSON.stringify(bad)).toThrow(/return_to must be a path/);
    }
    expect(() => returnTarget('https://evil.example/', site)).toThrow(PshbError);
    expect(() => returnTarget('/😀', site)).toThrow(PshbError);
    expect(() => returnTarget(['/a', '/b'], site)).toThrow(PshbError);
  });
});

describe.each(testBackends())('sign-in routes on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await backend.open();
    await saveUserAccount(store, { subject: 'boundary-admin', role: 'program_administrator' });
    app = await buildSignInServer(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const sessionCount = async () =>
    Number(
      (
        await securityDb(store)
          .selectFrom('auth_session')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('issue 10 item 10: a return_to leaving the site is a problem, before any sign-in starts', async () => {
    const before = await sessionCount();
    for (const returnTo of ['/\t/127.0.0.1:38399/pwned', '/\n/evil.example', '/😀', '//evil.example', 'x']) {
      const response = await app.inject({
        method: 'GET',
        url: `/auth/login?return_to=${encodeURIComponent(returnTo)}`,
      });
      expect(response.statusCode, returnTo).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'INVALID_INPUT', errors: [{ path: 'query.return_to' }] });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(await sessionCount()).toBe(before);
  });

  it('issue 10 item 14: a cross-site POST to /auth/logout is refused and the session stays', async () => {
    const token = await createSession(store, 'boundary-admin');
    const cookie = `${SESSION_COOKIE}=${token}`;
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/auth/logout',
        headers: { cookie, ...headers },
      });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('CROSS_SITE_REQUEST');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(await sessionPrincipal(store, token)).not.toBeNull();

    const own = await app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: { cookie, origin: SITE, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.statusCode).toBe(303);
    expect(await sessionPrincipal(store, token)).toBeNull();
  });
});
