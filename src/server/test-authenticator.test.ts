// TEST ONLY: an Authenticator that believes the x-test-principal header (JSON). It lives in a test file
// so no production code can ever accept it; the real one is the security module's OpenID Connect one.
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { testEnvironment, testProgramClock } from '../../test-support/test-environment.ts';
import type { Store } from '../storage/store.ts';
import { buildServer } from './build-server.ts';
import type { Authenticator, Principal } from './principal.ts';

export const TEST_PRINCIPAL_HEADER = 'x-test-principal';

export const administrator: Principal = { subject: 'admin-1', role: 'program_administrator' };

export const testAuthenticator: Authenticator = async (request) => {
  const header = request.headers[TEST_PRINCIPAL_HEADER];
  return typeof header === 'string' ? (JSON.parse(header) as Principal) : null;
};

/** Headers that sign a test request in as the principal. */
export function signedInAs(principal: Principal = administrator): Record<string, string> {
  return { [TEST_PRINCIPAL_HEADER]: JSON.stringify(principal) };
}

/** A server for tests that never reach the database (validation, errors, the OpenAPI document). */
export function buildTestServer(store: Store = {} as Store): Promise<FastifyInstance> {
  return buildServer({
    store,
    authenticate: testAuthenticator,
    environment: testEnvironment(),
    clock: testProgramClock,
  });
}

describe('test authenticator', () => {
  it('signs in only requests carrying the test header', async () => {
    const app = await buildTestServer();
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/plans' });
    expect(anonymous.statusCode).toBe(401);
    await app.close();
  });
});
