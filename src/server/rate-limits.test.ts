import { describe, expect, it } from 'vitest';
import { PshbError } from '../errors.ts';
import { SESSION_COOKIE } from '../security/sessions.ts';
import { buildServer } from './build-server.ts';
import { readEnvironment } from '../config/configuration.ts';
import { DEFAULT_RATE_LIMITS, rateLimitsOf, type RateLimits } from './rate-limits.ts';
import { testAuthenticator } from './test-authenticator.test.ts';

const rateLimitsFromEnv = (env: Record<string, string>) => rateLimitsOf(readEnvironment(env));

const tight = (limits: Partial<RateLimits>) =>
  buildServer({
    store: {} as never,
    authenticate: testAuthenticator,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...limits },
    configure: async (app) => {
      app.get('/auth/login', async () => 'signing in');
    },
  });

function expectRateLimited(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): unknown;
}) {
  expect(response.statusCode).toBe(429);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(response.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
}

describe('rate limits', () => {
  it('issue 10 item 13: the API is limited per session', async () => {
    const app = await tight({ apiPerSession: 5 });
    try {
      const as = (token: string) =>
        app.inject({
          method: 'GET',
          url: '/api/v1/plans',
          headers: { cookie: `${SESSION_COOKIE}=${token}` },
        });
      for (let i = 0; i < 5; i++) expect((await as('one')).statusCode).toBe(401);
      expectRateLimited(await as('one'));
      // Another session is counted on its own.
      expect((await as('two')).statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('issue 10 item 13: the API is limited per address, whatever the session', async () => {
    const app = await tight({ apiPerAddress: 5 });
    try {
      for (let i = 0; i < 5; i++) {
        const response = await app.inject({
          method: 'GET',
          url: '/api/v1/plans',
          headers: { cookie: `${SESSION_COOKIE}=session-${i}` },
        });
        expect(response.statusCode).toBe(401);
      }
      expectRateLimited(await app.inject({ method: 'GET', url: '/api/v1/plans' }));
      // Another address is counted on its own; the health check is never limited.
      const elsewhere = await app.inject({ method: 'GET', url: '/api/v1/plans', remoteAddress: '10.0.0.9' });
      expect(elsewhere.statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('issue 10 item 13: sign-in starts are limited per address', async () => {
    const app = await tight({ signInPerAddress: 3 });
    try {
      for (let i = 0; i < 3; i++)
        expect((await app.inject({ method: 'GET', url: '/auth/login' })).statusCode).toBe(200);
      expectRateLimited(await app.inject({ method: 'GET', url: '/auth/login' }));
    } finally {
      await app.close();
    }
  });

  it('issue 10 item 13: the limits come from PSHB_RATE_LIMIT_* variables, 0 turning one off', () => {
    expect(rateLimitsFromEnv({})).toEqual(DEFAULT_RATE_LIMITS);
    expect(
      rateLimitsFromEnv({ PSHB_RATE_LIMIT_API_PER_SESSION: '0', PSHB_RATE_LIMIT_WINDOW_SECONDS: '10' }),
    ).toMatchObject({
      apiPerSession: 0,
      windowSeconds: 10,
    });
    expect(() => rateLimitsFromEnv({ PSHB_RATE_LIMIT_API_PER_ADDRESS: 'lots' })).toThrow(PshbError);
    expect(() => rateLimitsFromEnv({ PSHB_RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow(
      /PSHB_RATE_LIMIT_WINDOW_SECONDS/,
    );
  });
});
