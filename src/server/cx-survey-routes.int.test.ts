// The survey response over HTTP on PGlite, and PostgreSQL when TEST_DATABASE_URL is set: the form of an
// invitation needs no session and shows nothing about the person; a response is answered once (of two
// concurrent ones, one wins), stores its free text masked and no personal data; unknown, used and
// expired invitations are refused; program staff list the instruments with their response counts.
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CX_TEST_KEYS,
  everyoneSampled,
  insertPeople,
  recordElection,
} from '../../test-support/cx-fixtures.ts';
import { testBackends } from '../../test-support/databases.ts';
import { createInvitations } from '../exchange/cx/create-invitations.ts';
import { PROGRAM_DATE_VARIABLE } from '../domain/program-clock.ts';
import { executorOf } from '../storage/executor.ts';
import type { Store } from '../storage/store.ts';
import { testEnvironment } from '../../test-support/test-environment.ts';
import { buildServer } from './build-server.ts';
import { DEFAULT_RATE_LIMITS } from './rate-limits.ts';
import { buildTestServer, signedInAs, testAuthenticator } from './test-authenticator.test.ts';

const NOW = new Date('2026-12-06T12:00:00Z');
const earlier = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const token = (reference: string) => CX_TEST_KEYS.tokenFor('election', reference);

