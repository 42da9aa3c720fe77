// Callbacks scheduled from a support case over HTTP on a real store: scheduled in the specialist's
// time zone and kept as an instant, refused in the past or with a long note (naming the field), listed
// on the case and as due on the partner's queue, closed once by an event, and refused to another
// partner's specialist as a case that does not exist. Raced: the same callback closed by five requests at
// once is closed by one (the others are 409 CONFLICT, one event is stored), and one scheduling sent five
// times at once with one Idempotency-Key creates one callback that the other four replay; and a callback
// scheduled or closed while the case is transferred away is refused (409), never written after it left.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerSearchQuery } from '../../test-support/caller-identifiers.ts';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import type { Store } from '../storage/store.ts';
import {
  closeCallback,
  scheduleCallback,
  type Callback,
  type DueCallback,
} from '../support/cases/callbacks.ts';
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
  let personId: number;

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
    personId = person!.id;
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

  const callbackEvents = async (callbackId: number) =>
    store.transaction((tx) =>
      tx.query<{ kind: string; actor_id: string }>(
        'select kind, actor_id from support_callback_event where callback_id = $1',
        [callbackId],
      ),
    );
  const scheduleOne = async (note: string) => {
    const made = await post(
      `/cases/${caseId}/callbacks`,
      { dueAt: inMinutes(45), timeZone: 'America/New_York', note },
      helpline,
    );
    expect(made.statusCode, made.body).toBe(201);
    return made.json<Callback>();
  };

  it('closes a callback once when five requests mark it done at the same time', async () => {
    const scheduled = await scheduleOne('Raced done');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(`/cases/${caseId}/callbacks/${scheduled.id}/done`, undefined, helpline),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses, answers.map((a) => a.body).join('\n')).toEqual([200, 409, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) {
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json()).toMatchObject({ code: 'CONFLICT', status: 409 });
    }
    expect(await callbackEvents(scheduled.id)).toEqual([{ kind: 'done', actor_id: 'specialist-helpline' }]);
    const [listed] = (await get(`/cases/${caseId}/callbacks`, helpline))
      .json<{ items: Callback[] }>()
      .items.filter((c) => c.id === scheduled.id);
    expect(listed).toMatchObject({ status: 'done', closedBy: 'specialist-helpline' });
  });

  it('keeps the first of a done and a cancel sent at the same time, and refuses the other', async () => {
    const scheduled = await scheduleOne('Raced done or cancel');
    const answers = await Promise.all(
      (['done', 'cancel', 'done', 'cancel'] as const).map((path) =>
        post(`/cases/${caseId}/callbacks/${scheduled.id}/${path}`, undefined, helpline),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const winner = answers.find((a) => a.statusCode === 200)!.json<Callback>();
    const events = await callbackEvents(scheduled.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.kind).toBe(winner.status);
  });

  it('schedules one callback when the same request is sent five times at once with one Idempotency-Key', async () => {
    const body = { dueAt: inMinutes(90), timeZone: 'America/New_York', note: 'Sent five times at once' };
    const headers = { ...signedInAs(helpline), 'idempotency-key': `callback-race-${crypto.randomUUID()}` };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/callbacks`, headers, payload: body }),
      ),
    );
    expect(
      answers.map((a) => a.statusCode),
      answers.map((a) => a.body).join('\n'),
    ).toEqual([201, 201, 201, 201, 201]);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
    const ids = new Set(answers.map((a) => a.json<Callback>().id));
    expect(ids.size).toBe(1);
    const stored = await store.transaction((tx) =>
      tx.query<{ id: number }>('select id from support_callback where case_id = $1 and note = $2', [
        caseId,
        body.note,
      ]),
    );
    expect(stored.map((r) => Number(r.id))).toEqual([...ids]);
  });

  it('refuses a different request sent at the same time with a key already in use', async () => {
    const key = `callback-race-${crypto.randomUUID()}`;
    const answers = await Promise.all(
      ['First use of the key', 'Second use of the key'].map((note) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/cases/${caseId}/callbacks`,
          headers: { ...signedInAs(helpline), 'idempotency-key': key },
          payload: { dueAt: inMinutes(120), timeZone: 'America/New_York', note },
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 422]);
    expect(answers.find((a) => a.statusCode === 422)!.json()).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    const stored = await store.transaction((tx) =>
      tx.query<{ note: string }>(
        "select note from support_callback where case_id = $1 and note like '% use of the key'",
        [caseId],
      ),
    );
    expect(stored).toHaveLength(1);
  });

  it('refuses callbacks scheduled or closed while the case is transferred away, and keeps those made before', async () => {
    const opened = await post(
      '/cases',
      {
        personId,
        channel: 'phone',
        requestType: 'enrollment-help',
        subject: 'Retiring soon',
        note: 'Needs the retirement office',
      },
      helpline,
    );
    expect(opened.statusCode, opened.body).toBe(201);
    const movingId = opened.json<SupportCase>().id;
    const first = await post(
      `/cases/${movingId}/callbacks`,
      { dueAt: inMinutes(30), timeZone: 'America/New_York', note: 'Before the transfer' },
      helpline,
    );
    expect(first.statusCode, first.body).toBe(201);
    const firstId = first.json<Callback>().id;

    const [moved, done, ...scheduled] = await Promise.all([
      post(
        `/cases/${movingId}/transfer`,
        { toPartner: 'retirement-information-office', note: 'Retirement question' },
        helpline,
      ),
      post(`/cases/${movingId}/callbacks/${firstId}/done`, undefined, helpline),
      ...[1, 2, 3].map((n) =>
        post(
          `/cases/${movingId}/callbacks`,
          { dueAt: inMinutes(60 + n), timeZone: 'America/New_York', note: `During the transfer ${n}` },
          helpline,
        ),
      ),
    ]);
    expect(moved!.statusCode, moved!.body).toBe(200);
    for (const answer of [done!, ...scheduled]) {
      expect([200, 201, 403, 409], answer.body).toContain(answer.statusCode);
      if (answer.statusCode === 409) expect(answer.json()).toMatchObject({ code: 'CONFLICT' });
    }
    const stored = await store.transaction((tx) =>
      tx.query<{ id: number }>('select id from support_callback where case_id = $1', [movingId]),
    );
    expect(stored).toHaveLength(1 + scheduled.filter((a) => a.statusCode === 201).length);
    expect(await callbackEvents(firstId)).toHaveLength(done!.statusCode === 200 ? 1 : 0);

    // Checked where the case is locked: a change allowed while helpline held the case finds it moved.
    const allowedBefore = {
      id: 'specialist-helpline',
      role: 'support_specialist',
      partner: 'helpline',
      heldBy: 'helpline',
    };
    const late = { dueAt: inMinutes(90), timeZone: 'America/New_York', note: 'Too late' };
    await expect(
      store.transaction((tx) => scheduleCallback(tx, movingId, late, allowedBefore)),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('moved from helpline') });
    await expect(
      store.transaction((tx) => closeCallback(tx, movingId, firstId, 'cancelled', allowedBefore)),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(
      await store.transaction((tx) =>
        tx.query('select id from support_callback where case_id = $1', [movingId]),
      ),
    ).toHaveLength(stored.length);
  });
});
