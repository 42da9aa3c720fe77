// Callbacks scheduled from a support case over HTTP on a real store: scheduled in the specialist's
// time zone and kept as an instant, refused in the past or with a long note (naming the field), listed
// on the case and as due on the partner's queue, closed once by an event, and refused to another
// partner's specialist as a case that does not exist.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerSearchQuery } from '../../test-support/caller-identifiers.ts';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import type { Store } from '../storage/store.ts';
import type { Callback, DueCallback } from '../support/cases/callbacks.ts';
import type { SupportCase } from '../support/cases/support-cases.ts';
import type { Principal } from './principal.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const helpline: Principal = {
  subject: 'specialist-helpline',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};
const overflow: Principal = {
  subject: 'specialist-rio',
  role: 'support_specialist',
  partnerOrganization: 'retirement-information-office',
};

/** An instant `minutes` from now, written with the New York offset the console would send. */
function inMinutes(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

describe.each(testBackends())('support callbacks API on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  let key = 0;
  let caseId: number;

  const post = (url: string, body: object | undefined, as: Principal) =>
    app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { ...signedInAs(as), 'idempotency-key': `callback-test-${key++}` },
      ...(body ? { payload: body } : {}),
    });
  const get = (url: string, as: Principal) =>
    app.inject({ method: 'GET', url: `/api/v1${url}`, headers: signedInAs(as) });

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 10, seed: 7, autoEnroll: false });
    const [person] = await store.db.selectFrom('person').select('id').orderBy('id').limit(1).execute();
    app = await buildTestServer(store);
    const found = await get(`/persons?${await callerSearchQuery(store, person!.id)}`, helpline);
    expect(found.statusCode, found.body).toBe(200);
    const opened = await post(
      '/cases',
      {
        personId: person!.id,
        channel: 'phone',
        requestType: 'enrollment-help',
        subject: 'Premium question',
        note: 'Asks about the premium',
      },
      helpline,
    );
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json<SupportCase>().id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('schedules a callback, lists it on the case and as due on the queue, and closes it once', async () => {
    const soon = await post(
      `/cases/${caseId}/callbacks`,
      { dueAt: inMinutes(30), timeZone: 'America/New_York', note: 'Call back about the premium' },
      helpline,
    );
    expect(soon.statusCode, soon.body).toBe(201);
    const scheduled = soon.json<Callback>();
    expect(scheduled).toMatchObject({ caseId, status: 'scheduled', timeZone: 'America/New_York' });
    const later = await post(
      `/cases/${caseId}/callbacks`,
      { dueAt: inMinutes(180), timeZone: 'America/New_York', note: 'Second call' },
      helpline,
    );
    expect(later.statusCode, later.body).toBe(201);

    const listed = await get(`/cases/${caseId}/callbacks`, helpline);
    expect(listed.json<{ items: Callback[] }>().items.map((c) => c.note)).toEqual([
      'Call back about the premium',
      'Second call',
    ]);
    // One at a time: the cursor leads on in due-time order, and the last page has none.
    const first = (await get(`/cases/${caseId}/callbacks?limit=1`, helpline)).json<{
      items: Callback[];
      nextCursor: string | null;
    }>();
    expect(first.items.map((c) => c.note)).toEqual(['Call back about the premium']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await get(`/cases/${caseId}/callbacks?limit=1&cursor=${first.nextCursor}`, helpline)
    ).json<{ items: Callback[]; nextCursor: string | null }>();
    expect(second).toMatchObject({
      items: [expect.objectContaining({ note: 'Second call' })],
      nextCursor: null,
    });
    expect((await get(`/cases/${caseId}/callbacks?cursor=not-ours`, helpline)).statusCode).toBe(400);
    expect((await get(`/cases/${caseId}/callbacks?limit=0`, helpline)).statusCode).toBe(400);
    const due = await get('/queues/helpline/callbacks?due=next-hour', helpline);
    expect(due.statusCode, due.body).toBe(200);
    expect(due.json<{ items: DueCallback[] }>().items).toEqual([
      expect.objectContaining({ id: scheduled.id, caseId, subject: 'Premium question', overdue: false }),
    ]);
    expect(due.json()).toMatchObject({ partner: 'helpline', nextCursor: null });

    const done = await post(`/cases/${caseId}/callbacks/${scheduled.id}/done`, undefined, helpline);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Callback>()).toMatchObject({ status: 'done', closedBy: 'specialist-helpline' });
    const again = await post(`/cases/${caseId}/callbacks/${scheduled.id}/cancel`, undefined, helpline);
    expect(again.statusCode).toBe(409);
    const afterDone = await get('/queues/helpline/callbacks', helpline);
    expect(afterDone.json<{ items: DueCallback[] }>().items).toEqual([]);
  });

  it('refuses a time in the past and a note over 500 characters, naming the field', async () => {
    const past = await post(
      `/cases/${caseId}/callbacks`,
      { dueAt: inMinutes(-5), timeZone: 'America/New_York', note: 'Too late' },
      helpline,
    );
    expect(past.statusCode).toBe(400);
    expect(past.json<{ errors: { path: string }[] }>().errors.map((d) => d.path)).toEqual(['dueAt']);
    const long = await post(
      `/cases/${caseId}/callbacks`,
      { dueAt: inMinutes(30), timeZone: 'America/New_York', note: 'x'.repeat(501) },
      helpline,
    );
    expect(long.statusCode).toBe(400);
    expect(long.json<{ errors: { path: string }[] }>().errors.map((d) => d.path)).toEqual(['note']);
  });

  it("refuses another partner's specialist the case's callbacks as a case that does not exist", async () => {
    const body = { dueAt: inMinutes(30), timeZone: 'America/New_York', note: 'Probe' };
    expect((await post(`/cases/${caseId}/callbacks`, body, overflow)).statusCode).toBe(404);
    expect((await get(`/cases/${caseId}/callbacks`, overflow)).statusCode).toBe(404);
    const [first] = (await get(`/cases/${caseId}/callbacks`, helpline)).json<{ items: Callback[] }>().items;
    expect(
      (await post(`/cases/${caseId}/callbacks/${first!.id}/cancel`, undefined, overflow)).statusCode,
    ).toBe(404);
    expect((await get('/queues/helpline/callbacks', overflow)).statusCode).toBe(403);
  });
});
