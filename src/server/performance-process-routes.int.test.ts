// Carrier performance due process over HTTP on every backend (48 CFR 1609.7101-2; 1632.170(a)(2)): the
// findings notice as HTML and PDF, the carrier's response and request for reconsideration on its own
// evaluation only, the decision (two at once: one wins), the final determination and the money until
// the evaluation is settled; odd characters in the carrier's text refused or kept as written.
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { insertAcceptedEvaluation } from '../../test-support/performance-evaluation-fixtures.ts';
import { MISSED_VALUES } from '../../test-support/performance-fixtures.ts';
import { executorOf } from '../storage/executor.ts';
import { appendEvidence } from '../storage/performance/evidence-store.ts';
import { queryOf } from '../storage/raw-query.ts';
import type { Store } from '../storage/store.ts';
import type { Principal } from './principal.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

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

const BASE = '/api/v1/carrier-performance';
const PROGRAM_DATE = 'PSHB_PROGRAM_DATE';

let keys = 0;
const changeHeaders = (principal: Principal) => ({
  ...signedInAs(principal),
  'idempotency-key': `performance-process-${++keys}-${Date.now()}`,
});

describe.each(testBackends())('carrier performance due process API on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  let nalcId = 0;
  let syncaId = 0;
  const dateBefore = process.env[PROGRAM_DATE];

  const on = (day: string) => {
    process.env[PROGRAM_DATE] = day;
  };
  const get = (url: string, principal: Principal = officer) =>
    app.inject({ url: `${BASE}${url}`, headers: signedInAs(principal) });
  const post = (url: string, payload: unknown, principal: Principal = officer) =>
    app.inject({
      method: 'POST',
      url: `${BASE}${url}`,
      headers: changeHeaders(principal),
      payload: payload as object,
    });
  const eventsOf = async (id: number) =>
    queryOf(store)<{ kind: string; author: string; reason: string | null }>(
      'select kind, author, reason from performance_evaluation_event where evaluation_id = $1 order by id',
      [id],
    );

  beforeAll(async () => {
    store = await backend.open();
    nalcId = await insertAcceptedEvaluation(store, { carrierCode: 'NALC', contractYear: 2027 });
    syncaId = await insertAcceptedEvaluation(store, { carrierCode: 'SYNCA', contractYear: 2027 });
    app = await buildTestServer(store);
  });
  afterEach(() => {
    if (dateBefore === undefined) delete process.env[PROGRAM_DATE];
    else process.env[PROGRAM_DATE] = dateBefore;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('issues the findings notice (contracting officers only) and serves it as HTML and PDF to its carrier', async () => {
    on('2028-03-01');
    for (const who of [nalc, auditor, enrollee, specialist])
      expect((await post(`/evaluations/${nalcId}/notice`, {}, who)).statusCode, who.role).toBe(403);
    expect((await post(`/evaluations/${nalcId}/notice`, { responseDays: 0 })).statusCode).toBe(400);
    const notice = await post(`/evaluations/${nalcId}/notice`, {});
    expect(notice.statusCode, notice.body).toBe(201);
    const issued = notice.json();
    expect(issued).toMatchObject({
      kind: 'findings',
      issuedOn: '2028-03-01',
      responseDueOn: expect.any(String),
      htmlUrl: `${BASE}/notices/${issued.id}.html`,
      pdfUrl: `${BASE}/notices/${issued.id}.pdf`,
    });
    const again = await post(`/evaluations/${nalcId}/notice`, {});
    expect(again.json().id).toBe(issued.id);
    await post(`/evaluations/${syncaId}/notice`, {});

    const html = await app.inject({ url: issued.htmlUrl, headers: signedInAs(nalc) });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.headers['x-content-type-options']).toBe('nosniff');
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.headers['cache-control']).toBe('no-store');
    expect(html.body).toContain('NALC');
    const pdf = await app.inject({ url: issued.pdfUrl, headers: signedInAs(auditor) });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    expect((await app.inject({ url: issued.htmlUrl, headers: signedInAs(synca) })).statusCode).toBe(404);
    expect((await app.inject({ url: issued.pdfUrl, headers: signedInAs(enrollee) })).statusCode).toBe(403);
    expect((await get('/notices/999999.html')).statusCode).toBe(404);
    expect((await get('/notices/abc.pdf')).statusCode).toBe(400);
  });

  it("takes the carrier's response on its own evaluation only, and refuses odd characters naming the field", async () => {
    on('2028-03-10');
    const before = (await eventsOf(nalcId)).length;
    for (const text of ['\u0000', 'see \u202Eenilemit', 'x'.repeat(20_001), '   ']) {
      const refused = await post(`/evaluations/${nalcId}/response`, { text }, nalc);
      expect(refused.statusCode, JSON.stringify(text.slice(0, 12))).toBe(400);
      expect(JSON.stringify(refused.json())).toContain('text');
    }
    expect((await post(`/evaluations/${nalcId}/response`, { text: 'not ours' }, synca)).statusCode).toBe(404);
    expect((await post(`/evaluations/${nalcId}/response`, { text: 'no' }, enrollee)).statusCode).toBe(403);
    expect((await eventsOf(nalcId)).length).toBe(before);
    const refusals = await queryOf(store)<{ outcome: string }>(
      "select outcome from audit_log where subject = $1 and outcome = 'refused'",
      [synca.subject],
    );
    expect(refusals.length).toBeGreaterThanOrEqual(1);

    const text = 'We disagree with the finding on customer service. \u05EA\u05D5\u05D3\u05D4 \u200F';
    const response = await post(`/evaluations/${nalcId}/response`, { text }, nalc);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ evaluationId: nalcId, respondedOn: '2028-03-10' });
    const recorded = (await eventsOf(nalcId)).at(-1);
    expect(recorded).toMatchObject({ kind: 'carrier_responded', author: nalc.subject, reason: text });
  });

  it('takes a request for reconsideration; of two decisions sent at once one is recorded, the other gets 409', async () => {
    on('2028-03-11');
    const bad = await post(`/evaluations/${nalcId}/reconsideration`, { grounds: '', evidence: 'x' }, nalc);
    expect(bad.statusCode).toBe(400);
    const requested = await post(
      `/evaluations/${nalcId}/reconsideration`,
      {
        elementId: 'customer-service',
        grounds: 'The brochure was late because OPM approved it late.',
        evidence: 'OPM approval letter of 2027-05-02',
      },
      nalc,
    );
    expect(requested.statusCode, requested.body).toBe(200);
    expect(requested.json()).toMatchObject({
      elementId: 'customer-service',
      outcome: null,
      requestedBy: nalc.subject,
    });
    expect((await get(`/evaluations/${nalcId}/money`)).statusCode).toBe(409);

    on('2028-03-20');
    const decide = (who: string) =>
      post(
        `/evaluations/${nalcId}/reconsideration/decision`,
        {
          outcome: 'granted',
          factors: [{ elementId: 'customer-service', factor: 0 }],
          reason: `granted by ${who}`,
        },
        { subject: who, role: 'contracting_officer' },
      );
    const answers = await Promise.all([decide('co-a'), decide('co-b')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const won = answers.find((a) => a.statusCode === 200)!.json();
    expect(won).toMatchObject({ reconsideration: { outcome: 'granted' }, amountCents: expect.any(Number) });
    const decided = (await eventsOf(nalcId)).filter((e) => e.kind === 'reconsideration_decided');
    expect(decided.length).toBeGreaterThanOrEqual(1);
    expect(new Set(decided.map((e) => e.author)).size).toBe(1);
  });

  it('makes the determination final and records the money until the evaluation is settled', async () => {
    on('2028-04-01');
    expect((await post(`/evaluations/${nalcId}/final`, { reason: 'x' }, nalc)).statusCode).toBe(403);
    const final = await post(`/evaluations/${nalcId}/final`, { reason: 'The reconsideration is decided.' });
    expect(final.statusCode, final.body).toBe(200);
    const determination = final.json();
    expect(determination).toMatchObject({
      kind: 'final',
      amountCents: expect.any(Number),
      rebateDueOn: expect.any(String),
    });
    expect(determination.pdfUrl).toBe(`${BASE}/notices/${determination.id}.pdf`);

    const statement = await get(`/evaluations/${nalcId}/money`, nalc);
    expect(statement.statusCode, statement.body).toBe(200);
    expect(statement.json()).toMatchObject({
      finalAmountCents: determination.amountCents,
      rebateDueOn: determination.rebateDueOn,
      received: 0,
      balanceCents: determination.amountCents,
    });
    expect((await get(`/evaluations/${nalcId}/money`, synca)).statusCode).toBe(404);

    on('2028-04-02');
    for (const payload of [
      { kind: 'gift', amountCents: 1, on: '2028-04-02', reference: 'x' },
      { kind: 'rebate', amountCents: -5, on: '2028-04-02', reference: 'x' },
      { kind: 'rebate', amountCents: 5, on: '2028-02-30', reference: 'x' },
      { kind: 'rebate', amountCents: 5, on: '2028-04-02', reference: 'x\u202E' },
    ]) {
      const refused = await post(`/evaluations/${nalcId}/money`, payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const tooMuch = await post(`/evaluations/${nalcId}/money`, {
      kind: 'rebate',
      amountCents: determination.amountCents + 1,
      on: '2028-04-02',
      reference: 'wire 1',
    });
    expect(tooMuch.statusCode).toBe(422);
    const rebate = await post(`/evaluations/${nalcId}/money`, {
      kind: 'rebate',
      amountCents: determination.amountCents,
      on: '2028-04-02',
      reference: 'wire 2028-04-01',
    });
    expect(rebate.statusCode, rebate.body).toBe(201);
    expect(rebate.json()).toMatchObject({ received: determination.amountCents, balanceCents: 0 });
    const deposit = await post(`/evaluations/${nalcId}/money`, {
      kind: 'reserve_deposit',
      amountCents: determination.amountCents,
      on: '2028-04-02',
      reference: 'contingency reserve deposit 1',
    });
    expect(deposit.statusCode, deposit.body).toBe(201);
    expect(deposit.json()).toMatchObject({ deposited: determination.amountCents, state: 'settled' });
    const kinds = (await eventsOf(nalcId)).map((e) => e.kind);
    expect(kinds.slice(-3)).toEqual(['rebate_received', 'reserve_deposited', 'settled']);
  });

  it('runs the whole path through the API: create, decide each element, accept, notice, reconsideration, final, money, settled', async () => {
    const row = (measure: string, value: unknown) => ({
      carrierCode: 'NALC',
      planCode: null,
      contractYear: 2026,
      measure,
      value,
      applicable: true,
      unit: null,
      sourceKind: 'import' as const,
      sourceReference: 'synthetic NALC 2026',
      note: null,
      importKey: `path:NALC:2026:${measure}`,
      recordedBy: 'test',
    });
    await appendEvidence(executorOf(store), [
      row('premium-base.net-to-carrier-cents', 2_500_000_000),
      ...Object.entries(MISSED_VALUES).map(([measure, value]) => row(measure, value)),
    ]);
    on('2027-02-01');
    const created = await post('/evaluations', { carrierCode: 'NALC', contractYear: 2026 });
    expect(created.statusCode, created.body).toBe(201);
    const id: number = created.json().id;
    for (const factor of created.json().factors as { elementId: string; proposedFactor: number }[]) {
      const decided = await post(`/evaluations/${id}/factors/${factor.elementId}`, {
        factor: factor.proposedFactor,
        reason: `${factor.elementId}: the evidence supports the proposal`,
      });
      expect(decided.statusCode, decided.body).toBe(200);
    }
    const accepted = await post(`/evaluations/${id}/accept`, { reason: 'Reviewed with the program office.' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const elementId: string = accepted.json().factors[0].elementId;

    on('2027-02-02');
    const notice = await post(`/evaluations/${id}/notice`, { responseDays: 20 });
    expect(notice.statusCode, notice.body).toBe(201);
    expect((await app.inject({ url: notice.json().pdfUrl, headers: signedInAs(nalc) })).statusCode).toBe(200);

    on('2027-02-10');
    const asked = await post(
      `/evaluations/${id}/reconsideration`,
      {
        elementId,
        grounds: 'The late items were caused by OPM.',
        evidence: 'Letters of 2026-04-02 and 2026-05-09',
      },
      nalc,
    );
    expect(asked.statusCode, asked.body).toBe(200);
    const decision = await post(`/evaluations/${id}/reconsideration/decision`, {
      outcome: 'partly',
      factors: [{ elementId, factor: 0 }],
      reason: 'The evidence shows one late item was caused by OPM.',
    });
    expect(decision.statusCode, decision.body).toBe(200);

    on('2027-03-05');
    const final = await post(`/evaluations/${id}/final`, {
      reason: 'Windows closed; reconsideration decided.',
    });
    expect(final.statusCode, final.body).toBe(200);
    const amount: number = final.json().amountCents;

    const view = (await get(`/evaluations/${id}`, nalc)).json();
    expect(view.state).toBe('final');
    expect(view.notices.map((n: { kind: string }) => n.kind)).toEqual(['findings', 'final']);
    expect(view.deadlines).toMatchObject({
      responseDueOn: '2027-02-22',
      rebateDueOn: final.json().rebateDueOn,
    });
    const current = view.factors.find((f: { elementId: string }) => f.elementId === elementId);
    expect(current).toMatchObject({ factor: 0, author: 'co-1' });

    on('2027-03-20');
    expect(amount).toBeGreaterThan(0);
    {
      const rebate = await post(`/evaluations/${id}/money`, {
        kind: 'rebate',
        amountCents: amount,
        on: '2027-03-20',
        reference: 'wire 2027-03-20',
      });
      expect(rebate.statusCode, rebate.body).toBe(201);
      const deposit = await post(`/evaluations/${id}/money`, {
        kind: 'reserve_deposit',
        amountCents: amount,
        on: '2027-03-20',
        reference: 'contingency reserve 2027-03-20',
      });
      expect(deposit.statusCode, deposit.body).toBe(201);
      expect(deposit.json()).toMatchObject({ state: 'settled', balanceCents: 0 });
    }
    const settled = (await get(`/evaluations/${id}`)).json();
    expect(settled.state).toBe('settled');
    expect(settled.events.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining([
        'proposed',
        'factor_decided',
        'accepted',
        'notice_issued',
        'reconsideration_requested',
        'reconsideration_decided',
        'final_determination',
      ]),
    );
    expect((await get(`/summary?year=2026`, nalc)).json().items[0]).toMatchObject({ evaluationId: id });
  });
});
