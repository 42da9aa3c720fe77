// Finding a caller by masked identifiers: specialists and administrators may, others may not; results
// are masked; every search is audited.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { confirmationNumber } from '../domain/confirmation-number.ts';
import type { Store } from '../storage/store.ts';
import type { Principal } from './principal.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

describe.each(testBackends())('person search on $name', (backend) => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-search-'));
  let store: Store;
  let app: FastifyInstance;
  let target: { id: number; last_name: string; ssn_last4: string | null; birth_date: string };

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 200, seed: 5, autoEnroll: false });
    target = await store.db
      .selectFrom('person')
      .select(['id', 'last_name', 'ssn_last4', 'birth_date'])
      .where('id', '=', 7)
      .executeTakeFirstOrThrow();
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const specialist: Principal = {
    subject: 'specialist-1',
    role: 'support_specialist',
    partnerOrganization: 'helpline',
  };
  const search = (as: Principal, query: string) =>
    app.inject({ method: 'GET', url: `/api/v1/persons?${query}`, headers: signedInAs(as) });

  it('finds the caller by last name and the last four of the SSN, masked, and audits the search', async () => {
    const query = `lastName=${encodeURIComponent(target.last_name.toUpperCase())}&ssnLastFour=${target.ssn_last4}&birthDate=${target.birth_date}`;
    const found = await search(specialist, query);
    expect(found.statusCode, found.body).toBe(200);
    const { items } = found.json<{ items: { id: number; ssnLastFour: string }[] }>();
    expect(items.map((m) => m.id)).toContain(target.id);
    expect(found.body).not.toMatch(/\d{3}-?\d{2}-?\d{4}/);
    const audited = await store.db
      .selectFrom('audit_log' as never)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('subject' as never, '=', 'specialist-1' as never)
      .where('action' as never, '=', 'person.search' as never)
      .executeTakeFirstOrThrow();
    expect(Number((audited as { n: number | string }).n)).toBe(1);
  });

  it('refuses an enrollee or a carrier, and a malformed search', async () => {
    const enrollee: Principal = { subject: 'e-1', role: 'enrollee', personId: target.id };
    const carrier: Principal = { subject: 'c-1', role: 'carrier', carrierCodes: ['NALC'] };
    const query = `lastName=x&ssnLastFour=1234`;
    expect((await search(enrollee, query)).statusCode).toBe(403);
    expect((await search(carrier, query)).statusCode).toBe(403);
    const malformed = await search(specialist, 'lastName=x&ssnLastFour=12a4');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('ssnLastFour');
  });

  it('finds the change a caller reads out by its confirmation number, however typed, and audits it', async () => {
    const transition = await insertTransition({
      person_id: target.id,
      action: 'open_season_change',
      from_status: 'enrolled',
      to_status: 'enrolled',
      effective_on: '2025-01-01',
      requested_on: '2024-11-20',
      decided_on: '2024-11-20',
      actor_id: 'e-1',
      actor_role: 'enrollee',
      reason: 'Elected in the portal',
      citations: ['5 CFR 890.1605(b)'],
      explanation: 'Changed plans.',
      request: '{}',
      state_after: '{}',
      event_id: 1,
    });
    const number = confirmationNumber(transition);
    const typed = number.toLowerCase().replace(/-/g, ' ');
    const found = await app.inject({
      method: 'GET',
      url: `/api/v1/confirmation-numbers/${encodeURIComponent(typed)}`,
      headers: signedInAs(specialist),
    });
    expect(found.statusCode, found.body).toBe(200);
    const { items } = found.json<{ items: { id: number; transitionId: number; action: string }[] }>();
    expect(items).toEqual([
      expect.objectContaining({ id: target.id, transitionId: transition, action: 'open_season_change' }),
    ]);

    // One character wrong: refused by the check character, never someone else's change.
    const wrong = number.slice(0, -1) + (number.endsWith('0') ? '1' : '0');
    const refused = await app.inject({
      method: 'GET',
      url: `/api/v1/confirmation-numbers/${wrong}`,
      headers: signedInAs(specialist),
    });
    expect(refused.statusCode).toBe(400);
    const enrollee: Principal = { subject: 'e-1', role: 'enrollee', personId: target.id };
    const forbidden = await app.inject({
      method: 'GET',
      url: `/api/v1/confirmation-numbers/${number}`,
      headers: signedInAs(enrollee),
    });
    expect(forbidden.statusCode).toBe(403);
  });

  async function insertTransition(row: Record<string, unknown>): Promise<number> {
    const inserted = await store.db
      .insertInto('lifecycle_transition' as never)
      .values(row as never)
      .returning('id' as never)
      .executeTakeFirstOrThrow();
    return Number((inserted as { id: number | string }).id);
  }
});
