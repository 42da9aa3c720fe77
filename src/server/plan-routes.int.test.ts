// Plans people can compare, signed in or not: the year's estimated cost at three use levels, the cost
// sharing, and only the plans offered where the ZIP Code is.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { saveCatalogue } from '../exchange/catalogue/catalogue-store.ts';
import { loadShippedCatalogue } from '../reference-data.ts';
import type { Store } from '../storage/store.ts';
import { DEFAULT_RATE_LIMITS } from './rate-limits.ts';
import { buildServer } from './build-server.ts';
import { buildTestServer, signedInAs, testAuthenticator } from './test-authenticator.test.ts';
import type { PlanOffer } from './plan-comparison.ts';

describe.each(testBackends())('plans and their costs on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await backend.open();
    await saveCatalogue(store, loadShippedCatalogue());
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const publicPlans = (query: string) => app.inject({ method: 'GET', url: `/api/v1/public/plans?${query}` });

  it('a retiree in Nevada is shown nationwide plans and no other state’s regional plan, without signing in', async () => {
    const response = await publicPlans('zip=89501&payFrequency=monthly&enrollmentType=self_only');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ state: string; plans: PlanOffer[]; useLevelsVersion: string }>();
    expect(body.state).toBe('NV');
    expect(body.plans.length).toBeGreaterThan(0);
    expect(body.plans.every((p) => p.serviceArea === 'nationwide')).toBe(true);
    expect(body.plans.every((p) => p.payFrequency === 'monthly' && p.enrollmentType === 'self_only')).toBe(
      true,
    );
    // No personal data and no session: nothing set, nothing asked.
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('someone in California sees its regional plan too', async () => {
    const body = (await publicPlans('zip=94105')).json<{ state: string; plans: PlanOffer[] }>();
    expect(body.state).toBe('CA');
    expect(body.plans.some((p) => p.regions.includes('CA'))).toBe(true);
    expect(body.plans.some((p) => p.serviceArea === 'regional' && !p.regions.includes('CA'))).toBe(false);
  });

  it('each plan carries its deductible, out-of-pocket maximum, copays, fee, brochure and yearly estimates', async () => {
    const body = (await publicPlans('zip=20001&enrollmentType=self_only')).json<{ plans: PlanOffer[] }>();
    const nalc = body.plans.find((p) => p.plan.code === '77' && p.option.code === '1')!;
    expect(nalc.costSharing).toEqual({ deductible: 30_000, outOfPocketMax: 500_000 });
    expect(nalc.benefits?.membershipFeeYearly).toBe(3_600);
    expect(nalc.benefits?.brochureUrl).toMatch(/^https:\/\//);
    const { low, medium, high } = nalc.estimates;
    expect(low.premiums).toBe(nalc.premium.enrollee * 26);
    expect(low.membershipFee).toBe(3_600);
    expect(low.total!).toBeLessThanOrEqual(medium.total!);
    expect(medium.total!).toBeLessThanOrEqual(high.total!);
  });

  it('a malformed or unassigned ZIP Code is refused naming the field', async () => {
    const malformed = await publicPlans('zip=8950');
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json())).toContain('zip');
    const unassigned = await publicPlans('zip=00123');
    expect(unassigned.statusCode).toBe(400);
    expect(unassigned.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [expect.objectContaining({ path: 'zip' })],
    });
    expect((await publicPlans('zip=89501&ssn=123456789')).statusCode).toBe(400);
  });

  it('the signed-in comparison filters by ZIP Code too', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/plans?zip=89501&limit=200',
      headers: signedInAs(),
    });
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: PlanOffer[] }>().items;
    expect(items.every((p) => p.serviceArea === 'nationwide')).toBe(true);
    expect(items[0]!.estimates.medium.total).not.toBeNull();
  });

  it('the public plans are rate limited per address like every API request', async () => {
    const limited = await buildServer({
      store,
      authenticate: testAuthenticator,
      rateLimits: { ...DEFAULT_RATE_LIMITS, apiPerAddress: 3 },
    });
    // An address of its own: on PostgreSQL the counts are kept in the database the other tests share.
    const remoteAddress = '198.51.100.23';
    const ask = () => limited.inject({ method: 'GET', url: '/api/v1/public/plans?zip=89501', remoteAddress });
    try {
      for (let i = 0; i < 3; i++) expect((await ask()).statusCode).toBe(200);
      const refused = await ask();
      expect(refused.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
