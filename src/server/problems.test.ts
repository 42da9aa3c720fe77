// Bad requests get application/problem+json with a stable code, what to fix, and the request id; the
// checks run before any handler, so no database is needed.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PshbError } from '../errors.ts';
import { problemSchema, toProblem } from './problem.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestServer();
});
afterAll(async () => {
  await app.close();
});

const changeHeaders = {
  ...signedInAs(),
  'content-type': 'application/json',
  'idempotency-key': 'key-00000001',
  'if-match': '"h1.e0.s0"',
};

function postElection(payload: object | string, headers: Record<string, string> = changeHeaders) {
  return app.inject({ method: 'POST', url: '/api/v1/elections', headers, payload });
}

function expectProblem(
  response: Awaited<ReturnType<FastifyInstance['inject']>>,
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json<Record<string, unknown>>();
  expect(body).toMatchObject({ status, code, requestId: response.headers['x-request-id'] });
  expect(typeof body.type).toBe('string');
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  return body;
}

describe('problem+json errors', () => {
  it('malformed JSON is MALFORMED_JSON (400)', async () => {
    const response = await postElection('{"personId": 1, "kind": ');
    expectProblem(response, 400, 'MALFORMED_JSON');
  });

  it('an unknown field is named in errors[] (400 INVALID_INPUT)', async () => {
    const response = await postElection({
      personId: 1,
      kind: 'decline',
      colour: 'blue',
    });
    const body = expectProblem(response, 400, 'INVALID_INPUT');
    expect(body.errors).toEqual([expect.objectContaining({ path: 'body.colour' })]);
  });

  it('an unknown query parameter is refused too', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/plans?sort=price',
      headers: signedInAs(),
    });
    const body = expectProblem(response, 400, 'INVALID_INPUT');
    expect(body.errors).toEqual([expect.objectContaining({ path: 'querystring.sort' })]);
  });

  it('an impossible date is refused with its path', async () => {
    const paperReceipt = { form: 'SF 2809', receivedOn: '2024-02-30', reason: 'mailed' };
    const response = await postElection({ personId: 1, kind: 'decline', paperReceipt });
    const body = expectProblem(response, 400, 'INVALID_INPUT');
    expect(body.errors).toEqual([
      { path: 'body.paperReceipt.receivedOn', message: 'a real date in YYYY-MM-DD form' },
    ]);
    const query = await app.inject({
      method: 'GET',
      url: '/api/v1/persons/1/eligibility?asOf=2025-13-01',
      headers: signedInAs(),
    });
    expectProblem(query, 400, 'INVALID_INPUT');
  });

  it('enroll without an enrollment code is refused', async () => {
    const response = await postElection({ personId: 1, kind: 'enroll' });
    const body = expectProblem(response, 400, 'INVALID_INPUT');
    expect(body.errors).toEqual([{ path: 'body.enrollmentCode', message: 'required when kind is enroll' }]);
  });

  it('an unknown route is ROUTE_NOT_FOUND (404)', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: signedInAs() });
    expectProblem(response, 404, 'ROUTE_NOT_FOUND');
    expectProblem(await app.inject({ method: 'GET', url: '/nowhere' }), 404, 'ROUTE_NOT_FOUND');
  });

  it('an /api/v1 request without a principal is UNAUTHENTICATED (401)', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/persons/1' });
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });

  it('a change without an Idempotency-Key is IDEMPOTENCY_KEY_REQUIRED (400)', async () => {
    const { 'idempotency-key': _key, ...headers } = changeHeaders;
    void _key;
    const response = await postElection({ personId: 1, kind: 'decline' }, headers);
    expectProblem(response, 400, 'IDEMPOTENCY_KEY_REQUIRED');
  });

  it('a body that is not JSON is UNSUPPORTED_MEDIA_TYPE (415)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/elections',
      headers: { ...changeHeaders, 'content-type': 'application/xml' },
      payload: '<election/>',
    });
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it("keeps the caller's x-request-id, or makes one", async () => {
    const given = await app.inject({
      method: 'GET',
      url: '/nowhere',
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(given.headers['x-request-id']).toBe('trace-42');
    expect(given.json()).toMatchObject({ requestId: 'trace-42' });
    const made = await app.inject({ method: 'GET', url: '/healthz' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the reason member of a refusal', () => {
  it('carries the key and facts of a refusal, and is absent otherwise', () => {
    const refusal = { key: 'tccStillRunning', facts: { tccEnds: '2026-01-31' } };
    const refused = toProblem(new PshbError('RULE_NOT_MET', 'runs to 2026-01-31', [], refusal), 'req-1');
    expect(refused).toMatchObject({ code: 'RULE_NOT_MET', detail: 'runs to 2026-01-31', reason: refusal });
    expect(problemSchema.parse(refused).reason).toEqual(refusal);
    expect('reason' in toProblem(new PshbError('NOT_FOUND', 'no such person'), 'req-2')).toBe(false);
  });
});
