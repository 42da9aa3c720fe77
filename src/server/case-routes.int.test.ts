// Support cases over HTTP on a real store: a case opened by the plan's routing with its SLA due time,
// a partner refused another partner's case (audited) until a warm transfer hands it over with its whole
// history, escalation, resolution and reopening, queues per skill, and incidents linked to cases. Raced:
// a case resolved or taken by several requests at once is resolved or taken once, and a change sent while
// the case is transferred is made by the partner holding it or refused (409), never after it left.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerSearchQuery } from '../../test-support/caller-identifiers.ts';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import type { Store } from '../storage/store.ts';
import { linkCase } from '../support/cases/incidents.ts';
import type { SupportCase } from '../support/cases/support-cases.ts';
import type { Principal } from './principal.ts';
import { administrator, buildTestServer, signedInAs } from './test-authenticator.test.ts';

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
const commandCenter: Principal = {
  subject: 'specialist-tcc',
  role: 'support_specialist',
  partnerOrganization: 'technical-command-center',
};

describe.each(testBackends())('support cases API on $name', (backend) => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-cases-'));
  let store: Store;
  let app: FastifyInstance;
  let key = 0;
  let caller: number;
  let other: number;
  let caseId: number;

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 40, seed: 5, autoEnroll: false });
    const people = await store.db.selectFrom('person').select('id').orderBy('id').limit(2).execute();
    caller = people[0]!.id;
    other = people[1]!.id;
    app = await buildTestServer(store);
    // The helpline finds its callers by the caller search before it opens cases about them.
    for (const id of [caller, other]) await searchAs(helpline, id);
  }, 120_000);

  const searchAs = async (as: Principal, personId: number) => {
    const found = await get(`/persons?${await callerSearchQuery(store, personId)}`, as);
    expect(found.statusCode, found.body).toBe(200);
  };
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const post = (url: string, body: object, as: Principal = administrator, idempotencyKey?: string) =>
    app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { ...signedInAs(as), 'idempotency-key': idempotencyKey ?? `case-test-${key++}` },
      payload: body,
    });
  const get = (url: string, as: Principal = administrator) =>
    app.inject({ method: 'GET', url: `/api/v1${url}`, headers: signedInAs(as) });

  it('opens a case where the plan routes it, with the SLA due time and the caller masked', async () => {
    const body = {
      personId: caller,
      channel: 'phone',
      requestType: 'enrollment-help',
      subject: 'Confirm the automatic enrollment',
      note: 'Caller asks which plan they were enrolled in automatically.',
    };
    const opened = await post('/cases', body, helpline, 'open-case-once');
    expect(opened.statusCode, opened.body).toBe(201);
    const created = opened.json<SupportCase>();
    caseId = created.id;
    expect(created).toMatchObject({
      partner: 'helpline',
      skill: 'benefits',
      status: 'open',
      priority: 'normal',
      plan: { id: 'open-season-77' },
    });
    expect(Date.parse(created.dueAt) - Date.parse(created.openedAt)).toBe(72 * 3_600_000);
    expect(created.person.ssnLastFour).toMatch(/^\d{4}$/);
    expect(opened.body).not.toMatch(/\d{3}-\d{2}-\d{4}/);
    expect(created.events[0]).toMatchObject({ kind: 'opened', toPartner: 'helpline' });
    const again = await post('/cases', body, helpline, 'open-case-once');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json<SupportCase>().id).toBe(caseId);
  });

  it("issue 10 item 14: refuses a specialist of another partner the case and the caller's record alike, and audits it", async () => {
    expect((await get(`/cases/${caseId}`, helpline)).statusCode).toBe(200);
    expect((await get(`/persons/${caller}`, helpline)).statusCode).toBe(200);
    // issue 10 item 14: a case outside the caller's scope is answered like a case that does not exist.
    const refused = await get(`/cases/${caseId}`, overflow);
    const missing = await get('/cases/999999999', overflow);
    expect([refused.statusCode, missing.statusCode]).toEqual([404, 404]);
    expect(refused.json<{ code: string }>().code).toBe('NOT_FOUND');
    expect(missing.json<{ code: string }>().code).toBe('NOT_FOUND');
    expect((await post(`/cases/${caseId}/notes`, { text: 'probe' }, overflow)).statusCode).toBe(404);
    expect((await get(`/persons/${caller}`, overflow)).statusCode).toBe(404);
    expect((await get(`/persons/${other}`, helpline)).statusCode).toBe(404);
    const audited = await store.db
      .selectFrom('audit_log' as never)
      .select(['action' as never, 'outcome' as never])
      .where('subject' as never, '=', 'specialist-rio' as never)
      .execute();
    expect(audited).toEqual(
      expect.arrayContaining([
        { action: 'case.read', outcome: 'refused' },
        { action: 'person.read', outcome: 'refused' },
      ]),
    );
  });

  it('refuses a transfer the plan does not allow, then hands the case over warm with its history', async () => {
    const noted = await post(`/cases/${caseId}/notes`, { text: 'Checked the roster: annuitant.' }, helpline);
    expect(noted.statusCode, noted.body).toBe(201);
    expect(noted.json<SupportCase>().status).toBe('in_progress');
    const wrong = await post(`/cases/${caseId}/transfer`, { toPartner: 'dol-owcp', note: 'x' }, helpline);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json<{ code: string }>().code).toBe('TRANSFER_NOT_ALLOWED');
    const moved = await post(
      `/cases/${caseId}/transfer`,
      {
        toPartner: 'retirement-information-office',
        note: 'Needs the annuity record; caller waits on the line.',
      },
      helpline,
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<SupportCase>()).toMatchObject({
      status: 'transferred',
      partner: 'retirement-information-office',
    });

    const seen = await get(`/cases/${caseId}`, overflow);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<SupportCase>().events.map((e) => [e.kind, e.text])).toEqual([
      ['opened', 'Caller asks which plan they were enrolled in automatically.'],
      ['note', 'Checked the roster: annuitant.'],
      ['transferred', 'Needs the annuity record; caller waits on the line.'],
    ]);
    expect((await get(`/persons/${caller}`, overflow)).statusCode).toBe(200);
    // The first partner still reads the case it held but no longer acts on it.
    expect((await get(`/cases/${caseId}`, helpline)).statusCode).toBe(200);
    expect((await post(`/cases/${caseId}/notes`, { text: 'late' }, helpline)).statusCode).toBe(403);
  });

  it('resolves, refuses a second resolution, reopens with a new clock, and ends access with the case', async () => {
    const unwrapped = await post(
      `/cases/${caseId}/resolve`,
      { resolution: 'Confirmed plan and date.' },
      overflow,
    );
    expect(unwrapped.statusCode).toBe(400);
    const unknown = await post(
      `/cases/${caseId}/resolve`,
      { resolution: 'Confirmed plan and date.', wrapUpCode: 'made-up' },
      overflow,
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ detail: string }>().detail).toContain('answered');
    const resolved = await post(
      `/cases/${caseId}/resolve`,
      { resolution: 'Confirmed plan and date.', wrapUpCode: 'answered' },
      overflow,
    );
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json<SupportCase>().status).toBe('resolved');
    expect(resolved.json<SupportCase>().events.at(-1)?.details).toMatchObject({
      wrapUp: { code: 'answered', list: 'pshb-wrap-up', version: expect.any(String) },
    });
    const twice = await post(
      `/cases/${caseId}/resolve`,
      { resolution: 'again', wrapUpCode: 'answered' },
      overflow,
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ code: string }>().code).toBe('INVALID_TRANSITION');
    expect((await get(`/persons/${caller}`, overflow)).statusCode).toBe(404);

    const reopened = await post(`/cases/${caseId}/reopen`, { reason: 'Caller called back.' }, overflow);
    expect(reopened.statusCode, reopened.body).toBe(200);
    const back = reopened.json<SupportCase>();
    expect(back).toMatchObject({
      status: 'reopened',
      partner: 'retirement-information-office',
      resolvedAt: null,
    });
    expect(Date.parse(back.dueAt) - Date.parse(back.queuedAt)).toBe(72 * 3_600_000);
    expect((await get(`/persons/${caller}`, overflow)).statusCode).toBe(200);
  });

  it('escalates along the technical path with a higher priority, and links the case to an incident', async () => {
    const fault = await post(
      '/cases',
      {
        personId: other,
        channel: 'web_chat',
        requestType: 'technical-faults',
        subject: 'Portal error on election',
        note: 'The portal shows an error when saving the election.',
      },
      helpline,
    );
    expect(fault.statusCode, fault.body).toBe(201);
    const opened = fault.json<SupportCase>();
    expect(Date.parse(opened.dueAt) - Date.parse(opened.openedAt)).toBe(24 * 3_600_000);

    const incident = await post(
      '/incidents',
      {
        title: 'Election save fails',
        description: 'Saving an election returns an error.',
        severity: 'major',
      },
      helpline,
    );
    expect(incident.statusCode, incident.body).toBe(201);
    const incidentId = incident.json<{ id: number; partner: string }>().id;
    expect(incident.json<{ partner: string }>().partner).toBe('technical-command-center');
    const linked = await post(`/incidents/${incidentId}/cases`, { caseId: opened.id }, helpline);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json<{ cases: number[] }>().cases).toEqual([opened.id]);

    const escalated = await post(
      `/cases/${opened.id}/escalate`,
      { reason: 'Many callers hit it.', path: 'technical-incident', priority: 'urgent' },
      helpline,
    );
    expect(escalated.statusCode, escalated.body).toBe(200);
    const up = escalated.json<SupportCase>();
    expect(up).toMatchObject({
      status: 'escalated',
      partner: 'technical-command-center',
      priority: 'urgent',
    });
    expect(Date.parse(up.dueAt) - Date.parse(up.openedAt)).toBe(4 * 3_600_000);
    expect(up.incidents).toEqual([incidentId]);
    const again = await post(`/cases/${opened.id}/escalate`, { reason: 'again' }, commandCenter);
    expect(again.statusCode).toBe(409);

    const listed = await get('/incidents', commandCenter);
    expect(listed.statusCode).toBe(200);
    expect(listed.json<{ items: { id: number }[] }>().items[0]?.id).toBe(incidentId);

    const fix = { resolution: 'Rolled back the faulty release.' };
    expect((await post(`/incidents/${incidentId}/resolve`, fix, helpline)).statusCode).toBe(403);
    const resolved = await post(`/incidents/${incidentId}/resolve`, fix, commandCenter);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json<{ resolution: { text: string } }>().resolution.text).toBe(fix.resolution);
    expect((await post(`/incidents/${incidentId}/resolve`, fix, commandCenter)).statusCode).toBe(409);
  });

  it("lists a partner's queue per skill with due times, oldest first, page by page", async () => {
    for (const requestType of ['plan-questions', 'portal-navigation']) {
      const opened = await post(
        '/cases',
        { personId: caller, channel: 'phone', requestType, subject: requestType, note: 'asked' },
        helpline,
      );
      expect(opened.statusCode, opened.body).toBe(201);
    }
    const first = await get('/queues/helpline?limit=1', helpline);
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json<{
      items: { caseId: number; requestType: string; dueAt: string }[];
      nextCursor: string | null;
      skills: { skill: string; open: number }[];
    }>();
    expect(page.items.map((i) => i.requestType)).toEqual(['plan-questions']);
    expect(page.skills).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ skill: 'benefits', open: 1 }),
        expect.objectContaining({ skill: 'portal', open: 1 }),
      ]),
    );
    const next = await get(`/queues/helpline?limit=1&cursor=${page.nextCursor}`, helpline);
    expect(next.json<{ items: { requestType: string }[] }>().items.map((i) => i.requestType)).toEqual([
      'portal-navigation',
    ]);
    const portal = await get('/queues/helpline?skill=portal', administrator);
    expect(portal.json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await get('/queues/helpline', overflow)).statusCode).toBe(403);
    expect((await get('/queues/nowhere', administrator)).statusCode).toBe(404);
    const enrollee: Principal = { subject: 'enrollee-x', role: 'enrollee', personId: caller };
    expect((await get('/queues/helpline', enrollee)).statusCode).toBe(403);
  });

  it("names each queued case's caller and subject, masking identifiers typed into the subject, and audits the names", async () => {
    const opened = await post(
      '/cases',
      {
        personId: caller,
        channel: 'phone',
        requestType: 'plan-questions',
        subject: 'Call back on 301-555-0123 about plans',
        note: 'asked',
      },
      helpline,
    );
    expect(opened.statusCode, opened.body).toBe(201);
    const { id, person } = opened.json<SupportCase>();
    const queue = await get('/queues/helpline?limit=100', helpline);
    const item = queue
      .json<{ items: { caseId: number; callerName: string; subject: string }[] }>()
      .items.find((i) => i.caseId === id);
    expect(item).toMatchObject({
      callerName: person.name,
      subject: 'Call back on [phone removed] about plans',
    });
    expect(queue.body).not.toContain('301-555-0123');
    const audited = await store.db
      .selectFrom('audit_log' as never)
      .select(['fields' as never])
      .where('subject' as never, '=', 'specialist-helpline' as never)
      .where('action' as never, '=', 'case.read' as never)
      .where('resource_kind' as never, '=', 'case' as never)
      .execute();
    expect(JSON.stringify(audited)).toContain('name');
  });

  it('keeps a request an enrollee sent from the portal as a portal request', async () => {
    const enrollee: Principal = { subject: 'enrollee-portal', role: 'enrollee', personId: other };
    const sent = await post(
      '/cases',
      {
        personId: other,
        channel: 'portal',
        requestType: 'plan-questions',
        subject: 'Which plan?',
        note: 'asked',
      },
      enrollee,
    );
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json<SupportCase>().channel).toBe('portal');
  });

  it('assigns a case to the specialist asking, and "next case" takes the oldest waiting one until none waits', async () => {
    const opened = await post(
      '/cases',
      { personId: caller, channel: 'phone', requestType: 'plan-questions', subject: 'Mine', note: 'asked' },
      helpline,
    );
    const mine = opened.json<SupportCase>();
    expect(mine.assignedTo).toBeNull();
    const assigned = await post(`/cases/${mine.id}/assign`, {}, helpline);
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json<SupportCase>()).toMatchObject({
      assignedTo: 'specialist-helpline',
      status: 'in_progress',
    });
    expect(assigned.json<SupportCase>().events.at(-1)).toMatchObject({ kind: 'assigned' });
    const again = await post(`/cases/${mine.id}/assign`, {}, helpline);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('CONFLICT');
    expect((await post('/queues/helpline/next', {}, overflow)).statusCode).toBe(403);
    expect((await post('/queues/nowhere/next', {}, helpline)).statusCode).toBe(404);

    const queue = await get('/queues/helpline?limit=100', helpline);
    const waiting = queue
      .json<{ items: { caseId: number; assignedTo: string | null }[] }>()
      .items.filter((i) => i.assignedTo === null)
      .map((i) => i.caseId);
    expect(waiting.length).toBeGreaterThan(0);
    const taken: number[] = [];
    for (let i = 0; i <= waiting.length; i += 1) {
      const next = await post('/queues/helpline/next', {}, helpline);
      expect(next.statusCode, next.body).toBe(200);
      const { caseId } = next.json<{ caseId: number | null }>();
      if (caseId === null) break;
      taken.push(caseId);
    }
    expect(taken).toEqual(waiting);
    const after = await get('/queues/helpline?limit=100', helpline);
    expect(
      after.json<{ items: { assignedTo: string | null }[] }>().items.every((i) => i.assignedTo !== null),
    ).toBe(true);
  });

  it("shows a specialist, before a warm transfer, how many cases wait in the receiving partner's queue", async () => {
    const consult = await get('/queues/retirement-information-office/waiting', helpline);
    expect(consult.statusCode, consult.body).toBe(200);
    const body = consult.json<{ partner: string; waiting: number; oldestQueuedAt: string | null }>();
    expect(body.partner).toBe('retirement-information-office');
    expect(body.waiting).toBeGreaterThanOrEqual(0);
    expect(consult.body).not.toMatch(/personId|name/);
    expect((await get('/queues/nowhere/waiting', helpline)).statusCode).toBe(404);
    const enrollee: Principal = { subject: 'enrollee-y', role: 'enrollee', personId: caller };
    expect((await get('/queues/helpline/waiting', enrollee)).statusCode).toBe(403);
  });

  const openCase = async (subject: string) => {
    const opened = await post(
      '/cases',
      {
        personId: caller,
        channel: 'phone',
        requestType: 'enrollment-help',
        subject,
        note: 'Opened for a race.',
      },
      helpline,
    );
    expect(opened.statusCode, opened.body).toBe(201);
    return opened.json<SupportCase>().id;
  };
  const eventsOf = (id: number) =>
    store.transaction((tx) =>
      tx.query<{ kind: string; actor_id: string; actor_partner: string | null; from_partner: string }>(
        'select kind, actor_id, actor_partner, from_partner from support_case_event where case_id = $1 order by seq',
        [id],
      ),
    );
  const specialist = (n: number): Principal => ({ ...helpline, subject: `specialist-helpline-${n}` });

  it('resolves a case once when five specialists resolve it at the same time', async () => {
    const id = await openCase('Raced resolution');
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, n) =>
        post(
          `/cases/${id}/resolve`,
          { resolution: `Answered (${n})`, wrapUpCode: 'answered' },
          specialist(n),
        ),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort(), answers.map((a) => a.body).join('\n')).toEqual([
      200, 409, 409, 409, 409,
    ]);
    for (const refused of answers.filter((a) => a.statusCode === 409))
      expect(refused.json<{ code: string }>().code).toBe('INVALID_TRANSITION');
    expect((await eventsOf(id)).filter((e) => e.kind === 'resolved')).toHaveLength(1);
  });

  it('assigns a case to one specialist when three take it at the same time', async () => {
    const id = await openCase('Raced assignment');
    const answers = await Promise.all(
      Array.from({ length: 3 }, (_, n) => post(`/cases/${id}/assign`, {}, specialist(n))),
    );
    expect(answers.map((a) => a.statusCode).sort(), answers.map((a) => a.body).join('\n')).toEqual([
      200, 409, 409,
    ]);
    const winner = answers.find((a) => a.statusCode === 200)!.json<SupportCase>();
    const assigned = (await eventsOf(id)).filter((e) => e.kind === 'assigned');
    expect(assigned).toHaveLength(1);
    expect(winner.assignedTo).toBe(assigned[0]!.actor_id);
  });

  it("refuses a note sent while the case is transferred away, rather than write it on the other partner's case", async () => {
    const id = await openCase('Raced transfer');
    const transfer = post(
      `/cases/${id}/transfer`,
      { toPartner: 'retirement-information-office', note: 'Needs the annuity record.' },
      helpline,
    );
    const notes = Array.from({ length: 4 }, (_, n) =>
      post(`/cases/${id}/notes`, { text: `Note ${n} sent during the transfer` }, specialist(n)),
    );
    const [moved, ...noted] = await Promise.all([transfer, ...notes]);
    expect(moved!.statusCode, moved!.body).toBe(200);
    for (const answer of noted) {
      expect([201, 403, 409], answer.body).toContain(answer.statusCode);
    }
    // No helpline specialist acted on the case once the retirement information office held it.
    const events = await eventsOf(id);
    expect(
      events.filter(
        (e) => e.actor_partner === 'helpline' && e.from_partner === 'retirement-information-office',
      ),
    ).toEqual([]);
    const kept = events.filter((e) => e.kind === 'note').length;
    expect(kept).toBe(noted.filter((a) => a.statusCode === 201).length);

    // Linking it to an incident, allowed while helpline held it, finds it moved once locked.
    const incident = await post(
      '/incidents',
      { title: 'Transfers time out', description: 'A transfer took a minute.', severity: 'minor' },
      helpline,
    );
    expect(incident.statusCode, incident.body).toBe(201);
    const incidentId = incident.json<{ id: number }>().id;
    await expect(
      store.transaction((tx) => linkCase(tx, incidentId, id, 'specialist-helpline', 'helpline')),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('moved from helpline') });
    const linked = await store.transaction((tx) =>
      linkCase(tx, incidentId, id, 'program-office', 'retirement-information-office'),
    );
    expect(linked.cases).toEqual([id]);
  });
});
