// /api/v1/cx over a real store: program staff read the quarterly report (JSON and Touchpoints' CSV),
// a program administrator moves a collection through its states, an auditor only reads, and other
// roles are refused.
import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExactCells } from '../../test-support/cx-report-fixtures.ts';
import { testBackends } from '../../test-support/databases.ts';
import { loadCxCatalogue } from '../exchange/cx/cx-catalogue.ts';
import { TOUCHPOINTS_DETAIL_COLUMNS } from '../exchange/cx/touchpoints-export.ts';
import type { Principal } from '../security/principal.ts';
import type { Store } from '../storage/store.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const administrator: Principal = { subject: 'cx-admin', role: 'program_administrator' };
const auditor: Principal = { subject: 'cx-auditor', role: 'auditor' };
const specialist: Principal = { subject: 'cx-specialist', role: 'support_specialist' };
const carrier: Principal = { subject: 'cx-carrier', role: 'carrier', carrierCodes: ['KM'] };

describe.each(testBackends())('/api/v1/cx on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  let key = 0;
  beforeAll(async () => {
    store = await backend.open();
    await loadExactCells(store, loadCxCatalogue(), 2025, 1, [
      { transactionPoint: 'open-season-election', channel: 'web', up: 9, down: 2, served: 50, offered: 20 },
    ]);
    app = await buildTestServer(store);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const get = (url: string, as: Principal = administrator) =>
    app.inject({ method: 'GET', url: `/api/v1${url}`, headers: signedInAs(as) });
  const post = (url: string, body: unknown, as: Principal = administrator) =>
    app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { ...signedInAs(as), 'idempotency-key': `cx-report-${key++}` },
      payload: body as never,
    });

  it('gives program staff the report as JSON and as Touchpoints detail CSV', async () => {
    const json = await get('/cx/report?fiscalYear=2025&quarter=1', auditor);
    expect(json.statusCode, json.body).toBe(200);
    const web = json.json<{ rows: { channel: string; respondents: unknown; responseRate: number }[] }>()
      .rows[0]!;
    expect(web).toMatchObject({
      channel: 'web',
      respondents: { value: 11, suppressed: false },
      responseRate: 0.55,
    });
    const csv = await get('/cx/report?fiscalYear=2025&quarter=1&format=touchpoints-detail');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect((parse(csv.body, { to_line: 1 }) as string[][])[0]).toEqual([...TOUCHPOINTS_DETAIL_COLUMNS]);
  });

  it('refuses a bad quarter by field, and roles other than program staff', async () => {
    const bad = await get('/cx/report?fiscalYear=2025&quarter=5');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('quarter');
    for (const who of [specialist, carrier]) {
      const refused = await get('/cx/report?fiscalYear=2025&quarter=1', who);
      expect(refused.statusCode).toBe(403);
      expect((await get('/cx/collections', who)).statusCode).toBe(403);
    }
  });

  it('lets an administrator open, submit and publish a collection; an auditor reads but cannot change', async () => {
    const opened = await post('/cx/collections', { fiscalYear: 2025, quarter: 1 });
    expect(opened.statusCode, opened.body).toBe(200);
    const id = opened.json<{ id: number }>().id;
    const early = await post(`/cx/collections/${id}/submit`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json<{ code: string }>().code).toBe('CX_COLLECTION_STATE');
    await store.transaction((tx) =>
      tx.query('update cx_collection set reflection = $1 where id = $2', ['Good quarter.', id]),
    );
    expect((await post(`/cx/collections/${id}/submit`, {})).statusCode).toBe(200);
    expect((await post(`/cx/collections/${id}/publish`, {}, auditor)).statusCode).toBe(403);
    const published = await post(`/cx/collections/${id}/publish`, { note: 'Checked.' });
    expect(published.json()).toMatchObject({
      collection: { state: 'published' },
      decision: { outcome: 'allowed' },
    });
    const listed = await get('/cx/collections?fiscalYear=2025', auditor);
    expect(listed.json<{ items: { state: string }[] }>().items.map((c) => c.state)).toEqual(['published']);
    const shown = await get(`/cx/collections/${id}`, auditor);
    expect(shown.json<{ events: { kind: string; author: string }[] }>().events.map((e) => e.kind)).toEqual([
      'created',
      'submit',
      'publish',
    ]);
    expect((await get('/cx/collections/999999', auditor)).statusCode).toBe(404);
  });

  it('lists what is due', async () => {
    const due = await get('/cx/due', auditor);
    expect(due.statusCode, due.body).toBe(200);
    expect(due.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
  });
});
