import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { oidcSignIn } from './oidc-client.ts';
import { signInOptionsFromEnv, startDevSignIn, type DevSignIn } from './sign-in-setup.ts';
import { findAccountPrincipal } from './user-accounts.ts';

const [backend] = testBackends();

describe('sign-in setup', () => {
  let dev: DevSignIn | undefined;
  afterAll(async () => {
    await dev?.provider.close();
    await dev?.signIn.store.close();
  });

  it('starts the development provider with keys generated in DATA_DIR and the demo accounts saved', async () => {
    const store = await backend!.open();
    const dataDir = mkdtempSync(join(tmpdir(), 'pshb-dev-sign-in-'));
    dev = await startDevSignIn({ store, appOrigin: 'http://127.0.0.1:3999', dataDir, env: {} });
    expect(statSync(join(dataDir, 'keys', 'oidc-client.jwk.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'keys', 'session-secret')).mode & 0o777).toBe(0o600);
    expect(await findAccountPrincipal(store, 'demo-auditor')).toEqual({
      subject: 'demo-auditor',
      role: 'auditor',
    });
    const app = Fastify();
    await app.register(oidcSignIn, dev.signIn);
    const login = await app.inject({ method: 'GET', url: '/auth/login' });
    expect(login.statusCode).toBe(302);
    expect(login.headers.location).toMatch(new RegExp(`^${dev.provider.issuer}/auth\\?`));
    await app.close();
  });

  it('names the missing settings for production', () => {
    expect(() => signInOptionsFromEnv({} as never, {})).toThrow(/PSHB_OIDC_ISSUER, PSHB_OIDC_CLIENT_ID/);
  });
});
