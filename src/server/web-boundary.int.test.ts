// What every answer carries and what the edge refuses: security headers, over-long addresses, ids
// outside the caller's scope answered like missing ones, and revocation that holds on every process.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { securityDb } from '../security/security-tables.ts';
import { createSession, endSession, SESSION_COOKIE, sessionAuthenticator } from '../security/sessions.ts';
import { saveUserAccount } from '../security/user-accounts.ts';
import type { Store } from '../storage/store.ts';
import { buildServer } from './build-server.ts';
import type { Principal } from './principal.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

describe('security headers and over-long addresses', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer();
  });
  afterAll(() => app?.close());

  it('issue 10 item 14: /docs and /openapi.json forbid framing and carry a content security policy', async () => {
    for (const url of ['/docs', '/docs/static/index.html', '/openapi.json']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBeLessThan(400);
      const policy = String(response.headers['content-security-policy']);
      expect(policy, url).toContain("frame-ancestors 'none'");
      expect(policy, url).toMatch(/default-src '(self|none)'/);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });

  it('issue 10 item 14: API answers are nosniff and no-store, errors included', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/plans' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('issue 10 item 14: an over-long path or query is 414 problem+json', async () => {
    for (const url of [`/api/v1/persons/${'1'.repeat(200)}`, `/api/v1/plans?q=${'a'.repeat(5000)}`]) {
      const response = await app.inject({ method: 'GET', url, headers: signedInAs() });
      expect(response.statusCode).toBe(414);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['x-request-id']).toBeTruthy();
      expect(response.json()).toMatchObject({ status: 414, code: 'URI_TOO_LONG' });
    }
  });
});

describe.each(testBackends())('scope and revocation on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 60, seed: 5 });
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('issue 10 item 14: a person outside the scope is answered like a missing one, and the refusal is audited', async () => {
    const [own, stranger] = await store.db
      .selectFrom('person')
      .select(['id', 'household_id'])
      .where('relationship', '=', 'self')
      .orderBy('id')
      .limit(2)
      .execute();
    const enrollee: Principal = { subject: 'alike-enrollee', role: 'enrollee', personId: own!.household_id };
    const answer = async (url: string) => {
      const response = await app.inject({ method: 'GET', url, headers: signedInAs(enrollee) });
      const { requestId: _ignored, ...body } = response.json<Record<string, unknown>>();
      return { status: response.statusCode, body };
    };
    for (const path of ['', '/enrollments', '/eligibility']) {
      const outOfScope = await answer(`/api/v1/persons/${stranger!.id}${path}`);
      const missing = await answer(`/api/v1/persons/999999${path}`);
      expect(outOfScope.status, path).toBe(404);
      expect(missing.status, path).toBe(404);
      expect({ ...outOfScope.body, detail: '' }).toEqual({ ...missing.body, detail: '' });
    }
    const refusals = await securityDb(store)
      .selectFrom('audit_log')
      .select(['person_id', 'outcome'])
      .where('subject', '=', enrollee.subject)
      .where('person_id', '=', stranger!.id)
      .execute();
    expect(refusals.length).toBeGreaterThanOrEqual(3);
    expect(refusals.every((r) => r.outcome === 'refused')).toBe(true);
  });

  it('issue 10 item 14: a deactivated account or ended session is refused at the next request on every process', async () => {
    await saveUserAccount(store, { subject: 'revoked-admin', role: 'program_administrator' });
    const servers = await Promise.all(
      [1, 2].map(() => buildServer({ store, authenticate: sessionAuthenticator(store) })),
    );
    try {
      const meOn = async (server: FastifyInstance, token: string) =>
        (
          await server.inject({
            method: 'GET',
            url: '/api/v1/me',
            headers: { cookie: `${SESSION_COOKIE}=${token}` },
          })
        ).statusCode;
      const first = await createSession(store, 'revoked-admin');
      const second = await createSession(store, 'revoked-admin');
      for (const server of servers) {
        expect(await meOn(server, first)).toBe(200);
        expect(await meOn(server, second)).toBe(200);
      }
      await endSession(store, first);
      for (const server of servers) expect(await meOn(server, first)).toBe(401);
      await saveUserAccount(store, {
        subject: 'revoked-admin',
        role: 'program_administrator',
        active: false,
      });
      for (const server of servers) expect(await meOn(server, second)).toBe(401);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });
});
