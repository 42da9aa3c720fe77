// Due process end to end on PGlite (and PostgreSQL when TEST_DATABASE_URL is set): an accepted
// evaluation is noticed to the carrier, reconsideration lowers a factor, the determination is made
// final, the rebate does not come, the withhold is split over the first quarter's three payments,
// withheld, deposited in the contingency reserve, and the evaluation is settled. Two decisions of
// one request at once: one wins, the other gets CONFLICT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../../test-support/databases.ts';
import { insertAcceptedEvaluation } from '../../../../test-support/performance-evaluation-fixtures.ts';
import { taggedPdfFacts } from '../../../../test-support/tagged-pdf.ts';
import { PshbError } from '../../../errors.ts';
import { executorOf } from '../../../storage/executor.ts';
import { listEvaluationEvents, findEvaluation } from '../../../storage/performance/due-process-store.ts';
import type { Store } from '../../../storage/store.ts';
import {
  checkOverdueRebates,
  decideReconsideration,
  dueProcessView,
  issueFinalDetermination,
  issueFindingsNotice,
  moneyStatement,
  readNotice,
  recordCarrierResponse,
  recordRebate,
  recordReserveDeposit,
  recordWithheld,
  requestReconsideration,
  scheduleWithhold,
  settle,
} from './index.ts';

const officer = { subject: 'co-1', role: 'contracting_officer' };
const carrier = { subject: 'fep-user', role: 'carrier', carrierCodes: ['FEP'] };
const otherCarrier = { subject: 'aet-user', role: 'carrier', carrierCodes: ['AET'] };

async function code(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof PshbError) return error.code;
    throw error;
  }
  return 'no error';
}

