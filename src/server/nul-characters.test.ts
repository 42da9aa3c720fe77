// issue 10 item 9: a NUL character (U+0000) anywhere in a request (query string, path, JSON body at
// any depth, a key) is refused at the boundary with 400 INVALID_INPUT naming the field, before any
// handler or database sees it, and the refusal of a signed-in user is audited.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../security/principal.ts';
import type { Store } from '../storage/store.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';
import { nulFieldIn } from './nul-characters.ts';

const carrier: Principal = { subject: 'carrier-9', role: 'carrier', carrierCodes: ['K1'] };
/** The audit records written: the column arrays the audit insert binds (audit-log.ts recordAccesses). */
const audited: unknown[][] = [];
let app: FastifyInstance;

beforeAll(async () => {
  // No database: the boundary refuses before any handler runs; only the audit insert is captured.
  const store = {
    prepared: async (_name: string, _text: string, params: readonly unknown[]) => {
      audited.push([...params]);
      return [];
    },
  } as unknown as Store;
  app = await buildTestServer(store);
});
afterAll(async () => {
  await app.close();
});

const changeHeaders = {
  'content-type': 'application/json',
  'idempotency-key': 'key-00000001',
  'if-match': '*',
};

function expectRefused(response: Awaited<ReturnType<FastifyInstance['inject']>>, field: string) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ code: 'INVALID_INPUT', errors: [{ path: field }] });
}

/** JSON without any NUL, and a text with one somewhere in it. */
const jsonWithoutNul = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('\\u0000'));
const textWithNul = fc
  .tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }))
  .map(([before, after]) => `${before}\u0000${after}`);

describe('issue 10 item 9: NUL characters are refused at the request boundary', () => {
  it('names the first NUL in a value or a key, at any depth', () => {
    expect(nulFieldIn({ a: [{ b: 'x' }, { c: 'y\u0000' }] }, 'body')).toBe('body.a.1.c');
    expect(nulFieldIn({ ['k\u0000']: 1 }, 'body')).toBe('body.k\\u0000');
    expect(nulFieldIn({ a: ['fine', 3, null, true] }, 'body')).toBeUndefined();
    const deep = JSON.parse('['.repeat(20_000) + '"\\u0000"' + ']'.repeat(20_000)) as unknown;
    expect(nulFieldIn(deep, 'body')).toMatch(/^body(\.0){20000}$/);
  });

  it('finds a NUL exactly when some key or text holds one (property)', () => {
    const holds = (value: unknown): boolean =>
      typeof value === 'string'
        ? value.includes('\u0000')
        : typeof value === 'object' && value !== null
          ? Object.entries(value).some(([key, inner]) => key.includes('\u0000') || holds(inner))
          : false;
    const anyJson = fc.jsonValue({ maxDepth: 4 }).chain((plain) =>
      fc.oneof(
        fc.constant(plain),
        textWithNul.map((text) => [plain, text]),
        textWithNul.map((text) => ({ [text]: plain })),
      ),
    );
    fc.assert(
      fc.property(anyJson, (value) => {
        expect(nulFieldIn(value, 'body') !== undefined).toBe(holds(value));
      }),
    );
  });

  it('refuses a body with a prototype key as malformed, before looking for NUL', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/elections',
      headers: { ...signedInAs(), ...changeHeaders, 'content-type': 'application/json' },
      payload: '{"__proto__":{},"nested":[{" ":"\\u0000"}]}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'MALFORMED_JSON' });
  });

  it('refuses a NUL in any JSON body with 400 naming its field (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.string().filter((k) => !k.includes('\u0000')),
          jsonWithoutNul,
        ),
        fc.string({ minLength: 1 }).filter((k) => !k.includes('\u0000')),
        textWithNul,
        async (body, key, text) => {
          const payload = { ...body, nested: [{ [key]: text }] };
          // Prototype keys are refused as malformed JSON before any field is read (the next test).
          fc.pre(!/"(__proto__|constructor)"/.test(JSON.stringify(payload)));
          const response = await app.inject({
            method: 'POST',
            url: '/api/v1/elections',
            headers: { ...signedInAs(), ...changeHeaders },
            payload,
          });
          expectRefused(response, `body.nested.0.${key}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a NUL in a query string or a path parameter with 400 naming it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(textWithNul, async (text) => {
        const query = await app.inject({
          method: 'GET',
          url: `/api/v1/persons?lastName=${encodeURIComponent(text)}&ssnLastFour=1234`,
          headers: signedInAs(),
        });
        expectRefused(query, 'querystring.lastName');
        const path = await app.inject({
          method: 'GET',
          url: `/api/v1/persons/${encodeURIComponent(text)}`,
          headers: signedInAs(),
        });
        expectRefused(path, 'params.id');
      }),
      { numRuns: 40 },
    );
  });

  it('audits the refusal, with the purpose as sent (its NUL written as \\u0000)', async () => {
    audited.length = 0;
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/persons/42/identifiers?purpose=reconcile%00enrollment',
      headers: signedInAs(carrier),
    });
    expectRefused(response, 'querystring.purpose');
    expect(audited).toHaveLength(1);
    const [subject, role, action, kind, resourceId, personId, , purpose, outcome, reason, requestId] =
      audited[0]!.map((column) => (column as unknown[])[0]);
    expect({ subject, role, action, kind, resourceId, personId, purpose, outcome, requestId }).toEqual({
      subject: 'carrier-9',
      role: 'carrier',
      action: 'GET /api/v1/persons/:id/identifiers',
      kind: 'person',
      resourceId: '42',
      personId: 42,
      purpose: 'reconcile\\u0000enrollment',
      outcome: 'refused',
      requestId: response.headers['x-request-id'],
    });
    expect(reason).toMatch(/querystring\.purpose contains a NUL character/);
  });
});
