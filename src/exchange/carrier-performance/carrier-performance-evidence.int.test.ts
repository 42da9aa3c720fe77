// Carrier performance evidence and evaluations on PGlite, and PostgreSQL when TEST_DATABASE_URL is
// set: the exchange-computed measures from the exchange's own records (48 CFR 1609.7101-1(a)(5),
// (a)(6)), imported and staff evidence, the premium base from enrollments (1632.170(a)(2)), and the
// evaluation the contracting officer decides factor by factor with a reason (1609.7101-2). A carrier
// sees only its own evaluation; every read is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import {
  ADMIN,
  AUDITOR,
  BAD_EVIDENCE_CSV,
  EVIDENCE_CSV,
  FEP_CARRIER,
  NALC_CARRIER,
  OFFICER,
  SUBMISSIONS_CSV,
  YEAR,
  seedExchangeYear,
} from '../../../test-support/performance-evidence-fixtures.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import { PshbError } from '../../errors.ts';
import { listAudit } from '../../security/audit-log.ts';
import { executorOf } from '../../storage/executor.ts';
import { setEvaluationState } from '../../storage/performance/evaluation-store.ts';
import type { Store } from '../../storage/store.ts';
import {
  acceptEvaluation,
  computePremiumBase,
  createEvaluation,
  decideFactor,
  importEvidenceCsv,
  listEvaluationSummaries,
  recordEvidenceItem,
  recordStaffEvidence,
  refreshExchangeEvidence,
  showEvaluation,
  showEvidence,
} from './index.ts';

const TODAY = '2026-02-15';
const bytes = (text: string) => Buffer.from(text, 'utf8');

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof PshbError) return error.code;
    throw error;
  }
  return 'allowed';
}

