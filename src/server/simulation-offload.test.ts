// Heavy work off the request thread: simulations run in a worker, a bounded number wait, and the
// request size is bounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { PshbError } from '../errors.ts';
import { SimulationPool } from '../support/simulation/simulation-pool.ts';
import { MAX_API_SIMULATION_CONTACTS } from './support-routes.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const specialist = signedInAs({
  subject: 'sim-1',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
});

describe('simulations off the request thread', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer();
  });
  afterAll(() => app?.close());

  const simulate = (contacts: number, seed = 1) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/support/simulations',
      headers: { ...specialist, 'idempotency-key': `sim-${contacts}-${seed}-${Math.random()}` },
      payload: { contacts, seed },
    });

  it('issue 10 item 13: the health check answers while three 200,000-contact simulations run', async () => {
    let finished = 0;
    const running = [1, 2, 3].map((seed) =>
      simulate(MAX_API_SIMULATION_CONTACTS, seed).then((response) => {
        finished += 1;
        return response;
      }),
    );
    for (let i = 0; i < 20; i++) {
      const health = await app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(200);
    }
    // Twenty health checks were answered before the three simulations were done.
    expect(finished).toBeLessThan(3);
    const responses = await Promise.all(running);
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().conservation.balanced).toBe(true);
    }
  }, 120_000);

  it('issue 10 item 13: a request may not ask for more contacts than the bound', async () => {
    const response = await simulate(MAX_API_SIMULATION_CONTACTS + 1);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('body.contacts');
  });

  it('issue 10 item 13: a simulation leaves the request thread free: its event loop keeps turning', async () => {
    const pool = new SimulationPool();
    try {
      let settled = false;
      const report = pool
        .simulate('open-season-77', { seed: 1, contacts: MAX_API_SIMULATION_CONTACTS, scaleStaff: true })
        .finally(() => (settled = true));
      let turns = 0;
      while (!settled) {
        await new Promise((resolve) => setImmediate(resolve));
        turns += 1;
      }
      // Run on this thread, the simulation would have held it: not one turn until it was done.
      expect(turns).toBeGreaterThan(100);
      expect((await report).conservation.balanced).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('issue 10 item 13: simulations beyond the queue are refused with RATE_LIMITED, not piled up', async () => {
    const pool = new SimulationPool(0);
    try {
      const first = pool.simulate('open-season-77', { seed: 1, contacts: 2000, scaleStaff: true });
      await expect(pool.simulate('open-season-77', { seed: 2, contacts: 2000 })).rejects.toMatchObject({
        code: 'RATE_LIMITED',
      });
      expect((await first).conservation.balanced).toBe(true);
      // Once the worker is free, the next one runs.
      expect((await pool.simulate('open-season-77', { seed: 3, contacts: 2000 })).conservation.balanced).toBe(
        true,
      );
      await expect(pool.simulate('no-such-plan', { seed: 1 })).rejects.toBeInstanceOf(PshbError);
    } finally {
      await pool.close();
    }
  });

  it('issue 10 item 13: the route runs simulations through the bounded queue (PSHB_SIMULATION_QUEUE)', async () => {
    process.env.PSHB_SIMULATION_QUEUE = '0';
    const single = await buildTestServer().finally(() => delete process.env.PSHB_SIMULATION_QUEUE);
    try {
      const post = (seed: number) =>
        single.inject({
          method: 'POST',
          url: '/api/v1/support/simulations',
          headers: { ...specialist, 'idempotency-key': `queued-${seed}` },
          payload: { contacts: 50_000, seed },
        });
      const [first, second] = await Promise.all([post(1), post(2)]);
      expect(first.statusCode, first.body).toBe(200);
      expect(second.statusCode).toBe(429);
      expect(second.json().code).toBe('RATE_LIMITED');
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await single.close();
    }
  }, 120_000);
});
