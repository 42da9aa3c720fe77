// The carrier performance evaluation over HTTP on every backend: the methods, creating an evaluation
// from its evidence, the contracting officer's factor decisions (each with its reason and author) and
// acceptance, the evidence; a carrier seeing only its own; enrollees and specialists refused; bad input
// named and changing nothing; odd characters refused or kept as written; two decisions at once.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { MISSED_VALUES } from '../../test-support/performance-fixtures.ts';
import { executorOf } from '../storage/executor.ts';
import { appendEvidence } from '../storage/performance/evidence-store.ts';
import { queryOf } from '../storage/raw-query.ts';
import type { Store } from '../storage/store.ts';
import type { Principal } from './principal.ts';
import { administrator, buildTestServer, signedInAs } from './test-authenticator.test.ts';

const officer: Principal = { subject: 'co-1', role: 'contracting_officer' };
const nalc: Principal = { subject: 'carrier-nalc', role: 'carrier', carrierCodes: ['NALC'] };
const synca: Principal = { subject: 'carrier-synca', role: 'carrier', carrierCodes: ['SYNCA'] };
const auditor: Principal = { subject: 'auditor-1', role: 'auditor' };
const enrollee: Principal = { subject: 'person-1', role: 'enrollee', personId: 1 };
const specialist: Principal = {
  subject: 'spec-1',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};

const YEAR = 2026;
const BASE = '/api/v1/carrier-performance';

/** A premium base and a year of evidence that misses a few measures, for one carrier. */
async function seedEvidence(store: Store, carrierCode: string): Promise<void> {
  const row = (measure: string, value: unknown) => ({
    carrierCode,
    planCode: null,
    contractYear: YEAR,
    measure,
    value,
    applicable: true,
    unit: null,
    sourceKind: 'import' as const,
    sourceReference: `synthetic ${carrierCode} ${YEAR}`,
    note: null,
    importKey: `test:${carrierCode}:${YEAR}:${measure}`,
    recordedBy: 'test',
  });
  await appendEvidence(executorOf(store), [
    row('premium-base.net-to-carrier-cents', 4_000_000_000),
    ...Object.entries(MISSED_VALUES).map(([measure, value]) => row(measure, value)),
  ]);
}

let keys = 0;
const changeHeaders = (principal: Principal, extra: Record<string, string> = {}) => ({
  ...signedInAs(principal),
  'idempotency-key': `performance-test-${++keys}-${Date.now()}`,
  ...extra,
});

interface FactorRow {
  elementId: string;
  proposedFactor: number;
  factor: number | null;
  reason: string | null;
  author: string | null;
}

