// An enrollee's language for survey invitations, on PGlite (and PostgreSQL with TEST_DATABASE_URL):
// PUT /api/v1/me/language keeps it for their own person record only; invitations made afterwards are
// in it (the link's ?lang= and the form's default), and a person with no choice is invited in English.
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CX_TEST_KEYS,
  everyoneSampled,
  insertPeople,
  recordElection,
} from '../../test-support/cx-fixtures.ts';
import { testBackends } from '../../test-support/databases.ts';
import { PROGRAM_DATE_VARIABLE } from '../domain/program-clock.ts';
import { createInvitations } from '../exchange/cx/create-invitations.ts';
import { invitationLink } from '../exchange/cx/invitation-link.ts';
import type { Principal } from '../security/principal.ts';
import type { Store } from '../storage/store.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const NOW = new Date('2026-12-06T12:00:00Z');
const enrollee = (personId: number): Principal => ({
  subject: `lang-${personId}`,
  role: 'enrollee',
  personId,
});

describe.each(testBackends())('language preference on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await backend.open();
    await insertPeople(store, [31, 32]);
    app = await buildTestServer(store);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const put = (principal: Principal, body: unknown, key = crypto.randomUUID()) =>
    app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      headers: { ...signedInAs(principal), 'idempotency-key': key },
      payload: body as never,
    });

  it('is set by an enrollee for their own record, and by nobody else', async () => {
    const saved = await put(enrollee(32), { language: 'es' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ language: 'es' });
    expect((await put(enrollee(32), { language: 'es' })).statusCode).toBe(200);
    const bad = await put(enrollee(32), { language: 'fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('language');
    expect(
      (await put({ subject: 'lang-admin', role: 'program_administrator' }, { language: 'es' })).statusCode,
    ).toBe(403);
    expect((await put({ subject: 'lang-none', role: 'enrollee' }, { language: 'es' })).statusCode).toBe(403);
    const signedOut = await app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      headers: { 'idempotency-key': crypto.randomUUID() },
      payload: { language: 'es' },
    });
    expect(signedOut.statusCode).toBe(401);
  });

  it('makes the invitations after it in that language; no choice means English', async () => {
    vi.stubEnv(PROGRAM_DATE_VARIABLE, '2024-11-20');
    const refs = [
      await recordElection(store, 31, '2024-11-12', new Date(NOW.getTime() - 600_000)),
      await recordElection(store, 32, '2024-11-12', new Date(NOW.getTime() - 600_000)),
    ];
    const run = await createInvitations(store, {
      catalogue: everyoneSampled(),
      keys: CX_TEST_KEYS,
      now: NOW,
    });
    const made = run.sources.flatMap((s) => s.made);
    expect(made.map((m) => [m.reference, m.language])).toEqual([
      [refs[0], 'en'],
      [refs[1], 'es'],
    ]);
    const token = CX_TEST_KEYS.tokenFor('election', refs[1]!);
    expect(invitationLink(token, made[1]!.language)).toBe(`/survey/${token}?lang=es`);
    const form = await app.inject({ method: 'GET', url: `/api/v1/cx/invitations/${token}` });
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json<{ language: string }>().language).toBe('es');
  });
});
