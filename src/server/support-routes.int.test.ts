import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import type { Store } from '../storage/store.ts';
import { shippedPlanPath } from '../support/plan/load-plan.ts';
import { parseStatisticsCsv } from '../support/reports/statistics-csv.ts';
import { saveContactStatistics } from '../support/reports/statistics-store.ts';
import type { Principal } from './principal.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const specialist: Principal = {
  subject: 'spec-1',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};
const carrier: Principal = { subject: 'carrier-1', role: 'carrier', carrierCodes: ['K1'] };
const enrollee: Principal = { subject: 'person-1', role: 'enrollee', personId: 1 };

const CSV = [
  'partner,interval_start,interval_minutes,offered,handled,abandoned,answered_within_target,wait_seconds,handle_seconds,transfers,first_contact_resolutions,backlog,contingency_activations',
  'helpline,2024-11-11 08:00,30,100,90,10,72,900,27000,5,80,3,0',
  'retirement-information-office,2024-11-11 08:00,30,20,20,0,20,0,6000,2,20,0,0',
  'helpline,2024-11-12 08:00,30,10,10,0,10,0,3000,0,10,0,0',
].join('\n');

let keys = 0;
const post = (principal: Principal = specialist): Record<string, string> => ({
  ...signedInAs(principal),
  'idempotency-key': `support-test-${++keys}`,
});

function planJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(shippedPlanPath('open-season-77'), 'utf8')) as Record<string, unknown>;
}

describe.each(testBackends())('support API on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await backend.open();
    await saveContactStatistics(store, parseStatisticsCsv(CSV, 'acd.csv'));
    app = await buildTestServer(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('lists the plans and returns one, to staff only', async () => {
    const list = await app.inject({ url: '/api/v1/support/plans', headers: signedInAs(specialist) });
    expect(list.statusCode).toBe(200);
    expect(list.json().plans.map((p: { id: string }) => p.id)).toEqual(['open-season-77', 'original-16']);
    const one = await app.inject({ url: '/api/v1/support/plans/original-16', headers: signedInAs() });
    expect(one.json().id).toBe('original-16');
    const missing = await app.inject({ url: '/api/v1/support/plans/nowhere', headers: signedInAs() });
    expect(missing.statusCode).toBe(404);
    for (const who of [carrier, enrollee]) {
      const refused = await app.inject({ url: '/api/v1/support/plans', headers: signedInAs(who) });
      expect(refused.statusCode, who.role).toBe(403);
    }
  });

  it('validates a plan, listing every problem by field', async () => {
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/support/plans/validate',
      headers: post(),
      payload: planJson(),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, id: 'open-season-77' });

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reaching into the plan's JSON
    const bad = planJson() as any;
    bad.raci = bad.raci.filter((r: { requestType: string }) => r.requestType !== 'complaints');
    bad.routing.tiers[2].overflowTo = 'retirement-information-office';
    bad.routing.tiers[2].overflowAfterSeconds = 30;
    bad.contingency.levels[0].triggers[0].metric = 'caller-mood';
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/support/plans/validate',
      headers: post(),
      payload: bad,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('INVALID_FILE');
    const paths = refused.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('contingency.levels[0].triggers[0].metric');
    // The schema error stops the cross-reference checks; fix it and both remaining problems appear.
    bad.contingency.levels[0].triggers[0].metric = 'service-level';
    const second = await app.inject({
      method: 'POST',
      url: '/api/v1/support/plans/validate',
      headers: post(),
      payload: bad,
    });
    const messages = second
      .json()
      .errors.map((e: { path: string; message: string }) => `${e.path}: ${e.message}`);
    expect(messages.join('\n')).toMatch(
      /requestTypes\[\d+\]: request type "complaints" has no accountable partner/,
    );
    expect(messages.join('\n')).toMatch(/routing\.tiers\[\d\]\.overflowTo: overflow from .* loops back/);
  });

  it('staffs one interval and runs a small simulation', async () => {
    const staff = await app.inject({
      method: 'POST',
      url: '/api/v1/support/staff',
      headers: post(),
      payload: {
        calls: 100,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        serviceLevel: 0.8,
        answerWithinSeconds: 20,
      },
    });
    expect(staff.statusCode).toBe(200);
    expect(staff.json()).toMatchObject({ model: 'erlang-c', agents: 14 });
    const simulation = await app.inject({
      method: 'POST',
      url: '/api/v1/support/simulations',
      headers: post(),
      payload: { plan: 'open-season-77', seed: 2, contacts: 5000 },
    });
    expect(simulation.statusCode).toBe(200);
    expect(simulation.json().conservation.balanced).toBe(true);
    const tooBig = await app.inject({
      method: 'POST',
      url: '/api/v1/support/simulations',
      headers: post(),
      payload: { contacts: 10_000_000 },
    });
    expect(tooBig.statusCode).toBe(400);
    const carrierRefused = await app.inject({
      method: 'POST',
      url: '/api/v1/support/staff',
      headers: post(carrier),
      payload: {
        calls: 1,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        serviceLevel: 0.8,
        answerWithinSeconds: 20,
      },
    });
    expect(carrierRefused.statusCode).toBe(403);
  });

  it('reports daily and weekly as JSON, CSV, HTML and PDF', async () => {
    const daily = await app.inject({ url: '/api/v1/support/reports/daily', headers: signedInAs(specialist) });
    expect(daily.statusCode).toBe(200);
    expect(daily.json().periods).toEqual(['2024-11-11', '2024-11-12']);
    const weekly = await app.inject({
      url: '/api/v1/support/reports/weekly?partner=helpline&format=csv',
      headers: signedInAs(),
    });
    expect(weekly.headers['content-type']).toMatch(/text\/csv/);
    expect(weekly.body).toContain('2024-11-11,network,2,110,100,10,82,0.7455');
    const html = await app.inject({
      url: '/api/v1/support/reports/daily?format=html&from=2024-11-11&to=2024-11-11',
      headers: signedInAs(),
    });
    expect(html.body).toContain('<html lang="en">');
    const pdf = await app.inject({ url: '/api/v1/support/reports/weekly?format=pdf', headers: signedInAs() });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const badDate = await app.inject({
      url: '/api/v1/support/reports/daily?from=11/11/2024',
      headers: signedInAs(),
    });
    expect(badDate.statusCode).toBe(400);
    const carrierRefused = await app.inject({
      url: '/api/v1/support/reports/daily',
      headers: signedInAs(carrier),
    });
    expect(carrierRefused.statusCode).toBe(403);
  });

  it('serves the written plan as HTML and PDF', async () => {
    const html = await app.inject({
      url: '/api/v1/support/plans/original-16/document',
      headers: signedInAs(),
    });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('Roles and responsibilities (RACI)');
    const pdf = await app.inject({
      url: '/api/v1/support/plans/original-16/document?format=pdf',
      headers: signedInAs(),
    });
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
