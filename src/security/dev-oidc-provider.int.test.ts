// The development provider's own pages over HTTP, driven by fetch with a cookie jar: the sign-in form
// for an authorization request, its errors, the sign-in itself, Cancel, the sign-out confirmation and
// its end, and the error page. The whole flow with the exchange is in oidc-sign-in.int.test.ts.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';
import { startDevProvider, type DevProvider } from './dev-oidc-provider.ts';
import { generateClientJwk, publicJwkOf } from './oidc-client-key.ts';

// The app is never contacted: its addresses are only compared and redirected to.
const APP = 'http://127.0.0.1:9';
const CALLBACK = `${APP}/auth/callback`;

/** One browser's cookies for the provider (names only: paths do not matter for these requests). */
class Jar {
  private readonly cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const value = pair!.slice(eq + 1);
      if (value === '' || /expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(pair!.slice(0, eq));
      else this.cookies.set(pair!.slice(0, eq), value);
    }
    return response;
  }

  post(url: string, form: Record<string, string>): Promise<Response> {
    return this.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }
}

function authorizeUrl(provider: DevProvider, loginHint?: string): string {
  const verifier = randomBytes(32).toString('base64url');
  const parameters = new URLSearchParams({
    client_id: provider.clientId,
    redirect_uri: CALLBACK,
    response_type: 'code',
    scope: 'openid email',
    state: 's',
    nonce: 'n',
    prompt: 'login',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  return `${provider.issuer}/auth?${parameters}`;
}

/** Starts an authorization request and returns the sign-in page's address and HTML. */
async function openSignIn(jar: Jar, provider: DevProvider, loginHint?: string) {
  const start = await jar.fetch(authorizeUrl(provider, loginHint));
  expect(start.status).toBe(303);
  const url = new URL(start.headers.get('location')!, provider.issuer).href;
  expect(url).toMatch(new RegExp(`^${provider.issuer}/interaction/[\\w-]+$`));
  const page = await jar.fetch(url);
  return { url, page, html: await page.text() };
}

async function signIn(jar: Jar, provider: DevProvider, login: string): Promise<string> {
  const { url } = await openSignIn(jar, provider);
  const submitted = await jar.post(`${url}/login`, { login, password: 'any' });
  expect(submitted.status).toBe(303);
  const resumed = await jar.fetch(new URL(submitted.headers.get('location')!, provider.issuer).href);
  expect(resumed.status).toBe(303);
  return resumed.headers.get('location')!;
}

describe('development OpenID provider pages', () => {
  let provider: DevProvider;
  let bare: DevProvider;

  beforeAll(async () => {
    const clientJwks = { keys: [publicJwkOf(generateClientJwk())] };
    provider = await startDevProvider({
      clientJwks,
      redirectUris: [CALLBACK],
      postLogoutRedirectUris: [`${APP}/`],
      accounts: DEMO_ACCOUNTS,
    });
    // Without a post-logout address the provider knows no way back to the app.
    bare = await startDevProvider({ clientJwks, redirectUris: [CALLBACK], accounts: DEMO_ACCOUNTS });
  });

  afterAll(async () => {
    await provider?.close();
    await bare?.close();
  });

  it('shows an accessible sign-in page with the hinted name filled in, and no outside resources', async () => {
    const { page, html } = await openSignIn(new Jar(), provider, 'demo-enrollee');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<h1>Sign in to PSHB Exchange (development)</h1>');
    expect(html).toContain('<label for="login">Sign-in name</label>');
    expect(html).toMatch(/<input id="login" name="login"[^>]*value="demo-enrollee"/);
    expect(html).toMatch(/<input id="password" name="password" type="password"[^>]* autofocus>/);
    expect(html).toContain('<button class="button" type="submit">Sign in</button>');
    expect(html).toContain(`<a href="${APP}/">Cancel</a>`);
    expect(html).not.toMatch(/googleapis|<script|<link/);
  });

  it('escapes a hostile login hint', async () => {
    const { html } = await openSignIn(new Jar(), provider, '"><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
    expect(html).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('shows the page again, with the field in error, for an unknown name or a missing password', async () => {
    const jar = new Jar();
    const { url } = await openSignIn(jar, provider);
    const unknown = await jar.post(`${url}/login`, { login: 'nobody', password: 'x' });
    expect(unknown.status).toBe(400);
    const html = await unknown.text();
    expect(html).toContain('<title>Error: Sign in – PSHB Exchange (development)</title>');
    expect(html).toContain('There is no demo account named “nobody”.');
    expect(html).toMatch(/<input id="login"[^>]*value="nobody"[^>]*aria-invalid="true" autofocus>/);

    const noPassword = await jar.post(`${url}/login`, { login: 'demo-admin', password: '' });
    expect(noPassword.status).toBe(400);
    expect(await noPassword.text()).toMatch(/<input id="password"[^>]*aria-invalid="true" autofocus>/);

    // The same interaction still signs in once the form is right.
    const ok = await jar.post(`${url}/login`, { login: 'demo-admin', password: 'x' });
    expect(ok.status).toBe(303);
  });

  it('signs a demo account in without a consent screen and returns a code to the app', async () => {
    const location = await signIn(new Jar(), provider, 'demo-carrier');
    expect(location).toMatch(new RegExp(`^${CALLBACK}\\?code=[\\w-]+&state=s`));
  });

  it('answers a wrong method and an expired or foreign interaction with an accessible error page', async () => {
    const jar = new Jar();
    const { url } = await openSignIn(jar, provider);
    const wrongMethod = await jar.fetch(`${url}/login`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');

    const foreign = await new Jar().fetch(url); // another browser: no interaction cookie
    expect(foreign.status).toBe(400);
    const html = await foreign.text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<h1>Sign-in stopped</h1>');
    expect(html).toContain('This sign-in page has expired, or it was opened in another browser.');
    expect(html).toContain(`<a href="${APP}/">Go back to PSHB Exchange and sign in again</a>`);
  });

  it('renders the provider’s own errors as an accessible page', async () => {
    const response = await fetch(`${provider.issuer}/auth?client_id=unknown&response_type=code`);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<h1>Sign-in stopped</h1>');
    expect(html).not.toMatch(/googleapis/);
  });

  it('confirms sign-out on an accessible page, then returns to the registered app address', async () => {
    const jar = new Jar();
    await signIn(jar, provider, 'demo-enrollee');
    const end = await jar.fetch(
      `${provider.issuer}/session/end?${new URLSearchParams({ client_id: provider.clientId, post_logout_redirect_uri: `${APP}/` })}`,
    );
    expect(end.status).toBe(200);
    const html = await end.text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<h1>Sign out of the development sign-in?</h1>');
    expect(html).toContain('as <strong>demo-enrollee</strong>');
    expect(html).toContain('name="logout" value="yes" autofocus>Yes, sign me out</button>');
    const action = /<form id="op\.logoutForm" method="post" action="([^"]+)">/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const confirmed = await jar.post(action, { xsrf, logout: 'yes' });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`${APP}/`);

    // Signed out at the provider: the next sign-in asks for the name again.
    const { page } = await openSignIn(jar, provider);
    expect(page.status).toBe(200);
  });

  it('refuses a post-logout address that is not registered (a page for browsers, JSON otherwise)', async () => {
    const response = await fetch(
      `${provider.issuer}/session/end?${new URLSearchParams({ client_id: provider.clientId, post_logout_redirect_uri: 'https://elsewhere.example/' })}`,
      { headers: { accept: 'text/html' } },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<h1>Sign-out stopped</h1>');
    const json = await fetch(response.url);
    expect(await json.json()).toEqual({
      error: 'invalid_request',
      error_description: 'post_logout_redirect_uri not registered',
    });
  });

  it('without a way back to the app: Cancel ends the request with access_denied, sign-out ends on its own page', async () => {
    const jar = new Jar();
    const { url, html } = await openSignIn(jar, bare);
    const cancel = /<a href="([^"]+)">Cancel<\/a>/.exec(html)![1]!;
    expect(cancel).toBe(`${new URL(url).pathname}/abort`);
    const aborted = await jar.fetch(new URL(cancel, bare.issuer).href);
    expect(aborted.status).toBe(303);
    const back = await jar.fetch(new URL(aborted.headers.get('location')!, bare.issuer).href);
    expect(back.headers.get('location')).toMatch(new RegExp(`^${CALLBACK}\\?error=access_denied`));

    await signIn(jar, bare, 'demo-admin');
    const end = await jar.fetch(`${bare.issuer}/session/end?client_id=${bare.clientId}`);
    const page = await end.text();
    const action = /<form id="op\.logoutForm" method="post" action="([^"]+)">/.exec(page)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)![1]!;
    const confirmed = await jar.post(action, { xsrf, logout: 'yes' });
    const success = await jar.fetch(new URL(confirmed.headers.get('location')!, bare.issuer).href);
    expect(success.status).toBe(200);
    const done = await success.text();
    expect(done).toMatch(/<html lang="en">/);
    expect(done).toContain('<h1>You are signed out</h1>');
  });

  it('refuses to start when NODE_ENV is production', async () => {
    await expect(
      startDevProvider({
        production: true,
        clientJwks: { keys: [] },
        redirectUris: [CALLBACK],
        accounts: [],
      }),
    ).rejects.toThrow(/does not run when NODE_ENV=production/);
  });
});
