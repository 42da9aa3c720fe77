// The whole sign-in on loopback: the development provider, a Fastify app with the sign-in routes, and
// a "browser" made of fetch calls and a cookie jar, from /auth/login to a session the API accepts.
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import type { Store } from '../storage/store.ts';
import { DEMO_ACCOUNTS, saveDemoAccounts } from './demo-accounts.ts';
import { startDevProvider, type DevProvider } from './dev-oidc-provider.ts';
import { oidcSignIn } from './oidc-client.ts';
import { generateClientJwk, publicJwkOf } from './oidc-client-key.ts';
import { sessionAuthenticator } from './sessions.ts';

/** Cookies per origin, as a browser keeps them (enough for this flow: no paths or expiry). */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.jars.get(target.origin) ?? new Map<string, string>();
    this.jars.set(target.origin, jar);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(target, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  /** Follows redirects until one leaves for `stopAt` (not fetched) or a page is served. */
  async follow(url: string, stopAt?: string): Promise<{ url: string; response?: Response }> {
    let current = url;
    for (let hops = 0; hops < 10; hops++) {
      if (stopAt && current.startsWith(stopAt)) return { url: current };
      const response = await this.get(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current).href;
    }
    throw new Error('too many redirects');
  }
}

const [backend] = testBackends();
/** Known to the provider, but with no user_account: signed in, yet no access. */
const UNLINKED = { subject: 'demo-unlinked', email: 'u@demo.pshb.invalid', givenName: 'U', familyName: 'N' };

describe('sign-in with OpenID Connect (authorization code + PKCE + private_key_jwt)', () => {
  let store: Store;
  let provider: DevProvider;
  let app: FastifyInstance;
  let appOrigin: string;

  beforeAll(async () => {
    store = await backend!.open();
    await saveDemoAccounts(store);
    app = Fastify();
    // The app's port must be known before the provider registers its redirect URI: listen first.
    await app.listen({ port: 0, host: '127.0.0.1' });
    appOrigin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const privateJwk = generateClientJwk();
    provider = await startDevProvider({
      clientJwks: { keys: [publicJwkOf(privateJwk)] },
      redirectUris: [`${appOrigin}/auth/callback`],
      postLogoutRedirectUris: [`${appOrigin}/`],
      accounts: [...DEMO_ACCOUNTS, UNLINKED],
    });
    await app.close();
    app = Fastify();
    await app.register(oidcSignIn, {
      store,
      issuer: provider.issuer,
      clientId: provider.clientId,
      privateJwk,
      redirectUri: `${appOrigin}/auth/callback`,
      postLogoutRedirectUri: `${appOrigin}/`,
      sessionSecret: 'a test session secret of at least 32 characters',
      prompt: 'login',
    });
    await app.listen({ port: Number(new URL(appOrigin).port), host: '127.0.0.1' });
  });

  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await store?.close();
  });

  async function signIn(browser: Browser, login: string): Promise<Response> {
    const start = await browser.follow(`${appOrigin}/auth/login?return_to=/api/v1/me`);
    const form = await start.response!.text();
    expect(start.response!.status, `${start.url} ${form}`).toBe(200);
    const action = /<form[^>]*action="([^"]+)"/.exec(form)![1]!;
    const submitted = await browser.get(new URL(action, start.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
    });
    const toCallback = await browser.follow(
      new URL(submitted.headers.get('location')!, start.url).href,
      `${appOrigin}/auth/callback`,
    );
    expect(toCallback.url).toMatch(/\/auth\/callback\?code=/);
    return browser.get(toCallback.url);
  }

  it('signs a demo carrier in and the session cookie authenticates as that carrier', async () => {
    const browser = new Browser();
    const login = await browser.get(`${appOrigin}/auth/login`);
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(login.headers.get('set-cookie')).toMatch(/pshb_login=.*HttpOnly; SameSite=Lax/);

    const callback = await signIn(browser, 'demo-carrier');
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/api/v1/me');
    const setCookie = callback.headers.getSetCookie().find((c) => c.startsWith('pshb_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain http on loopback; Secure whenever the app is https

    const authenticate = sessionAuthenticator(store);
    const cookie = `pshb_session=${browser.cookie(appOrigin, 'pshb_session')}`;
    const principal = await authenticate({ headers: { cookie } } as never);
    expect(principal).toEqual({ subject: 'demo-carrier', role: 'carrier', carrierCodes: ['NALC'] });
    expect(await authenticate({ headers: { cookie: 'pshb_session=forged' } } as never)).toBeNull();
    expect(await authenticate({ headers: {} } as never)).toBeNull();

    const logout = await browser.get(`${appOrigin}/auth/logout`, { method: 'POST' });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toContain(provider.issuer);
    expect(await authenticate({ headers: { cookie } } as never)).toBeNull();
  });

  it('signs the demo enrollee in with their person', async () => {
    const browser = new Browser();
    expect((await signIn(browser, 'demo-enrollee')).status).toBe(303);
    const cookie = `pshb_session=${browser.cookie(appOrigin, 'pshb_session')}`;
    expect(await sessionAuthenticator(store)({ headers: { cookie } } as never)).toEqual({
      subject: 'demo-enrollee',
      role: 'enrollee',
      personId: 1,
    });
  });

  it('gives no session to an identity without an account', async () => {
    const browser = new Browser();
    const response = await signIn(browser, 'demo-unlinked');
    expect(response.status).toBe(403);
    expect(browser.cookie(appOrigin, 'pshb_session')).toBeUndefined();
  });

  it('does not sign in a name the provider does not know', async () => {
    const browser = new Browser();
    const start = await browser.follow(`${appOrigin}/auth/login`);
    const action = /<form[^>]*action="([^"]+)"/.exec(await start.response!.text())![1]!;
    const submitted = await browser.get(new URL(action, start.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login: 'nobody', password: 'any' }).toString(),
    });
    // The provider shows its sign-in page again, with the field in error, instead of returning a code.
    expect(submitted.status).toBe(400);
    expect(submitted.headers.get('location')).toBeNull();
    expect(await submitted.text()).toMatch(/<input id="login"[^>]*aria-invalid="true"/);
    expect(browser.cookie(appOrigin, 'pshb_session')).toBeUndefined();
  });

  it('refuses a callback without the sign-in cookie (no state, no PKCE verifier)', async () => {
    const response = await fetch(`${appOrigin}/auth/callback?code=stolen&state=x`, { redirect: 'manual' });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('pshb_session');
  });
});
