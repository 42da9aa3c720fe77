// GET /persons/{id}/cases on a real store: an enrollee lists the support requests they opened (newest
// first, paged), is refused a stranger's (audited), and a specialist sees only its own partner's cases.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import type { Store } from '../storage/store.ts';
import type { Principal } from './principal.ts';
import { administrator, buildTestServer, signedInAs } from './test-authenticator.test.ts';

interface Summary {
  id: number;
  personId: number;
  requestType: string;
  subject: string;
  status: string;
  partner: string;
  heldBy: string[];
  overdue: boolean;
}
interface SummaryPage {
  items: Summary[];
  nextCursor: string | null;
}

const helpline: Principal = {
  subject: 'specialist-helpline',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};
const commandCenter: Principal = {
  subject: 'specialist-tcc',
  role: 'support_specialist',
  partnerOrganization: 'technical-command-center',
};

describe.each(testBackends())('person cases API on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  let enrollee: Principal;
  let stranger: number;
  let key = 0;

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 40, seed: 7, autoEnroll: false });
    const people = await store.db
      .selectFrom('person')
      .select('id')
      .where('relationship', '=', 'self')
      .orderBy('id')
      .limit(2)
      .execute();
    enrollee = { subject: `enrollee-${people[0]!.id}`, role: 'enrollee', personId: people[0]!.id };
    stranger = people[1]!.id;
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const open = (as: Principal, personId: number, requestType: string, subject: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...signedInAs(as), 'idempotency-key': `person-cases-${key++}` },
      payload: { personId, channel: 'web_chat', requestType, subject, note: `About: ${subject}` },
    });
  const list = (personId: number, as: Principal, query = '') =>
    app.inject({
      method: 'GET',
      url: `/api/v1/persons/${personId}/cases${query}`,
      headers: signedInAs(as),
    });

  it('lists the cases an enrollee opened, newest first, a page at a time', async () => {
    const self = enrollee.personId!;
    for (const subject of ['Which plan am I in?', 'Part B question', 'Cannot sign in']) {
      const type = subject === 'Cannot sign in' ? 'technical-faults' : 'enrollment-help';
      const opened = await open(enrollee, self, type, subject);
      expect(opened.statusCode, opened.body).toBe(201);
    }
    const first = await list(self, enrollee, '?limit=2');
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json<SummaryPage>();
    expect(page.items.map((c) => c.subject)).toEqual(['Cannot sign in', 'Part B question']);
    expect(page.items[0]).toMatchObject({ personId: self, status: 'open', overdue: false });
    expect(page.nextCursor).not.toBeNull();
    const second = (
      await list(self, enrollee, `?limit=2&cursor=${page.nextCursor ?? ''}`)
    ).json<SummaryPage>();
    expect(second.items.map((c) => c.subject)).toEqual(['Which plan am I in?']);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses an enrollee another person's cases, and audits the refusal", async () => {
    const refused = await list(stranger, enrollee);
    expect(refused.statusCode).toBe(404);
    const audit = await app.inject({
      method: 'GET',
      url: `/api/v1/audit?personId=${stranger}&outcome=refused`,
      headers: signedInAs(administrator),
    });
    const entries = audit.json<{ items: { subject: string; action: string }[] }>().items;
    expect(entries).toContainEqual(
      expect.objectContaining({ subject: enrollee.subject, action: 'case.read' }),
    );
  });

  it("shows a specialist only its partner's cases, and the program office all of them", async () => {
    const self = enrollee.personId!;
    const all = (await list(self, administrator)).json<SummaryPage>().items;
    expect(all).toHaveLength(3);
    const helplineCases = (await list(self, helpline)).json<SummaryPage>().items;
    expect(helplineCases.length).toBeGreaterThan(0);
    expect(helplineCases.map((c) => c.id)).toEqual(
      all.filter((c) => c.heldBy.includes('helpline')).map((c) => c.id),
    );
    // A partner none of the person's cases went to is refused the person's cases altogether.
    expect(all.some((c) => c.heldBy.includes('technical-command-center'))).toBe(false);
    expect((await list(self, commandCenter)).statusCode).toBe(404);
  });

  it('keeps one timeline per person, newest first: portal requests, cases, transitions and their notices', async () => {
    const self = enrollee.personId!;
    // A transition recorded on the household (as the lifecycle would record it), before the cases.
    await store.db
      .insertInto('lifecycle_transition')
      .values({
        person_id: self,
        action: 'open_season_change',
        from_status: 'enrolled',
        to_status: 'enrolled',
        effective_on: '2025-01-01',
        requested_on: '2024-11-20',
        decided_on: '2024-11-20',
        recorded_at: '2020-01-01T00:00:00Z',
        actor_id: 'enrollee',
        actor_role: 'enrollee',
        reason: 'synthetic test',
        citations: ['890.1606'],
        explanation: 'changed plans',
        request: '{}',
        state_after: '{}',
        premium_adjustment: null,
        event_id: 0,
      })
      .execute();
    const staffCase = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...signedInAs(administrator), 'idempotency-key': `person-cases-${key++}` },
      payload: {
        personId: self,
        channel: 'phone',
        requestType: 'enrollment-help',
        subject: 'Called about SSN 123-45-6789',
        note: 'asked',
        partner: 'helpline',
      },
    });
    expect(staffCase.statusCode, staffCase.body).toBe(201);
    const timeline = (as: Principal) =>
      app.inject({ method: 'GET', url: `/api/v1/persons/${self}/timeline`, headers: signedInAs(as) });
    const read = await timeline(helpline);
    expect(read.statusCode, read.body).toBe(200);
    const items = read.json<{ items: { kind: string; at: string; subject?: string; notice?: string }[] }>()
      .items;
    expect(items[0]).toMatchObject({ kind: 'case', subject: 'Called about SSN [SSN removed]' });
    expect(items.filter((i) => i.kind === 'portal_request').length).toBeGreaterThan(0);
    expect(items.slice(-2).map((i) => i.kind)).toEqual(['notice', 'transition']);
    expect(items.at(-2)).toMatchObject({ notice: 'initial_decision' });
    const times = items.map((i) => i.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(read.body).not.toContain('123-45-6789');
    // Audited as a read of the person's data; refused to a partner with no case about them.
    const audit = await app.inject({
      method: 'GET',
      url: `/api/v1/audit?personId=${self}`,
      headers: signedInAs(administrator),
    });
    expect(audit.json<{ items: { subject: string; action: string }[] }>().items).toContainEqual(
      expect.objectContaining({ subject: helpline.subject, action: 'enrollment.read' }),
    );
    expect((await timeline(commandCenter)).statusCode).toBe(404);
    expect((await timeline(enrollee)).statusCode).toBe(200);
  });
});
