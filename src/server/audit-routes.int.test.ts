// GET /api/v1/audit over a real store: auditors and administrators page through the log in either
// order with filters, everyone else is refused, and every read of the log, allowed or refused, is
// itself in the log.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { recordAccesses, type AuditEntryInput } from '../security/audit-log.ts';
import type { Principal } from '../security/principal.ts';
import type { Store } from '../storage/store.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

interface Item {
  id: number;
  occurredAt: string;
  subject: string;
  action: string;
  personId: number | null;
  fields: string[];
  purpose: string;
  outcome: string;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}

const auditor: Principal = { subject: 'audit-route-auditor', role: 'auditor' };
const administrator: Principal = { subject: 'audit-route-admin', role: 'program_administrator' };

/** Synthetic reads: two people, three readers, one refusal. */
const seeded: AuditEntryInput[] = [
  {
    subject: 'reader-a',
    role: 'enrollee',
    action: 'person.read',
    resourceKind: 'person',
    personId: 11,
    fields: ['name'],
    purpose: 'self-service',
    outcome: 'allowed',
  },
  {
    subject: 'reader-b',
    role: 'carrier',
    action: 'person.read_identifiers',
    resourceKind: 'person',
    personId: 11,
    fields: ['ssn', 'medicare_number'],
    purpose: 'case 7',
    outcome: 'allowed',
  },
  {
    subject: 'reader-c',
    role: 'enrollee',
    action: 'person.read',
    resourceKind: 'person',
    personId: 12,
    purpose: 'self-service',
    outcome: 'refused',
    reason: "not the enrollee's own record or family",
  },
  {
    subject: 'reader-a',
    role: 'enrollee',
    action: 'enrollment.read',
    resourceKind: 'enrollment',
    personId: 11,
    purpose: 'self-service',
    outcome: 'allowed',
  },
  {
    subject: 'reader-b',
    role: 'carrier',
    action: 'person.read',
    resourceKind: 'person',
    personId: 12,
    fields: ['birth_date'],
    purpose: 'carrier enrollment reconciliation',
    outcome: 'allowed',
  },
];

describe.each(testBackends())('GET /api/v1/audit on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await backend.open();
    await recordAccesses(store, seeded);
    app = await buildTestServer(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const read = (query: string, principal: Principal = auditor) =>
    app.inject({ method: 'GET', url: `/api/v1/audit${query}`, headers: signedInAs(principal) });
  const page = async (query: string, principal: Principal = auditor): Promise<Page> => {
    const response = await read(query, principal);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page>();
  };
  /** Every entry of a listing, following nextCursor. */
  const all = async (query: string): Promise<Item[]> => {
    const items: Item[] = [];
    let cursor: string | null = null;
    do {
      const next: Page = await page(`${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      items.push(...next.items);
      cursor = next.nextCursor;
    } while (cursor);
    return items;
  };

  it('lets an auditor read the log newest first, page by page, with its own read recorded first', async () => {
    const items = await all('?subject=reader-a&limit=1');
    expect(items.map((i) => i.action)).toEqual(['enrollment.read', 'person.read']);
    const first = await page('?limit=2');
    expect(first.items[0]).toMatchObject({
      subject: auditor.subject,
      action: 'audit_log.read',
      purpose: 'audit review',
      outcome: 'allowed',
    });
    expect(first.nextCursor).not.toBeNull();
    const ids = (await all('?limit=2')).map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists oldest first when asked, and refuses a cursor made for the other order', async () => {
    // Each read filtered by a person is itself an entry about that person, appended as the pages go by.
    const items = await all('?order=oldest&limit=2&personId=11');
    expect(items.slice(3).every((i) => i.action === 'audit_log.read')).toBe(true);
    expect(items.slice(0, 3).map((i) => [i.subject, i.action])).toEqual([
      ['reader-a', 'person.read'],
      ['reader-b', 'person.read_identifiers'],
      ['reader-a', 'enrollment.read'],
    ]);
    const newest = await page('?limit=1');
    const wrong = await read(`?order=oldest&cursor=${encodeURIComponent(newest.nextCursor!)}`);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('filters by person, subject, outcome and time', async () => {
    const aboutTwelve = await all('?personId=12&subject=reader-b');
    expect(aboutTwelve).toMatchObject([{ subject: 'reader-b', personId: 12, fields: ['birth_date'] }]);
    const refused = await all('?outcome=refused&subject=reader-c');
    expect(refused).toMatchObject([{ subject: 'reader-c', outcome: 'refused', personId: 12 }]);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await all(`?subject=reader-a&from=${today}&to=${today}`)).toHaveLength(2);
    expect(await all(`?subject=reader-a&from=${tomorrow}`)).toHaveLength(0);
    expect(await all(`?subject=reader-a&to=${encodeURIComponent('2000-01-01T00:00:00Z')}`)).toHaveLength(0);
    const backwards = await read(`?from=${tomorrow}&to=${today}`);
    expect(backwards.statusCode).toBe(400);
    expect((await read('?from=yesterday')).statusCode).toBe(400);
  });

  it('lets a program administrator read it, recording the purpose and the person looked up', async () => {
    await page('?personId=11&purpose=complaint%20review%2042', administrator);
    const own = await all(`?subject=${administrator.subject}`);
    expect(own).toMatchObject([
      {
        action: 'audit_log.read',
        personId: 11,
        purpose: 'complaint review 42',
        outcome: 'allowed',
      },
    ]);
  });

  it('refuses an enrollee, a carrier and a support specialist with 403, and audits each refusal', async () => {
    const refused: Principal[] = [
      { subject: 'audit-route-enrollee', role: 'enrollee', personId: 11 },
      { subject: 'audit-route-carrier', role: 'carrier', carrierCodes: ['NALC'] },
      { subject: 'audit-route-specialist', role: 'support_specialist', partnerOrganization: 'DEMO' },
    ];
    for (const principal of refused) {
      const response = await read('?personId=11', principal);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
      expect(response.body).not.toContain('reader-b');
      expect(await all(`?subject=${principal.subject}`)).toMatchObject([
        { action: 'audit_log.read', personId: 11, outcome: 'refused' },
      ]);
    }
  });

  it('needs a signed-in user', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/audit' });
    expect(anonymous.statusCode).toBe(401);
  });
});