for (const backend of testBackends()) {
  describe(`carrier performance evidence on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 300, seed: 7 });
      await seedExchangeYear(store, 'FEP');
    }, 120_000);
    afterAll(async () => {
      await store.close();
    });

    it('computes the five exchange measures from the exchange records, once (1609.7101-1(a)(5), (a)(6))', async () => {
      const first = await refreshExchangeEvidence(store, OFFICER, { carrierCode: 'FEP', contractYear: YEAR });
      expect(first.added).toBe(5);
      const value = (measure: string) => first.items.find((i) => i.measure === measure);
      expect(value('paperless-enrollment.first-pass-acceptance-rate')?.value).toBe(0.8571);
      expect(value('paperless-enrollment.median-days-to-acknowledgment')?.value).toBe(2);
      expect(value('enrollment-reconciliation.quarters-initiated-on-time')?.value).toBe(2);
      expect(value('enrollment-reconciliation.discrepancies-aged-over-90-days')?.value).toBe(2);
      expect(value('reconsideration.files-provided-on-time-rate')).toMatchObject({
        value: null,
        applicable: false,
      });
      for (const item of first.items) {
        expect(item.source.kind).toBe('exchange');
        expect(item.source.reference).not.toBe('');
      }
      const again = await refreshExchangeEvidence(store, OFFICER, { carrierCode: 'FEP', contractYear: YEAR });
      expect(again.added).toBe(0);
      expect(again.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    });

    it('imports both CSV layouts once, and refuses a bad file whole naming line and field', async () => {
      const evidence = await importEvidenceCsv(store, OFFICER, {
        fileName: 'results.csv',
        bytes: bytes(EVIDENCE_CSV),
      });
      expect(evidence).toMatchObject({ layout: 'evidence', rows: 4, added: 4 });
      const again = await importEvidenceCsv(store, OFFICER, {
        fileName: 'results.csv',
        bytes: bytes(EVIDENCE_CSV),
      });
      expect(again.added).toBe(0);
      const submissions = await importEvidenceCsv(store, OFFICER, {
        fileName: 'dates.csv',
        bytes: bytes(SUBMISSIONS_CSV),
      });
      expect(submissions).toMatchObject({ layout: 'submissions', added: 2 });
      const shown = await showEvidence(store, OFFICER, { carrierCode: 'FEP', contractYear: YEAR });
      const late = shown.items.find((i) => i.measure === 'rates-benefits.days-late');
      expect(late).toMatchObject({ value: 3, unit: 'days' });
      expect(late?.source.reference).toContain('dates.csv line 2');
      expect(shown.items.find((i) => i.measure === 'contract.days-late')?.value).toBe(0);

      const before = shown.items.length;
      const error = await importEvidenceCsv(store, OFFICER, {
        fileName: 'bad.csv',
        bytes: bytes(BAD_EVIDENCE_CSV),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PshbError);
      const details = (error as PshbError).details.map((d) => `${d.line} ${d.field}`);
      expect(details).toEqual(expect.arrayContaining(['2 value', '3 contract_year', '5 measure']));
      expect(
        (await showEvidence(store, OFFICER, { carrierCode: 'FEP', contractYear: YEAR })).items,
      ).toHaveLength(before);
    });

    it('records staff evidence; an event that did not occur is not applicable; the latest supersedes', async () => {
      const none = await recordStaffEvidence(store, OFFICER, {
        carrierCode: 'FEP',
        contractYear: YEAR,
        kind: 'significant-event',
        occurred: false,
      });
      expect(none).toMatchObject({
        applicable: false,
        value: null,
        measure: 'significant-event.days-to-notify',
      });
      await recordStaffEvidence(store, OFFICER, {
        carrierCode: 'FEP',
        contractYear: YEAR,
        kind: 'administrator-change',
        occurred: true,
        occurredOn: '2025-04-01',
        notifiedOn: '2025-04-20',
      });
      const corrected = await recordStaffEvidence(store, OFFICER, {
        carrierCode: 'FEP',
        contractYear: YEAR,
        kind: 'administrator-change',
        occurred: true,
        occurredOn: '2025-04-01',
        notifiedOn: '2025-04-08',
        description: 'new contracting official',
      });
      expect(corrected.value).toBe(7);
      const current = await showEvidence(store, OFFICER, { carrierCode: 'FEP', contractYear: YEAR });
      expect(
        current.items.filter((i) => i.measure === 'contract-administrator-change.days-to-notify'),
      ).toEqual([expect.objectContaining({ value: 7 })]);
      const history = await showEvidence(store, OFFICER, {
        carrierCode: 'FEP',
        contractYear: YEAR,
        history: true,
      });
      expect(
        history.items.filter((i) => i.measure === 'contract-administrator-change.days-to-notify'),
      ).toHaveLength(2);
      expect(
        await refusal(
          recordStaffEvidence(store, OFFICER, {
            carrierCode: 'FEP',
            contractYear: YEAR,
            kind: 'significant-event',
            occurred: true,
            occurredOn: '2025-05-01',
          }),
        ),
      ).toBe('INVALID_INPUT');
      expect(
        await refusal(
          recordStaffEvidence(store, FEP_CARRIER, {
            carrierCode: 'FEP',
            contractYear: YEAR,
            kind: 'significant-event',
            occurred: false,
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('records one staff item for any measure, with where it comes from', async () => {
      const item = await recordEvidenceItem(store, OFFICER, {
        carrierCode: 'FEP',
        contractYear: YEAR,
        measure: 'reports.late-count',
        value: 1,
        applicable: true,
        note: 'letter of 2025-11-02 from the carrier',
      });
      expect(item).toMatchObject({ value: 1, source: { kind: 'staff' } });
      expect(
        await refusal(
          recordEvidenceItem(store, OFFICER, {
            carrierCode: 'FEP',
            contractYear: YEAR,
            measure: 'x',
            value: 1,
            applicable: true,
            note: 'n',
          }),
        ),
      ).toBe('INVALID_INPUT');
      expect(
        await refusal(
          recordEvidenceItem(store, AUDITOR, {
            carrierCode: 'FEP',
            contractYear: YEAR,
            measure: 'reports.late-count',
            value: 0,
            applicable: true,
            note: 'n',
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('computes the premium base from enrollments and catalogue premiums, with its method (1632.170(a)(2))', async () => {
      const base = await computePremiumBase(store, OFFICER, { carrierCode: 'FEP', contractYear: YEAR });
      expect(base.kind).toBe('computed');
      expect(base.months).toHaveLength(12);
      expect(base.grossCents).toBe(base.months.reduce((s, m) => s + m.premiumCents, 0));
      expect(base.amountCents).toBe(Math.round(base.grossCents! * 0.96));
      expect(base.amountCents).toBeGreaterThan(0);
      expect(base.method).toContain('monthly premium');
      const plan = base.byPlan[0]!.planCode;
      const one = await computePremiumBase(store, OFFICER, {
        carrierCode: 'FEP',
        contractYear: YEAR,
        planCode: plan,
      });
      expect(one.grossCents).toBe(base.byPlan[0]!.grossCents);
    });

    it('an imported premium base replaces the computed one, with its source', async () => {
      await importEvidenceCsv(store, OFFICER, {
        fileName: 'ntc.csv',
        bytes: bytes(
          'carrier_code,plan_code,contract_year,measure,value,applicable,source,note\nNALC,,2025,premium-base.net-to-carrier-cents,123456789,true,NALC certified premium statement,\n',
        ),
      });
      const base = await computePremiumBase(store, OFFICER, { carrierCode: 'NALC', contractYear: YEAR });
      expect(base).toMatchObject({ kind: 'imported', amountCents: 123456789 });
      expect(base.source).toContain('NALC certified premium statement');
    });

    it('creates one evaluation per carrier year and method; the contracting officer decides each factor with a reason', async () => {
      const { created, evaluation } = await createEvaluation(store, OFFICER, {
        carrierCode: 'FEP',
        contractYear: YEAR,
        today: TODAY,
      });
      expect(created).toBe(true);
      expect(evaluation.state).toBe('proposed');
      expect(evaluation.events.map((e) => e.kind)).toEqual(['proposed']);
      expect(evaluation.factors.every((f) => f.factor === null)).toBe(true);
      const twice = await createEvaluation(store, OFFICER, {
        carrierCode: 'FEP',
        contractYear: YEAR,
        today: TODAY,
      });
      expect(twice).toMatchObject({ created: false, evaluation: { id: evaluation.id } });

      const [first, ...rest] = evaluation.factors;
      expect(
        await refusal(
          decideFactor(store, OFFICER, {
            evaluationId: evaluation.id,
            elementId: first!.elementId,
            factor: 0,
            reason: ' ',
            today: TODAY,
          }),
        ),
      ).toBe('INVALID_INPUT');
      expect(
        await refusal(
          decideFactor(store, FEP_CARRIER, {
            evaluationId: evaluation.id,
            elementId: first!.elementId,
            factor: 0,
            reason: 'mine',
            today: TODAY,
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        await refusal(
          decideFactor(store, OFFICER, {
            evaluationId: evaluation.id,
            elementId: 'no-such',
            factor: 0,
            reason: 'x',
            today: TODAY,
          }),
        ),
      ).toBe('INVALID_INPUT');
      expect(
        await refusal(acceptEvaluation(store, OFFICER, { evaluationId: evaluation.id, today: TODAY })),
      ).toBe('PERFORMANCE_FACTORS_UNDECIDED');

      await decideFactor(store, OFFICER, {
        evaluationId: evaluation.id,
        elementId: first!.elementId,
        factor: first!.proposedFactor,
        reason: 'as proposed',
        today: TODAY,
      });
      const changed = await decideFactor(store, ADMIN, {
        evaluationId: evaluation.id,
        elementId: first!.elementId,
        factor: 0,
        reason: 'the late brochure was OPM’s delay',
        today: TODAY,
      });
      expect(changed.factors[0]).toMatchObject({
        factor: 0,
        author: ADMIN.subject,
        reason: 'the late brochure was OPM’s delay',
      });
      for (const factor of rest)
        await decideFactor(store, OFFICER, {
          evaluationId: evaluation.id,
          elementId: factor.elementId,
          factor: factor.proposedFactor,
          reason: 'supported by the evidence',
          today: TODAY,
        });
      const accepted = await acceptEvaluation(store, OFFICER, { evaluationId: evaluation.id, today: TODAY });
      expect(accepted.state).toBe('accepted');
      expect(accepted.accepted).not.toBeNull();
      const decisions = accepted.events.filter((e) => e.kind === 'factor_decided');
      expect(decisions.length).toBe(evaluation.factors.length + 1);
      for (const event of decisions) {
        expect(event.reason).toBeTruthy();
        expect(event.author).toBeTruthy();
        expect(event.detail).toHaveProperty('proposedFactor');
      }
      expect(
        await refusal(
          decideFactor(store, OFFICER, {
            evaluationId: evaluation.id,
            elementId: first!.elementId,
            factor: 0,
            reason: 'late',
            today: TODAY,
          }),
        ),
      ).toBe('PERFORMANCE_EVALUATION_STATE');
      expect(await setEvaluationState(executorOf(store), evaluation.id, 'proposed', 'accepted')).toBe(false);
    });

    it('a carrier sees only its own evaluation, in the list and the summary too; every read is audited', async () => {
      const { evaluation } = await createEvaluation(store, OFFICER, {
        carrierCode: 'FEP',
        contractYear: YEAR,
        today: TODAY,
      });
      await createEvaluation(store, OFFICER, { carrierCode: 'NALC', contractYear: YEAR, today: TODAY });
      expect((await showEvaluation(store, FEP_CARRIER, { evaluationId: evaluation.id })).carrierCode).toBe(
        'FEP',
      );
      expect(await refusal(showEvaluation(store, NALC_CARRIER, { evaluationId: evaluation.id }))).toBe(
        'FORBIDDEN',
      );
      expect(
        await refusal(showEvidence(store, NALC_CARRIER, { carrierCode: 'FEP', contractYear: YEAR })),
      ).toBe('FORBIDDEN');
      expect(await refusal(listEvaluationSummaries(store, NALC_CARRIER, { carrierCode: 'FEP' }))).toBe(
        'FORBIDDEN',
      );
      const own = await listEvaluationSummaries(store, NALC_CARRIER, { contractYear: YEAR });
      expect(own.items.map((i) => i.carrierCode)).toEqual(['NALC']);
      const all = await listEvaluationSummaries(store, AUDITOR, { contractYear: YEAR });
      expect(all.items.map((i) => i.carrierCode).sort()).toEqual(['FEP', 'NALC']);
      const fep = all.items.find((i) => i.carrierCode === 'FEP')!;
      expect(fep.trend).toEqual([
        { contractYear: YEAR, totalFactor: fep.totalFactor, amountCents: fep.amountCents },
      ]);
      const paged = await listEvaluationSummaries(store, AUDITOR, { limit: 1 });
      expect(paged.nextCursor).not.toBeNull();
      const next = await listEvaluationSummaries(store, AUDITOR, { limit: 1, cursor: paged.nextCursor });
      expect(next.items[0]!.evaluationId).not.toBe(paged.items[0]!.evaluationId);

      const refused = await listAudit(store, { subject: NALC_CARRIER.subject, outcome: 'refused' });
      expect(refused.entries.length).toBeGreaterThanOrEqual(3);
      const reads = await listAudit(store, { subject: FEP_CARRIER.subject, resourceKind: 'performance' });
      expect(
        reads.entries.some((e) => e.resourceId === `evaluation ${evaluation.id}` && e.outcome === 'allowed'),
      ).toBe(true);
    });
  });
}