describe.each(testBackends())('survey routes on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  const refs: string[] = [];
  beforeAll(async () => {
    store = await backend.open();
    await insertPeople(store, [1, 2, 3, 4, 5, 6]);
    for (const id of [1, 2, 3, 4, 5, 6])
      refs.push(await recordElection(store, id, '2024-11-12', earlier(30 - id)));
    await createInvitations(store, { catalogue: everyoneSampled(), keys: CX_TEST_KEYS, now: NOW });
    app = await buildTestServer(store);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const on = (day: string) => vi.stubEnv(PROGRAM_DATE_VARIABLE, day);
  const form = (t: string, query = '') =>
    app.inject({ method: 'GET', url: `/api/v1/cx/invitations/${t}${query}` });
  const respond = (t: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/cx/invitations/${t}/response`,
      headers,
      payload: body as never,
    });

  it('shows the form in the language asked, with the PRA block, without a session and nothing about the person', async () => {
    on('2024-11-20');
    const en = await form(token(refs[0]!));
    expect(en.statusCode, en.body).toBe(200);
    const view = en.json<{ pra: Record<string, unknown>; questions: { id: string }[]; language: string }>();
    expect(view.language).toBe('en');
    expect(view.pra).toMatchObject({ ombControlNumber: expect.stringMatching(/^\d{4}-\d{4}$/) });
    expect(view.pra.expiresOn).toBe('2027-09-30');
    expect(view.questions.map((q) => q.id)).toEqual(['trust', 'positive', 'negative', 'text', 'contact']);
    expect(en.body).not.toMatch(/person_?id|Test Person|v1:synthetic|1950-01-01/i);
    expect(en.body).not.toContain(refs[0]!);
    const es = await form(token(refs[0]!), '?language=es');
    expect(es.statusCode).toBe(200);
    expect(es.json<{ language: string; title: string }>().title).not.toBe(en.json<{ title: string }>().title);
  });

  it('records a response once, masked, with a receipt that carries no personal data', async () => {
    on('2024-11-20');
    const answered = await respond(token(refs[0]!), {
      trust: 'up',
      positive: ['ease', 'employee'],
      text: 'Great help. My SSN is 123-45-6789, write to pat.doe@example.com.',
      language: 'en',
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toEqual({ received: true, identifiersMasked: 2, contactRequested: false });
    const [row] = (await executorOf(store).query(
      `select * from cx_response where free_text like 'Great help.%'`,
    )) as Record<string, unknown>[];
    expect(row!.free_text).toBe('Great help. My SSN is [SSN removed], write to [email removed].');
    expect(Object.keys(row!).filter((k) => /person|invitation|token|email|phone/.test(k))).toEqual([]);
    expect(JSON.stringify(row)).not.toMatch(/123-45-6789|pat\.doe/);
    const again = await respond(token(refs[0]!), { trust: 'down' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('INVITATION_USED');
    expect((await form(token(refs[0]!))).statusCode).toBe(409);
  });

  it('answers an unknown token 404, an expired invitation and an expired survey 410', async () => {
    on('2024-11-20');
    expect((await form('no-such-token-at-all-0000000000000')).statusCode).toBe(404);
    expect((await respond('no-such-token-at-all-0000000000000', { trust: 'up' })).statusCode).toBe(404);
    on('2026-01-15');
    const late = await respond(token(refs[1]!), { trust: 'up' });
    expect(late.statusCode).toBe(410);
    expect(late.json<{ code: string }>().code).toBe('INVITATION_EXPIRED');
    on('2027-10-01');
    const expired = await form(token(refs[1]!));
    expect(expired.statusCode).toBe(410);
    expect(expired.json<{ code: string }>().code).toBe('SURVEY_EXPIRED');
  });

  it('of two concurrent responses on one token, one is 201 and the other 409', async () => {
    on('2024-11-20');
    const [a, b] = await Promise.all([
      respond(token(refs[2]!), { trust: 'up' }),
      respond(token(refs[2]!), { trust: 'down' }),
    ]);
    expect([a!.statusCode, b!.statusCode].sort()).toEqual([201, 409]);
  });

  it('refuses bad answers naming the field, NUL, bidi controls and overlong text; nothing is used up', async () => {
    on('2024-11-20');
    const t = token(refs[3]!);
    const cases: [unknown, string][] = [
      [{ trust: 'sideways' }, 'trust'],
      [{ trust: 'up', negative: ['ease'] }, 'negative'],
      [{ trust: 'up', positive: ['speed'] }, 'positive'],
      [{ trust: 'up', text: 'fine\u0000' }, 'text'],
      [{ trust: 'up', text: 'abc\u202Egnp.exe' }, 'text'],
      [{ trust: 'up', text: 'x'.repeat(10_001) }, 'text'],
    ];
    for (const [body, field] of cases) {
      const refused = await respond(t, body);
      expect(refused.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(refused.body).toContain(field);
    }
    expect((await respond(t, { trust: 'up' })).statusCode).toBe(201);
  });

  it('refuses a response another site made a browser send', async () => {
    on('2024-11-20');
    const refused = await respond(
      token(refs[4]!),
      { trust: 'up' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' },
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ code: string }>().code).toBe('CROSS_SITE_REQUEST');
    const same = await respond(token(refs[4]!), { trust: 'up' }, { 'sec-fetch-site': 'same-origin' });
    expect(same.statusCode).toBe(201);
  });

  it('a negative answer asking to be contacted opens a case; the receipt says only that', async () => {
    on('2024-11-20');
    const answered = await respond(token(refs[5]!), {
      trust: 'down',
      negative: ['efficiency'],
      contact: { phone: '(202) 555-0199' },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toEqual({ received: true, identifiersMasked: 0, contactRequested: true });
    expect(answered.body).not.toContain('555-0199');
  });

  it('is rate limited per address like the rest of the API', async () => {
    const limited = await buildServer({
      store,
      authenticate: testAuthenticator,
      environment: testEnvironment(),
      rateLimits: { ...DEFAULT_RATE_LIMITS, windowSeconds: 60, apiPerAddress: 2 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (await limited.inject({ method: 'GET', url: '/api/v1/cx/invitations/rate-limit-probe-token' }))
            .statusCode,
        );
      // On PostgreSQL the counters are shared in the database: this file's earlier requests count too.
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.every((status) => status === 404 || status === 429)).toBe(true);
    } finally {
      await limited.close();
    }
  });

  it('lists the instruments with their response counts for program staff only', async () => {
    on('2024-11-20');
    const listed = await app.inject({
      method: 'GET',
      url: '/api/v1/cx/surveys',
      headers: signedInAs({ subject: 'cx-auditor', role: 'auditor' }),
    });
    expect(listed.statusCode, listed.body).toBe(200);
    const v2 = listed
      .json<{ items: { surveyId: string; responseCount: number; collecting: boolean }[] }>()
      .items.find((i) => i.surveyId === 'a11-v2')!;
    expect(v2).toMatchObject({ collecting: true, responseCount: 5 });
    expect((await app.inject({ method: 'GET', url: '/api/v1/cx/surveys' })).statusCode).toBe(401);
    const specialist = await app.inject({
      method: 'GET',
      url: '/api/v1/cx/surveys',
      headers: signedInAs({ subject: 'cx-specialist', role: 'support_specialist' }),
    });
    expect(specialist.statusCode).toBe(403);
  });
});
