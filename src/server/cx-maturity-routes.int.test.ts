// /api/v1/cx/maturity and /api/v1/cx/action-plans over a real store: program administrators rate,
// choose focus areas and plan actions; auditors read the year and the documents and may change
// nothing; other roles are refused; bad input is refused naming the field.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import type { Principal } from '../security/principal.ts';
import type { Store } from '../storage/store.ts';
import { loadMaturityDemo } from '../exchange/cx/maturity-demo.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const administrator: Principal = { subject: 'cx-admin', role: 'program_administrator' };
const auditor: Principal = { subject: 'cx-auditor', role: 'auditor' };
const specialist: Principal = {
  subject: 'cx-specialist',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};

for (const backend of testBackends()) {
  describe(`CX maturity routes on ${backend.name}`, () => {
    let store: Store;
    let app: FastifyInstance;
    beforeAll(async () => {
      store = await backend.open();
      app = await buildTestServer(store);
    }, 180_000);
    afterAll(async () => {
      await app.close();
      await store.close();
    });

    const post = (url: string, payload: unknown, who: Principal = administrator) =>
      app.inject({
        method: 'POST',
        url: `/api/v1${url}`,
        payload: payload as object,
        headers: { ...signedInAs(who), 'idempotency-key': randomUUID() },
      });
    const get = (url: string, who: Principal = auditor) =>
      app.inject({ method: 'GET', url: `/api/v1${url}`, headers: signedInAs(who) });

    it('an administrator rates with evidence and chooses the focus areas; an auditor reads the year', async () => {
      const rated = await post('/cx/maturity/2032/ratings', {
        dimension: 'measurement',
        rating: 3,
        summary: 'Quarterly data reported',
        evidence: [{ label: 'Q1 CX data', link: 'https://example.gov/cx/q1' }],
        effectiveOn: '2031-10-05',
      });
      expect(rated.statusCode, rated.body).toBe(201);
      expect(rated.json().completeness.outcome).toBe('incomplete');
      const focus = await post('/cx/maturity/2032/focus', { areas: ['measurement', 'governance'] });
      expect(focus.statusCode).toBe(201);
      const year = await get('/cx/maturity/2032?asOf=2031-11-01');
      expect(year.statusCode).toBe(200);
      expect(year.json()).toMatchObject({
        fiscalYear: 2032,
        focus: { areas: ['measurement', 'governance'] },
      });
      expect(year.json().ratings[0]).toMatchObject({ dimension: 'measurement', author: 'cx-admin' });
    });

    it('refuses an auditor changing and a support specialist reading; bad input names the field', async () => {
      expect(
        (await post('/cx/maturity/2032/focus', { areas: ['measurement', 'governance'] }, auditor)).statusCode,
      ).toBe(403);
      expect((await get('/cx/maturity/2032', specialist)).statusCode).toBe(403);
      const bad = await post('/cx/maturity/2032/ratings', { dimension: 'speed', rating: 9, evidence: [] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().detail).toMatch(/dimension: "speed"/);
    });

    it('plans an action, updates it, lists it and writes the documents', async () => {
      const added = await post('/cx/action-plans/2032/actions', {
        key: 'cx-dashboard',
        focusArea: 'measurement',
        title: 'CX operational dashboard',
        personaId: 'last-day-caller',
        owner: 'CX lead',
        milestones: [{ key: 'live', title: 'Dashboard live', dueOn: '2032-03-31' }],
      });
      expect(added.statusCode).toBe(201);
      expect((await post('/cx/action-plans/2032/actions', added.json() as object)).statusCode).toBe(400);
      const updated = await post('/cx/action-plans/2032/actions/cx-dashboard', {
        owner: 'CX lead and partners',
      });
      expect(updated.statusCode).toBe(200);
      expect(updated.json().owner).toBe('CX lead and partners');
      expect((await post('/cx/action-plans/2032/actions/nothing', { owner: 'x' })).statusCode).toBe(404);
      const list = await get('/cx/action-plans/2032/actions?asOf=2032-04-01');
      expect(list.json().items[0]).toMatchObject({ key: 'cx-dashboard', status: 'delayed' });

      expect(await loadMaturityDemo(store, { fiscalYear: 2033 })).toBe(true);
      const html = await get('/cx/action-plans/2033/document');
      expect(html.headers['content-type']).toMatch(/text\/html/);
      expect(html.body).toContain('FY2033 High Impact Service Provider CX Action Plan');
      const pdf = await get('/cx/action-plans/2033/progress-report?format=pdf&asOf=2033-04-01');
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.toString('latin1')).toContain('/StructTreeRoot');
      expect((await get('/cx/action-plans/2099/document')).statusCode).toBe(404);
    });
  });
}