for (const backend of testBackends()) {
  describe(`carrier performance due process on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    }, 60_000);
    afterAll(() => store.close());

    const stateOf = async (id: number) => (await findEvaluation(executorOf(store), id))?.state;

    it('48 CFR 1609.7101-2, 63 FR 55337, 48 CFR 1632.170(a)(2): accepted → notice → reconsideration → final → withheld over 3 payments → deposited → settled', async () => {
      const id = await insertAcceptedEvaluation(store, { carrierCode: 'FEP', contractYear: 2027 });

      expect(
        await code(
          requestReconsideration(store, carrier, { evaluationId: id, today: '2028-02-20', grounds: 'x' }),
        ),
      ).toBe('PERFORMANCE_EVALUATION_STATE');
      expect(await code(issueFindingsNotice(store, carrier, { evaluationId: id, today: '2028-03-01' }))).toBe(
        'FORBIDDEN',
      );

      const notice = await issueFindingsNotice(store, officer, { evaluationId: id, today: '2028-03-01' });
      expect(notice.responseDueOn).toBe('2028-03-31');
      expect(notice.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await stateOf(id)).toBe('notice_issued');
      const again = await issueFindingsNotice(store, officer, { evaluationId: id, today: '2028-03-02' });
      expect(again.id).toBe(notice.id);

      const html = await readNotice(store, carrier, { noticeId: notice.id, format: 'html' });
      const page = html.bytes.toString('utf8');
      expect(page).toContain('Customer Service');
      expect(page).toContain('48 CFR 1609.7101-1(a)');
      expect(page).toContain('$50,000,000.00');
      expect(page).toContain('$15,000.00');
      expect(page).toContain('2028-03-31');
      expect(page).toContain('reconsideration');
      const pdf = await readNotice(store, carrier, { noticeId: notice.id, format: 'pdf' });
      const facts = taggedPdfFacts(pdf.bytes);
      expect(facts.structTreeRoot).toBe(true);
      expect(facts.marked).toBe(true);
      expect(facts.lang).toBe('en-US');
      expect(facts.structureTypes).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'Table', 'TH', 'TD']));
      expect(await code(readNotice(store, otherCarrier, { noticeId: notice.id, format: 'html' }))).toBe(
        'FORBIDDEN',
      );
      const refused = await store.db
        .selectFrom('audit_log')
        .select(['outcome', 'action'])
        .where('subject', '=', 'aet-user')
        .execute();
      expect(refused).toEqual([{ outcome: 'refused', action: 'performance.read' }]);

      expect(
        await code(
          issueFinalDetermination(store, officer, { evaluationId: id, today: '2028-03-05', reason: 'r' }),
        ),
      ).toBe('PERFORMANCE_WINDOW_OPEN');
      expect(
        await code(
          recordCarrierResponse(store, otherCarrier, { evaluationId: id, today: '2028-03-10', text: 'no' }),
        ),
      ).toBe('FORBIDDEN');
      const response = await recordCarrierResponse(store, carrier, {
        evaluationId: id,
        today: '2028-03-10',
        text: 'Our enrollment files were late because of a system change.',
      });
      const responseAgain = await recordCarrierResponse(store, carrier, {
        evaluationId: id,
        today: '2028-03-11',
        text: 'Our enrollment files were late because of a system change.',
      });
      expect(responseAgain.eventId).toBe(response.eventId);

      const request = await requestReconsideration(store, carrier, {
        evaluationId: id,
        today: '2028-03-15',
        elementId: 'customer-service',
        grounds: 'Two of the late files were the exchange’s own outage.',
        evidence: [{ document: 'outage-report.pdf' }],
      });
      expect(await stateOf(id)).toBe('under_reconsideration');
      expect(
        await code(
          decideReconsideration(store, carrier, {
            evaluationId: id,
            today: '2028-03-20',
            outcome: 'granted',
            factors: [{ elementId: 'customer-service', factor: 0 }],
            reason: 'r',
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        await code(
          decideReconsideration(store, officer, {
            evaluationId: id,
            today: '2028-03-20',
            outcome: 'partly',
            factors: [{ elementId: 'customer-service', factor: 0.9 }],
            reason: 'r',
          }),
        ),
      ).toBe('INVALID_INPUT');
      expect(
        await code(
          issueFinalDetermination(store, officer, { evaluationId: id, today: '2028-03-20', reason: 'r' }),
        ),
      ).toBe('PERFORMANCE_WINDOW_OPEN');
      const decided = await decideReconsideration(store, officer, {
        evaluationId: id,
        today: '2028-03-25',
        outcome: 'partly',
        factors: [{ elementId: 'customer-service', factor: 0.0001 }],
        reason: 'The outage explains half of the late files.',
      });
      expect(decided.reconsideration.id).toBe(request.id);
      expect(decided.totalFactor).toBe(0.0002);
      expect(decided.amountCents).toBe(1_000_000);

      const final = await issueFinalDetermination(store, officer, {
        evaluationId: id,
        today: '2028-04-01',
        reason: 'The findings stand as reconsidered.',
      });
      expect(final.amountCents).toBe(1_000_000);
      expect(final.rebateDueOn).toBe('2028-05-31');
      expect(await stateOf(id)).toBe('final');
      const view = await dueProcessView(store, carrier, { evaluationId: id });
      expect(view.notices.map((n) => [n.kind, n.pdfUrl])).toEqual([
        ['findings', `/api/v1/carrier-performance/notices/${notice.id}.pdf`],
        ['final', `/api/v1/carrier-performance/notices/${final.id}.pdf`],
      ]);
      expect(view.deadlines).toEqual({
        responseDueOn: '2028-03-31',
        reconsiderationDueOn: '2028-03-31',
        rebateDueOn: '2028-05-31',
      });
      expect(view.reconsiderations[0]).toMatchObject({ outcome: 'partly', elementId: 'customer-service' });
      const finalPage = (
        await readNotice(store, officer, { noticeId: final.id, format: 'html' })
      ).bytes.toString('utf8');
      expect(finalPage).toContain('$10,000.00');
      expect(finalPage).toContain('2028-05-31');
      expect(finalPage).toContain('2029-01-01');
      expect(
        taggedPdfFacts((await readNotice(store, officer, { noticeId: final.id, format: 'pdf' })).bytes)
          .marked,
      ).toBe(true);

      expect(await code(scheduleWithhold(store, officer, { evaluationId: id, today: '2028-05-31' }))).toBe(
        'PERFORMANCE_WINDOW_OPEN',
      );
      const early = await checkOverdueRebates(store, officer, { today: '2028-05-31' });
      expect(early.scheduled).toHaveLength(0);
      const check = await checkOverdueRebates(store, officer, { today: '2028-06-01' });
      expect(check.scheduled.map((s) => s.evaluationId)).toEqual([id]);
      const scheduled = check.scheduled[0]!;
      expect(scheduled.scheduled.map((s) => [s.payment, s.dueOn, s.amountCents])).toEqual([
        [1, '2029-01-01', 333_334],
        [2, '2029-02-01', 333_333],
        [3, '2029-03-01', 333_333],
      ]);
      expect((await checkOverdueRebates(store, officer, { today: '2028-06-02' })).scheduled).toHaveLength(0);

      for (const s of scheduled.scheduled)
        await recordWithheld(store, officer, {
          evaluationId: id,
          today: '2029-03-01',
          amountCents: s.amountCents,
          on: s.dueOn,
        });
      const repeated = await recordWithheld(store, officer, {
        evaluationId: id,
        today: '2029-03-01',
        amountCents: 333_334,
        on: '2029-01-01',
        paymentNumber: 1,
      });
      expect(repeated.withheldCents).toBe(1_000_000);
      expect(repeated.balanceCents).toBe(0);
      expect(
        await code(
          recordRebate(store, officer, {
            evaluationId: id,
            today: '2029-03-01',
            amountCents: 1,
            on: '2029-03-01',
          }),
        ),
      ).toBe('PERFORMANCE_MONEY_MISMATCH');
      expect(await code(settle(store, officer, { evaluationId: id, today: '2029-03-01' }))).toBe(
        'PERFORMANCE_MONEY_MISMATCH',
      );

      const deposited = await recordReserveDeposit(store, officer, {
        evaluationId: id,
        today: '2029-03-15',
        amountCents: 1_000_000,
        on: '2029-03-15',
        reference: 'CR-2029-001',
      });
      expect(deposited.state).toBe('settled');
      expect(await stateOf(id)).toBe('settled');
      const statement = await moneyStatement(store, carrier, { evaluationId: id, today: '2029-04-01' });
      expect(statement).toMatchObject({
        finalAmountCents: 1_000_000,
        received: 0,
        withheld: 1_000_000,
        deposited: 1_000_000,
        balanceCents: 0,
        settleable: true,
      });
      expect((await settle(store, officer, { evaluationId: id, today: '2029-04-01' })).state).toBe('settled');

      const kinds = (await listEvaluationEvents(executorOf(store), id)).map((e) => e.kind);
      expect(kinds).toEqual([
        'proposed',
        'factor_decided',
        'factor_decided',
        'accepted',
        'notice_issued',
        'carrier_responded',
        'reconsideration_requested',
        'reconsideration_decided',
        'reconsideration_decided',
        'final_determination',
        'withhold_scheduled',
        'withheld',
        'withheld',
        'withheld',
        'reserve_deposited',
        'settled',
      ]);
    });

    it('63 FR 55337: a rebate in time, deposited, settles without a withhold; a late response is refused', async () => {
      const id = await insertAcceptedEvaluation(store, { carrierCode: 'AET', contractYear: 2027 });
      await issueFindingsNotice(store, officer, { evaluationId: id, today: '2028-03-01', responseDays: 10 });
      expect(
        await code(
          recordCarrierResponse(store, otherCarrier, { evaluationId: id, today: '2028-03-12', text: 'late' }),
        ),
      ).toBe('PERFORMANCE_WINDOW_CLOSED');
      const final = await issueFinalDetermination(store, officer, {
        evaluationId: id,
        today: '2028-04-01',
        reason: 'As noticed.',
      });
      expect(final.amountCents).toBe(1_500_000);
      await recordRebate(store, otherCarrier.role === 'carrier' ? officer : officer, {
        evaluationId: id,
        today: '2028-05-01',
        amountCents: 1_500_000,
        on: '2028-05-01',
        reference: 'WIRE-1',
      });
      const again = await recordRebate(store, officer, {
        evaluationId: id,
        today: '2028-05-02',
        amountCents: 1_500_000,
        on: '2028-05-01',
        reference: 'WIRE-1',
      });
      expect(again.receivedCents).toBe(1_500_000);
      expect((await checkOverdueRebates(store, officer, { today: '2028-07-01' })).scheduled).toHaveLength(0);
      const done = await recordReserveDeposit(store, officer, {
        evaluationId: id,
        today: '2028-05-03',
        amountCents: 1_500_000,
        on: '2028-05-03',
      });
      expect(done.state).toBe('settled');
    });

    it('48 CFR 1609.7101-2: two decisions of one request at once: one wins, the other gets CONFLICT', async () => {
      const id = await insertAcceptedEvaluation(store, { carrierCode: 'FEP', contractYear: 2026 });
      await issueFindingsNotice(store, officer, { evaluationId: id, today: '2027-03-01' });
      await requestReconsideration(store, carrier, {
        evaluationId: id,
        today: '2027-03-02',
        grounds: 'All files were on time.',
      });
      const decide = (outcome: 'denied' | 'granted') =>
        decideReconsideration(
          store,
          { subject: `co-${outcome}`, role: 'contracting_officer' },
          {
            evaluationId: id,
            today: '2027-03-10',
            outcome,
            factors: outcome === 'denied' ? [] : [{ elementId: 'customer-service', factor: 0 }],
            reason: `Decided: ${outcome}.`,
          },
        );
      const results = await Promise.allSettled([decide('denied'), decide('granted')]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(((lost[0] as PromiseRejectedResult).reason as PshbError).code).toBe('CONFLICT');
      const decidedEvents = (await listEvaluationEvents(executorOf(store), id)).filter(
        (e) => e.kind === 'reconsideration_decided',
      );
      expect(decidedEvents.filter((e) => e.element_id === null)).toHaveLength(1);
    });
  });
}
