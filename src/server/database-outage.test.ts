// issue 10 item 8: while the database cannot be reached, requests are answered 503 DATABASE_UNAVAILABLE
// (problem+json, with Retry-After) rather than 500, and readiness reports the database unreachable.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { runMain } from '../../test-support/run-pshb.ts';
import { databaseUnavailable, isDatabaseUnavailable } from '../storage/database-unavailable.ts';
import type { Store } from '../storage/store.ts';
import { buildServer } from './build-server.ts';
import { toProblem } from './problem.ts';

/** The errors node-postgres gives when the database is down, restarting, or ended the connection. */
function lostConnectionErrors(): Error[] {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const terminated = Object.assign(new Error('terminating connection due to administrator command'), {
    code: '57P01',
    severity: 'FATAL',
  });
  return [
    refused,
    new AggregateError([refused], 'connect failed'),
    terminated,
    Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    Object.assign(new Error('connection failure'), { code: '08006' }),
    new Error('Connection terminated unexpectedly'),
    new Error('Connection terminated due to connection timeout'),
    new Error('Client has encountered a connection error and is not queryable'),
    new Error('timeout exceeded when trying to connect'),
    Object.assign(new Error('query failed'), { cause: terminated }),
    databaseUnavailable(new Error('database "x" is not currently accepting connections')),
  ];
}

describe('issue 10 item 8: connection errors map to DATABASE_UNAVAILABLE', () => {
  it.each(lostConnectionErrors().map((error) => [error.message, error] as const))(
    '%s is 503 DATABASE_UNAVAILABLE',
    (_message, error) => {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(toProblem(error, 'r-1')).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    },
  );

  it('leaves other database errors alone: a constraint violation or a NUL byte is not an outage', () => {
    const others = [
      Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
      Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }),
      new TypeError('cannot read properties of undefined'),
      null,
      'Connection terminated',
    ];
    for (const error of others) {
      expect(isDatabaseUnavailable(error)).toBe(false);
      expect(toProblem(error, 'r-1').status).toBe(500);
    }
  });
});

describe('issue 10 item 8: the API during a database outage', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });
  const failing = new Error('Connection terminated unexpectedly');
  // A store whose every query fails as node-postgres does when the server ended the connection.
  const unreachable = {
    db: {
      getExecutor: () => {
        throw failing;
      },
    },
  } as unknown as Store;

  it('answers 503 problem+json with Retry-After when the database fails mid-request', async () => {
    app = await buildServer({
      store: unreachable,
      authenticate: async () => {
        throw failing;
      },
    });
    const response = await app.inject({ method: 'GET', url: '/api/v1/plans' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toMatchObject({
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
      type: 'urn:pshb:problem:database-unavailable',
    });
  });

  it("reports the database's state: readiness 503 unreachable, liveness still ok", async () => {
    app = await buildServer({ store: unreachable, authenticate: async () => null });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    const live = await app.inject({ method: 'GET', url: '/healthz' });
    expect(live.statusCode).toBe(200);
  });
});

describe('issue 10 item 8: a command run while the database cannot be reached', () => {
  it('reports DATABASE_UNAVAILABLE with the reason, not a stack trace', async () => {
    const run = await runMain('--database-url', 'postgres://pshb@127.0.0.1:1/pshb', 'migrate');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error DATABASE_UNAVAILABLE: the database cannot be reached/);
    expect(run.stderr).toMatch(/because: connect ECONNREFUSED 127\.0\.0\.1:1/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
