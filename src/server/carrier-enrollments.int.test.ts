// GET /api/v1/open-seasons/:id/carriers/:code/enrollments: a carrier reads the enrollment counts of its
// own plans, by plan, option and enrollment type; another carrier's counts are never sent to it (404,
// as if they did not exist), while program staff read any carrier's.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { chooseOpenSeason } from '../exchange/season-context.ts';
import { loadProgramCalendar } from '../reference-data.ts';
import type { Store } from '../storage/store.ts';
import type { Principal } from './principal.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const openSeason = chooseOpenSeason(loadProgramCalendar());
const nalc: Principal = { subject: 'carrier-nalc', role: 'carrier', carrierCodes: ['NALC'] };

interface Answer {
  carrierCodes: string[];
  totals: { automatic: number; elected: number; total: number };
  byPlan: { carrierCode: string; enrollmentCode: string; total: number }[];
}

describe.each(testBackends())('carrier enrollment counts on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 400, seed: 11 });
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const get = (code: string, principal?: Principal) =>
    app.inject({
      url: `/api/v1/open-seasons/${openSeason.id}/carriers/${code}/enrollments`,
      headers: signedInAs(principal),
    });

  it("gives a carrier its own plans' counts, and nothing of another carrier's", async () => {
    const everyone = await app.inject({
      url: `/api/v1/open-seasons/${openSeason.id}/report`,
      headers: signedInAs(),
    });
    const carriers = new Set(
      everyone.json<{ byPlan: { carrierCode: string }[] }>().byPlan.map((line) => line.carrierCode),
    );
    expect(carriers.has('NALC')).toBe(true);
    const other = [...carriers].find((code) => code !== 'NALC' && code !== '')!;
    expect(other).toBeDefined();

    const own = await get('NALC', nalc);
    expect(own.statusCode).toBe(200);
    const body = own.json<Answer>();
    expect(body.carrierCodes).toEqual(['NALC']);
    expect(body.byPlan.length).toBeGreaterThan(0);
    expect(body.byPlan.every((line) => line.carrierCode === 'NALC')).toBe(true);
    expect(body.totals.total).toBe(body.byPlan.reduce((sum, line) => sum + line.total, 0));

    const theirs = await get(other, nalc);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).not.toContain('"byPlan"');
    expect(theirs.body).not.toContain(`"carrierCode":"${other}"`);

    // Program staff read any carrier's, and the lines are that carrier's only.
    const staff = await get(other);
    expect(staff.statusCode).toBe(200);
    expect(staff.json<Answer>().byPlan.every((line) => line.carrierCode === other)).toBe(true);
  });

  it('answers 404 for an open season that does not exist and 401 to nobody', async () => {
    const missing = await app.inject({
      url: '/api/v1/open-seasons/no-such-season/carriers/NALC/enrollments',
      headers: signedInAs(nalc),
    });
    expect(missing.statusCode).toBe(404);
    const nobody = await app.inject({
      url: `/api/v1/open-seasons/${openSeason.id}/carriers/NALC/enrollments`,
    });
    expect(nobody.statusCode).toBe(401);
  });
});
