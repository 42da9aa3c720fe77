// Opening a case grants the specialist's partner access to the person, so a specialist opens one only
// about a caller it identified (its caller search, matching verified identifiers, or the person's case
// already with its partner); openings are limited per specialist per hour, even when they arrive at
// once; and the program office lists cases opened about people their opener never identified.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerIdentifiers, callerSearchQuery } from '../../test-support/caller-identifiers.ts';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { executorOf } from '../storage/executor.ts';
import { queryOf } from '../storage/raw-query.ts';
import type { Store } from '../storage/store.ts';
import {
  identifyCaller,
  MISMATCHES_PER_HOUR,
  type UnidentifiedOpening,
} from '../support/cases/caller-identification.ts';
import type { SupportCase } from '../support/cases/support-cases.ts';
import type { Principal } from './principal.ts';
import { administrator, buildTestServer, signedInAs } from './test-authenticator.test.ts';

const helpline: Principal = {
  subject: 'specialist-a',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};
const colleague: Principal = {
  subject: 'specialist-b',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};
const hurried: Principal = {
  subject: 'specialist-c',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};
const auditor: Principal = { subject: 'auditor-1', role: 'auditor' };

describe.each(testBackends())('opening cases about identified callers on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  let people: number[];
  let key = 0;

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 40, seed: 11, autoEnroll: false });
    const rows = await store.db.selectFrom('person').select('id').orderBy('id').limit(20).execute();
    people = rows.map((r) => r.id);
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const openAs = (as: Principal, personId: number, extra: object = {}, server = app) =>
    server.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...signedInAs(as), 'idempotency-key': `case-scope-${key++}` },
      payload: {
        personId,
        channel: 'phone',
        requestType: 'enrollment-help',
        subject: 'Which plan am I in?',
        note: 'Caller asks about the automatic enrollment.',
        ...extra,
      },
    });
  const get = (url: string, as: Principal) =>
    app.inject({ method: 'GET', url: `/api/v1${url}`, headers: signedInAs(as) });
  const search = async (as: Principal, personId: number) =>
    get(`/persons?${await callerSearchQuery(store, personId)}`, as);
  const unidentified = async (as: Principal = administrator) => {
    const listed = await get('/cases/unidentified-openings', as);
    expect(listed.statusCode, listed.body).toBe(200);
    return listed.json<{ items: UnidentifiedOpening[] }>().items;
  };

  it('issue 10 item 11: a specialist cannot open a case about a person it never identified, and gains no access (refused, audited)', async () => {
    const stranger = people[0]!;
    const refused = await openAs(helpline, stranger);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json<{ code: string }>().code).toBe('FORBIDDEN');
    // Outside its scope the person is answered as missing (still audited).
    expect((await get(`/persons/${stranger}`, helpline)).statusCode).toBe(404);
    const audited = await queryOf(store)<{ outcome: string; reason: string }>(
      "select outcome, reason from audit_log where subject = $1 and action = 'case.create'",
      [helpline.subject],
    );
    expect(audited).toEqual([
      { outcome: 'refused', reason: expect.stringContaining('has not identified this caller') as string },
    ]);
  });

  it('issue 10 item 11: the caller search identifies the people it found, for the specialist who searched only', async () => {
    const caller = people[1]!;
    expect((await search(helpline, caller)).statusCode).toBe(200);
    expect((await openAs(hurried, caller)).statusCode).toBe(403);
    const opened = await openAs(helpline, caller);
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json<SupportCase>().events[0]?.details).toMatchObject({
      identification: { method: 'search' },
    });
    expect((await get(`/persons/${caller}`, helpline)).statusCode).toBe(200);
  });

  it('issue 10 item 11: a search identifies only for the configured hours', async () => {
    const caller = people[2]!;
    await search(colleague, caller);
    const actor = { id: colleague.subject, role: colleague.role, partner: 'helpline' };
    const policy = { identificationHours: 8, openingsPerHour: 30 };
    const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);
    expect(await identifyCaller(executorOf(store), actor, caller, policy, undefined, later(7))).toMatchObject(
      {
        method: 'search',
      },
    );
    expect(await identifyCaller(executorOf(store), actor, caller, policy, undefined, later(9))).toBeNull();
  });

  it('issue 10 item 11: matching verified identifiers open a case; wrong ones are refused', async () => {
    const caller = people[3]!;
    const identifiers = await callerIdentifiers(store, caller);
    const wrongDigits = String((Number(identifiers.ssnLastFour) + 1) % 10_000).padStart(4, '0');
    const wrong = await openAs(colleague, caller, {
      verifiedIdentifiers: { ...identifiers, ssnLastFour: wrongDigits },
    });
    expect(wrong.statusCode, wrong.body).toBe(403);
    const right = await openAs(colleague, caller, {
      verifiedIdentifiers: { ...identifiers, lastName: identifiers.lastName.toUpperCase() },
    });
    expect(right.statusCode, right.body).toBe(201);
    expect(right.json<SupportCase>().events[0]?.details).toMatchObject({
      identification: { method: 'verified_identifiers' },
    });
  });

  it("issue 10 item 11: a case already with the specialist's partner identifies the person, and the opening is listed for review", async () => {
    const caller = people[1]!; // helpline holds a case of this person (specialist-a searched for them)
    const opened = await openAs(colleague, caller);
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json<SupportCase>().id;
    const listed = await unidentified();
    expect(listed).toContainEqual(
      expect.objectContaining({
        caseId,
        personId: caller,
        openedBy: colleague.subject,
        identification: 'partner_case',
      }),
    );
    // Cases opened after a search or with verified identifiers are not listed.
    expect(listed.filter((r) => r.openedBy === helpline.subject)).toEqual([]);
    expect((await unidentified(auditor)).map((r) => r.caseId)).toContain(caseId);
    expect((await get('/cases/unidentified-openings', helpline)).statusCode).toBe(403);
  });

  it('issue 10 item 11: the program office opens about anyone, and those openings are listed too', async () => {
    const opened = await openAs(administrator, people[4]!);
    expect(opened.statusCode, opened.body).toBe(201);
    expect((await unidentified()).map((r) => r.caseId)).toContain(opened.json<SupportCase>().id);
  });

  it('issue 10 item 11: concurrent openings by one specialist stop at the hourly limit', async () => {
    process.env.PSHB_CASE_OPENINGS_PER_HOUR = '3';
    const limited = await buildTestServer(store);
    delete process.env.PSHB_CASE_OPENINGS_PER_HOUR;
    try {
      const callers = people.slice(5, 13);
      const withIds = await Promise.all(
        callers.map(async (id) => ({ id, identifiers: await callerIdentifiers(store, id) })),
      );
      const answers = await Promise.all(
        withIds.map(({ id, identifiers }) =>
          openAs(hurried, id, { verifiedIdentifiers: identifiers }, limited),
        ),
      );
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
      const refusal = answers.find((a) => a.statusCode === 429)!;
      expect(refusal.headers['content-type']).toContain('application/problem+json');
      expect(refusal.json<{ code: string }>().code).toBe('CASE_OPENING_LIMIT');
      const audited = await queryOf(store)<{ count: number | string }>(
        "select count(*) as count from audit_log where subject = $1 and action = 'case.create' and outcome = 'refused' and reason like $2",
        [hurried.subject, '%cases in the last hour%'],
      );
      expect(Number(audited[0]?.count)).toBe(5);
      // Another specialist is not held back by it.
      const [other] = withIds;
      const fine = await openAs(colleague, other!.id, { verifiedIdentifiers: other!.identifiers }, limited);
      expect(fine.statusCode, fine.body).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it('issue 10 item 11: guessing the SSN last four of a person stops after a few identifiers that do not match, even at once', async () => {
    const guesser: Principal = {
      subject: 'specialist-guess',
      role: 'support_specialist',
      partnerOrganization: 'helpline',
    };
    const target = people[14]!;
    const { lastName, ssnLastFour } = await callerIdentifiers(store, target);
    const guesses = Array.from({ length: 12 }, (_, i) =>
      String((Number(ssnLastFour) + 1 + i) % 10_000).padStart(4, '0'),
    );
    const answers = await Promise.all(
      guesses.map((digits) =>
        openAs(guesser, target, { verifiedIdentifiers: { lastName, ssnLastFour: digits } }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([
      ...Array(MISMATCHES_PER_HOUR).fill(403),
      ...Array(12 - MISMATCHES_PER_HOUR).fill(429),
    ]);
    // Even the right digits are refused now: the specialist must find the caller by the search.
    const right = await openAs(guesser, target, { verifiedIdentifiers: { lastName, ssnLastFour } });
    expect(right.statusCode).toBe(429);
    expect((await get(`/persons/${target}`, guesser)).statusCode).toBe(404);
  });
});
