// /api/v1/cx/dashboard over a real store: trends with intervals and small cells suppressed (a total
// too, when it would give a suppressed cell away), the contact center's same days, the comments page
// by page with filters; program staff only, every read audited, bad query parameters named.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExactCells } from '../../test-support/cx-report-fixtures.ts';
import { testBackends } from '../../test-support/databases.ts';
import { loadCxCatalogue } from '../exchange/cx/cx-catalogue.ts';
import type { CxTrends } from '../exchange/cx/cx-dashboard.ts';
import type { Principal } from '../security/principal.ts';
import type { Store } from '../storage/store.ts';
import { saveContactStatistics } from '../support/reports/statistics-store.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const administrator: Principal = { subject: 'cxd-admin', role: 'program_administrator' };
const auditor: Principal = { subject: 'cxd-auditor', role: 'auditor' };
const specialist: Principal = { subject: 'cxd-specialist', role: 'support_specialist' };
const DAYS = 'from=2024-10-01&to=2024-11-30';

describe.each(testBackends())('/api/v1/cx/dashboard on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await backend.open();
    // All responded on Friday 2024-11-01, in the week of Monday 2024-10-28.
    await loadExactCells(store, loadCxCatalogue(), 2025, 1, [
      { transactionPoint: 'open-season-election', channel: 'web', up: 9, down: 2, served: 50, offered: 20 },
      {
        transactionPoint: 'support-case-resolved-helpline',
        channel: 'phone',
        up: 20,
        down: 5,
        served: 60,
        offered: 40,
      },
      {
        transactionPoint: 'support-case-resolved-helpline',
        channel: 'email',
        up: 3,
        down: 1,
        served: 9,
        offered: 9,
      },
    ]);
    await saveContactStatistics(store, [
      {
        partner: 'helpline',
        intervalStart: '2024-11-01 09:00',
        intervalMinutes: 30,
        offered: 100,
        handled: 95,
        abandoned: 5,
        answeredWithinTarget: 80,
        waitSeconds: 3000,
        handleSeconds: 30000,
        transfers: 2,
        firstContactResolutions: 80,
        backlog: 0,
        contingencyActivations: 0,
        source: 'test',
      },
    ]);
    app = await buildTestServer(store);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const get = (url: string, as: Principal = administrator) =>
    app.inject({ method: 'GET', url: `/api/v1/cx/dashboard${url}`, headers: signedInAs(as) });

  it('gives trust with its interval per partner and channel, suppressing small cells and a revealing total', async () => {
    const response = await get(`/trends?${DAYS}`, auditor);
    expect(response.statusCode, response.body).toBe(200);
    const trends = response.json<CxTrends>();
    expect(trends.periods).toEqual(['2024-10-28']);
    const [total, ...cells] = trends.cells;
    // 4 helpline e-mail respondents are below 10; the total less the shown cells would reveal them.
    expect(total).toMatchObject({ channel: null, suppressed: true, respondents: null, trust: null });
    const phone = cells.find((c) => c.channel === 'phone')!;
    expect(phone).toMatchObject({ partner: 'helpline', respondents: 25, suppressed: false });
    expect(phone.trust!.estimate).toBe(0.8);
    expect(phone.trust!.low).toBeLessThan(0.8);
    expect(phone.drivers.find((d) => d.driver === 'ease')).toMatchObject({ positive: 20, negative: 0 });
    expect(cells.find((c) => c.channel === 'email')).toMatchObject({
      suppressed: true,
      respondents: null,
      drivers: [],
    });
    expect(trends.contactCenter).toContainEqual({
      period: '2024-10-28',
      partner: 'helpline',
      offered: 100,
      serviceLevel: 0.8,
      abandonmentRate: 0.05,
    });
  });

  it('filters by channel and partner, and groups by month', async () => {
    const phone = (await get(`/trends?${DAYS}&channel=phone&bucket=month`)).json<CxTrends>();
    expect(phone.periods).toEqual(['2024-11-01']);
    expect(phone.cells[0]).toMatchObject({ channel: null, respondents: 25, suppressed: false });
    const helpline = (await get(`/trends?${DAYS}&partner=helpline`)).json<CxTrends>();
    expect(helpline.cells.every((c) => c.partner === 'helpline' || c.channel === null)).toBe(true);
    expect(helpline.contactCenter.map((c) => c.partner)).toEqual(['helpline']);
  });

  it('pages through the comments newest first, filtered by driver and partner', async () => {
    const first = await get(`/comments?${DAYS}&limit=2`);
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json<{ items: { id: number; text: string }[]; nextCursor: string | null }>();
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const rest = (await get(`/comments?${DAYS}&limit=2&cursor=${page.nextCursor}`)).json<typeof page>();
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    const ids = [...page.items, ...rest.items].map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    // The first response of each cell has text and is a thumbs up naming ease.
    const ease = (await get(`/comments?${DAYS}&driver=ease&side=positive&partner=helpline`)).json<
      typeof page
    >();
    expect(ease.items.map((i) => i.text)).toEqual(['Quick and clear.', 'Quick and clear.']);
    const none = (await get(`/comments?${DAYS}&driver=efficiency&side=positive`)).json<typeof page>();
    expect(none.items).toEqual([]);
  });

  it('refuses other roles and signed-out readers, and audits every read of the comments', async () => {
    expect((await get(`/trends?${DAYS}`, specialist)).statusCode).toBe(403);
    expect((await get(`/comments?${DAYS}`, specialist)).statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'GET', url: `/api/v1/cx/dashboard/trends?${DAYS}` });
    expect(anonymous.statusCode).toBe(401);
    const audit = await app.inject({
      method: 'GET',
      url: `/api/v1/audit?subject=${auditor.subject}&limit=10`,
      headers: signedInAs(auditor),
    });
    expect(audit.statusCode, audit.body).toBe(200);
    const items = audit.json<{ items: { purpose: string | null }[] }>().items;
    await get(`/comments?${DAYS}`, auditor);
    const after = await app.inject({
      method: 'GET',
      url: `/api/v1/audit?subject=${auditor.subject}&limit=50`,
      headers: signedInAs(auditor),
    });
    const read = after.json<{ items: { purpose: string | null; fields: string[] }[] }>().items;
    expect(read.filter((i) => i.purpose === 'customer-experience dashboard')).toHaveLength(
      items.filter((i) => i.purpose === 'customer-experience dashboard').length + 1,
    );
  });

  it('names the bad query parameter and changes nothing', async () => {
    const cases: [string, string][] = [
      ['/trends?from=2024-13-01', 'from'],
      ['/trends?bucket=day', 'bucket'],
      ['/trends?from=2024-11-30&to=2024-11-01', 'to'],
      ['/trends?from=2020-01-01&to=2024-11-01', 'to'],
      ['/trends?partner=nobody', 'partner'],
      ['/comments?channel=pigeon', 'channel'],
      ['/comments?driver=speed', 'driver'],
      ['/comments?cursor=bad', 'cursor'],
      ['/comments?limit=0', 'limit'],
      ['/trends?colour=red', 'colour'],
    ];
    for (const [url, field] of cases) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.body, url).toContain(field);
    }
  });
});