describe.each(testBackends())('carrier performance API on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  let nalcId = 0;
  let syncaId = 0;

  const get = (url: string, principal: Principal = officer) =>
    app.inject({ url: `${BASE}${url}`, headers: signedInAs(principal) });
  const post = (
    url: string,
    payload: unknown,
    principal: Principal = officer,
    extra?: Record<string, string>,
  ) =>
    app.inject({
      method: 'POST',
      url: `${BASE}${url}`,
      headers: changeHeaders(principal, extra),
      payload: payload as object,
    });
  const eventCount = async (id: number) =>
    Number(
      (
        await queryOf(store)<{ n: number | string }>(
          'select count(*) as n from performance_evaluation_event where evaluation_id = $1',
          [id],
        )
      )[0]?.n,
    );
  const problemPaths = (response: LightMyRequestResponse) =>
    (response.json().errors ?? []).map((e: { path: string }) => e.path);

  beforeAll(async () => {
    store = await backend.open();
    await seedEvidence(store, 'NALC');
    await seedEvidence(store, 'SYNCA');
    app = await buildTestServer(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('lists the methods to every reader and refuses enrollees and specialists', async () => {
    for (const who of [officer, administrator, auditor, nalc]) {
      const methods = await get('/methods', who);
      expect(methods.statusCode, who.role).toBe(200);
      expect(methods.json().items.map((m: { id: string }) => m.id)).toEqual(
        expect.arrayContaining(['fehbar-1998', 'ppa-2015']),
      );
    }
    expect((await get('/methods')).json().items[0]).toMatchObject({
      id: 'fehbar-1998',
      outcomeKind: 'withhold',
      cap: { max: 0.01 },
      effectiveFromYear: expect.any(Number),
    });
    for (const who of [enrollee, specialist])
      expect((await get('/methods', who)).statusCode, who.role).toBe(403);
  });

  it('creates an evaluation from the evidence (201), and answers the same one when asked again (200)', async () => {
    const created = await post('/evaluations', { carrierCode: 'nalc', contractYear: YEAR });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({
      carrierCode: 'NALC',
      planCode: null,
      contractYear: YEAR,
      method: { id: 'ppa-2015' },
      state: 'proposed',
      premiumBase: { amountCents: 4_000_000_000, kind: 'imported' },
      accepted: null,
      notices: [],
      deadlines: {},
    });
    expect(view.factors.length).toBeGreaterThan(0);
    expect(view.factors.every((f: FactorRow) => f.factor === null && f.author === null)).toBe(true);
    expect(view.events.map((e: { kind: string }) => e.kind)).toEqual(['proposed']);
    nalcId = view.id;

    const again = await post('/evaluations', { carrierCode: 'NALC', contractYear: YEAR });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(nalcId);
    const other = await post('/evaluations', { carrierCode: 'SYNCA', contractYear: YEAR }, administrator);
    expect(other.statusCode).toBe(201);
    syncaId = other.json().id;

    const read = await get(`/evaluations/${nalcId}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toMatch(/^"pe\d+\.\d+"$/);
  });

  it('names each bad field and creates nothing', async () => {
    const before = await queryOf(store)<{ n: number | string }>(
      'select count(*) as n from performance_evaluation',
      [],
    );
    const bad = await post('/evaluations', { carrierCode: 'N@LC', contractYear: 'next', colour: 'blue' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(problemPaths(bad)).toEqual(
      expect.arrayContaining(['body.carrierCode', 'body.contractYear', 'body.colour']),
    );
    const unknownMethod = await post('/evaluations', {
      carrierCode: 'NALC',
      contractYear: YEAR,
      methodId: 'no-such',
    });
    expect(unknownMethod.statusCode).toBe(404);
    expect(unknownMethod.json().code).toBe('PERFORMANCE_METHOD_UNKNOWN');
    const after = await queryOf(store)<{ n: number | string }>(
      'select count(*) as n from performance_evaluation',
      [],
    );
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n));
    expect((await get('/evaluations/abc')).statusCode).toBe(400);
    expect((await get('/summary')).statusCode).toBe(400);
    expect((await get('/summary?year=1800')).statusCode).toBe(400);
    expect((await get('/evaluations?state=done')).statusCode).toBe(400);
    expect((await get('/evaluations?cursor=not-ours')).statusCode).toBe(400);
  });

  it("shows a carrier its own evaluation only: another carrier's is missing, in lists and the summary too", async () => {
    expect((await get(`/evaluations/${nalcId}`, nalc)).statusCode).toBe(200);
    const theirs = await get(`/evaluations/${syncaId}`, nalc);
    expect(theirs.statusCode).toBe(404);
    expect((await get(`/evaluations/${nalcId}`, synca)).statusCode).toBe(404);
    expect((await get('/evaluations/999999', nalc)).statusCode).toBe(404);

    const own = (await get('/evaluations', nalc)).json();
    expect(own.items.map((r: { carrierCode: string }) => r.carrierCode)).toEqual(['NALC']);
    expect((await get('/evaluations?carrier=SYNCA', nalc)).statusCode).toBe(404);
    const summary = (await get(`/summary?year=${YEAR}`, nalc)).json();
    expect(summary.year).toBe(YEAR);
    expect(summary.items.map((r: { carrierCode: string }) => r.carrierCode)).toEqual(['NALC']);
    expect(summary.items[0]).toMatchObject({
      evaluationId: nalcId,
      methodId: 'ppa-2015',
      state: 'proposed',
      totalFactor: expect.any(Number),
      amountCents: expect.any(Number),
      trend: expect.any(Array),
    });
    const everyone = (await get(`/summary?year=${YEAR}`, auditor)).json();
    expect(everyone.items.map((r: { carrierCode: string }) => r.carrierCode).sort()).toEqual([
      'NALC',
      'SYNCA',
    ]);

    expect((await get(`/evidence?carrier=NALC&year=${YEAR}`, nalc)).statusCode).toBe(200);
    expect((await get(`/evidence?carrier=SYNCA&year=${YEAR}`, nalc)).statusCode).toBe(404);
    for (const who of [enrollee, specialist]) {
      for (const url of [
        `/evaluations/${nalcId}`,
        '/evaluations',
        `/summary?year=${YEAR}`,
        `/evidence?carrier=NALC&year=${YEAR}`,
      ])
        expect((await get(url, who)).statusCode, `${who.role} ${url}`).toBe(403);
    }
    const refused = await queryOf(store)<{ outcome: string }>(
      "select outcome from audit_log where subject = $1 and outcome = 'refused'",
      [nalc.subject],
    );
    expect(refused.length).toBeGreaterThanOrEqual(3);
    const read = await queryOf(store)<{ outcome: string }>(
      "select outcome from audit_log where subject = $1 and action = 'performance.read' and outcome = 'allowed'",
      [auditor.subject],
    );
    expect(read.length).toBeGreaterThanOrEqual(1);
  });

  it('pages the evaluations with a cursor', async () => {
    const first = (await get('/evaluations?limit=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await get(`/evaluations?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].evaluationId).not.toBe(first.items[0].evaluationId);
  });

  it('keeps the reason and the author of every factor decision; only deciders decide', async () => {
    const view = (await get(`/evaluations/${nalcId}`)).json();
    const [first] = view.factors as FactorRow[];
    if (!first) throw new Error('no element');
    for (const who of [nalc, auditor, enrollee, specialist]) {
      const refused = await post(
        `/evaluations/${nalcId}/factors/${first.elementId}`,
        { factor: 0, reason: 'x' },
        who,
      );
      expect(refused.statusCode, who.role).toBe(403);
    }
    const events = await eventCount(nalcId);
    for (const payload of [
      { factor: first.proposedFactor },
      { factor: first.proposedFactor, reason: '   ' },
      { factor: 'high', reason: 'because' },
      { factor: 0.1234567, reason: 'too precise' },
      { factor: first.proposedFactor, reason: 'ok', author: 'someone-else' },
    ]) {
      const bad = await post(`/evaluations/${nalcId}/factors/${first.elementId}`, payload);
      expect(bad.statusCode, JSON.stringify(payload)).toBe(400);
      expect(problemPaths(bad).length, JSON.stringify(payload)).toBeGreaterThan(0);
    }
    const noElement = await post(`/evaluations/${nalcId}/factors/no-such-element`, {
      factor: 0,
      reason: 'x',
    });
    expect(noElement.statusCode).toBe(400);
    expect(await eventCount(nalcId)).toBe(events);

    const decided = await post(`/evaluations/${nalcId}/factors/${first.elementId}`, {
      factor: first.proposedFactor,
      reason: 'The evidence supports the proposal.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const row = (decided.json().factors as FactorRow[]).find((f) => f.elementId === first.elementId);
    expect(row).toMatchObject({
      factor: first.proposedFactor,
      reason: 'The evidence supports the proposal.',
      author: officer.subject,
    });
    expect(decided.json().events.at(-1)).toMatchObject({
      kind: 'factor_decided',
      elementId: first.elementId,
      reason: 'The evidence supports the proposal.',
      author: officer.subject,
    });
  });

  it('refuses control and bidirectional override characters, keeps right-to-left marks, bounds the length', async () => {
    const view = (await get(`/evaluations/${nalcId}`)).json();
    const element = (view.factors as FactorRow[])[0]!.elementId;
    const events = await eventCount(nalcId);
    for (const reason of ['late\u0000filing', 'fine \u202Egnitirw', 'bell\u0007', 'x'.repeat(4001)]) {
      const refused = await post(`/evaluations/${nalcId}/factors/${element}`, { factor: 0, reason });
      expect(refused.statusCode, JSON.stringify(reason.slice(0, 20))).toBe(400);
      expect(JSON.stringify(refused.json())).toContain('reason');
    }
    expect(await eventCount(nalcId)).toBe(events);
    const hebrew = '\u05D4\u05E1\u05D1\u05E8 \u200Fok\u200F';
    const kept = await post(`/evaluations/${nalcId}/factors/${element}`, { factor: 0, reason: hebrew });
    expect(kept.statusCode, kept.body).toBe(200);
    const stored = await queryOf(store)<{ reason: string }>(
      'select reason from performance_evaluation_event where evaluation_id = $1 order by id desc limit 1',
      [nalcId],
    );
    expect(stored[0]?.reason).toBe(hebrew);
  });

  it('records one of two decisions sent at once on the version read; the other gets 409 and nothing', async () => {
    const read = await get(`/evaluations/${syncaId}`);
    const etag = read.headers.etag as string;
    const element = (read.json().factors as FactorRow[])[0]!.elementId;
    const decide = (factor: number, who: string) =>
      post(
        `/evaluations/${syncaId}/factors/${element}`,
        { factor, reason: `decided by ${who}` },
        { subject: who, role: 'contracting_officer' },
        { 'if-match': etag },
      );
    const events = await eventCount(syncaId);
    const answers = await Promise.all([decide(0, 'co-a'), decide(0, 'co-b')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)?.json().code).toBe('CONFLICT');
    expect(await eventCount(syncaId)).toBe(events + 1);
    const stale = await decide(0, 'co-c');
    expect(stale.statusCode).toBe(409);
  });

  it('accepts once every factor is decided; two acceptances at once: one 200, one 409', async () => {
    const early = await post(`/evaluations/${nalcId}/accept`, { reason: 'too soon' });
    expect(early.statusCode).toBe(409);
    const view = (await get(`/evaluations/${nalcId}`)).json();
    for (const factor of view.factors as FactorRow[]) {
      const decided = await post(`/evaluations/${nalcId}/factors/${factor.elementId}`, {
        factor: factor.proposedFactor,
        reason: `${factor.elementId}: as proposed`,
      });
      expect(decided.statusCode, decided.body).toBe(200);
    }
    const accept = (who: string) =>
      post(
        `/evaluations/${nalcId}/accept`,
        { reason: `accepted by ${who}` },
        { subject: who, role: 'contracting_officer' },
      );
    const answers = await Promise.all([accept('co-a'), accept('co-b')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const accepted = answers.find((a) => a.statusCode === 200)!.json();
    expect(accepted.state).toBe('accepted');
    expect(accepted.accepted).toMatchObject({
      totalFactor: expect.any(Number),
      amountCents: expect.any(Number),
    });
    expect(accepted.events.filter((e: { kind: string }) => e.kind === 'accepted')).toHaveLength(1);
    const late = await post(`/evaluations/${nalcId}/factors/${view.factors[0].elementId}`, {
      factor: 0,
      reason: 'late',
    });
    expect(late.statusCode).toBe(409);
    const summary = (await get(`/summary?year=${YEAR}`)).json();
    const row = summary.items.find((r: { evaluationId: number }) => r.evaluationId === nalcId);
    expect(row).toMatchObject({ state: 'accepted', amountCents: accepted.accepted.amountCents });
  });

  it('answers a retried change from its Idempotency-Key without applying it twice', async () => {
    const view = (await get(`/evaluations/${syncaId}`)).json();
    const element = (view.factors as FactorRow[])[0]!.elementId;
    const headers = changeHeaders(officer);
    const send = () =>
      app.inject({
        method: 'POST',
        url: `${BASE}/evaluations/${syncaId}/factors/${element}`,
        headers,
        payload: { factor: 0, reason: 'retried' },
      });
    const events = await eventCount(syncaId);
    const first = await send();
    const retry = await send();
    expect([first.statusCode, retry.statusCode]).toEqual([200, 200]);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await eventCount(syncaId)).toBe(events + 1);
    const missingKey = await app.inject({
      method: 'POST',
      url: `${BASE}/evaluations/${syncaId}/accept`,
      headers: signedInAs(officer),
      payload: { reason: 'no key' },
    });
    expect(missingKey.statusCode).toBe(400);
  });

  it('shows the evidence, refreshes what the exchange computes, and records what staff know', async () => {
    const list = await get(`/evidence?carrier=NALC&year=${YEAR}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(0);
    expect(list.json().items[0]).toMatchObject({
      id: expect.any(Number),
      recordedAt: expect.any(String),
      source: { kind: 'import' },
    });

    const refreshed = await post('/evidence/refresh', { carrierCode: 'NALC', contractYear: YEAR });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json().items.map((i: { source: { kind: string } }) => i.source.kind)).toContain(
      'exchange',
    );
    expect(
      (await post('/evidence/refresh', { carrierCode: 'NALC', contractYear: YEAR }, nalc)).statusCode,
    ).toBe(403);

    const recorded = await post('/evidence', {
      carrierCode: 'NALC',
      contractYear: YEAR,
      measure: 'significant-event.days-to-notify',
      applicable: true,
      occurredOn: `${YEAR}-03-02`,
      notifiedOn: `${YEAR}-03-09`,
      note: 'A strike at a claims office',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({
      measure: 'significant-event.days-to-notify',
      value: 7,
      applicable: true,
    });
    const none = await post('/evidence', {
      carrierCode: 'NALC',
      contractYear: YEAR,
      measure: 'contract-administrator-change.days-to-notify',
      applicable: false,
      note: 'No change of contract administrator this year',
    });
    expect(none.statusCode, none.body).toBe(201);
    expect(none.json()).toMatchObject({ applicable: false });
    const bad = await post('/evidence', {
      carrierCode: 'NALC',
      contractYear: YEAR,
      measure: 'cahps.customer-service',
      applicable: true,
      note: 'typed in',
    });
    expect(bad.statusCode).toBe(400);
    expect(problemPaths(bad)).toContain('body.measure');
  });
});
