// issue 10 item 9: one request's bad text never fails another's. A NUL in an audit purpose is refused
// at the boundary (400, audited) while 300 reads by others, whose audit records share its group-commit
// batches, all succeed; a record the database refuses fails alone; and no text with control
// characters, in a query string or a JSON body, makes any route answer 500. On every backend.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { recordAccess, type AuditEntryInput } from '../security/audit-log.ts';
import type { Principal } from '../security/principal.ts';
import { securityDb } from '../security/security-tables.ts';
import type { Store } from '../storage/store.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const READERS = 300;
const carrier: Principal = { subject: 'nul-carrier', role: 'carrier', carrierCodes: ['ZZ'] };
const administrator: Principal = { subject: 'nul-administrator', role: 'program_administrator' };

describe.each(testBackends())('issue 10 item 9: bad text in one request on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  let personIds: number[];

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 120, seed: 37, autoEnroll: false });
    personIds = (await store.db.selectFrom('person').select('id').orderBy('id').execute()).map((r) =>
      Number(r.id),
    );
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const reader = (i: number): Principal => ({ subject: `reader-${i}`, role: 'program_administrator' });
  const refusalsOf = (requestId: string) =>
    securityDb(store)
      .selectFrom('audit_log')
      .select(['subject', 'outcome', 'purpose', 'person_id', 'reason'])
      .where('request_id', '=', requestId)
      .execute();

  it('issue 10 item 9: 300 concurrent reads by others succeed while one sends a NUL purpose; that refusal is audited', async () => {
    const target = personIds[0]!;
    const reads = Array.from({ length: READERS }, (_, i) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/persons/${personIds[i % personIds.length]}`,
        headers: signedInAs(reader(i)),
      }),
    );
    const bad = app.inject({
      method: 'GET',
      url: `/api/v1/persons/${target}/identifiers?purpose=reconcile%00enrollment`,
      headers: signedInAs(carrier),
    });
    const [badAnswer, ...answers] = await Promise.all([bad, ...reads]);
    expect(answers.map((a) => a.statusCode)).toEqual(Array.from({ length: READERS }, () => 200));
    expect(badAnswer!.statusCode).toBe(400);
    expect(badAnswer!.json()).toMatchObject({ errors: [{ path: 'querystring.purpose' }] });
    expect(await refusalsOf(String(badAnswer!.headers['x-request-id']))).toEqual([
      {
        subject: carrier.subject,
        outcome: 'refused',
        purpose: 'reconcile\\u0000enrollment',
        person_id: target,
        reason: expect.stringMatching(/querystring\.purpose contains a NUL character/) as string,
      },
    ]);
    const allowed = await securityDb(store)
      .selectFrom('audit_log')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('subject', 'like', 'reader-%')
      .executeTakeFirstOrThrow();
    expect(Number(allowed.n)).toBe(READERS);
  });

  it('issue 10 item 9: an audit record the database refuses fails alone; the 300 sharing its batches commit', async () => {
    const entry = (i: number): AuditEntryInput => ({
      subject: `batch-${i}`,
      role: 'auditor',
      action: 'audit_log.read',
      resourceKind: 'audit_log',
      purpose: 'audit review',
      outcome: 'allowed',
    });
    // An outcome the table's check constraint refuses stands for any record the database will not take.
    const refused = {
      ...entry(-1),
      subject: 'batch-refused',
      outcome: 'maybe',
    } as unknown as AuditEntryInput;
    const writes = Array.from({ length: READERS }, (_, i) => recordAccess(store, entry(i)));
    const outcomes = await Promise.allSettled([
      ...writes.slice(0, 150),
      recordAccess(store, refused),
      ...writes.slice(150),
    ]);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
    expect(outcomes[150]!.status).toBe('rejected');
    const written = await securityDb(store)
      .selectFrom('audit_log')
      .select('subject')
      .where('subject', 'like', 'batch-%')
      .execute();
    expect(written).toHaveLength(READERS);
  });

  it('issue 10 item 9: no text with control characters in a query string or a JSON body answers 500 (property)', async () => {
    const control = fc.constantFrom(
      '\u0000',
      '\u0001',
      '\u0007',
      '\b',
      '\t',
      '\n',
      '\r',
      '\u001b',
      '\u007f',
      '\u0085',
      '\ud800',
      '\ufeff',
    );
    const textWithControls = fc
      .array(fc.oneof(control, fc.string({ unit: 'grapheme', maxLength: 4 })), {
        minLength: 1,
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    const personId = personIds[1]!;
    const requests = (text: string) => {
      const query = percentEncoded(text);
      return [
        { method: 'GET', url: `/api/v1/persons?lastName=${query}&ssnLastFour=1234` },
        { method: 'GET', url: `/api/v1/persons/${personId}/identifiers?purpose=${query}` },
        { method: 'GET', url: `/api/v1/audit?subject=${query}&purpose=${query}` },
        { method: 'GET', url: `/api/v1/persons/${query}` },
        {
          method: 'POST',
          url: '/api/v1/elections',
          payload: { personId, kind: 'enroll', enrollmentCode: text },
        },
        {
          method: 'POST',
          url: '/api/v1/cases',
          payload: { personId, channel: 'phone', requestType: 'enrollment', subject: text, note: text },
        },
      ] as const;
    };
    let key = 0;
    await fc.assert(
      fc.asyncProperty(textWithControls, async (text) => {
        for (const request of requests(text)) {
          const response = await app.inject({
            ...request,
            headers: {
              ...signedInAs(administrator),
              ...(request.method === 'POST'
                ? { 'idempotency-key': `control-${++key}-${backend.name}`, 'if-match': '*' }
                : {}),
            },
          });
          expect(response.statusCode, `${request.method} ${request.url}: ${response.body}`).toBeLessThan(500);
          if (text.includes('\u0000')) expect(response.statusCode).toBe(400);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

/** Every UTF-8 byte percent-encoded (a lone surrogate becomes U+FFFD, as a client would send it). */
function percentEncoded(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}
