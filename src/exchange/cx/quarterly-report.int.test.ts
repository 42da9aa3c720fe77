// The quarterly CX data on PGlite, and PostgreSQL when TEST_DATABASE_URL is set: counts and rates per
// transaction point and channel, small cells suppressed and marked, a re-run giving the same numbers,
// Touchpoints' two CSV exports read back with csv-parse, and the collections' states with their events.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExactCells } from '../../../test-support/cx-report-fixtures.ts';
import { testBackends } from '../../../test-support/databases.ts';
import { PshbError } from '../../errors.ts';
import type { Principal } from '../../security/principal.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { loadCxCatalogue } from './cx-catalogue.ts';
import {
  dueCollections,
  editCxCollection,
  listCxCollections,
  openCollection,
  showCxCollection,
  transitionCxCollection,
} from './cx-collections.ts';
import { quarterlyCxReport } from './quarterly-report.ts';
import {
  cxReportExport,
  TOUCHPOINTS_DETAIL_COLUMNS,
  TOUCHPOINTS_UPLOAD_COLUMNS,
} from './touchpoints-export.ts';

const catalogue = loadCxCatalogue();
const admin: Principal = { subject: 'admin-7', role: 'program_administrator' };
const auditor: Principal = { subject: 'auditor-2', role: 'auditor' };
const specialist: Principal = { subject: 'helper-1', role: 'support_specialist' };
const code = (error: unknown) => (error instanceof PshbError ? error.code : String(error));
const records = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
const header = (text: string) => (parse(text, { to_line: 1 }) as string[][])[0];

for (const backend of testBackends()) {
  describe(`the quarterly CX report on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      await loadExactCells(store, catalogue, 2025, 1, [
        {
          transactionPoint: 'open-season-election',
          channel: 'web',
          up: 12,
          down: 3,
          served: 100,
          offered: 25,
        },
        {
          transactionPoint: 'open-season-election',
          channel: 'phone',
          up: 4,
          down: 1,
          served: 40,
          offered: 10,
        },
        { transactionPoint: 'life-event-decided', channel: 'web', up: 0, down: 0, served: 7, offered: 7 },
      ]);
      // A response of the next quarter, which FY2025 Q1 leaves out.
      await loadExactCells(store, catalogue, 2025, 2, [
        { transactionPoint: 'open-season-election', channel: 'web', up: 1, down: 0, served: 1, offered: 1 },
      ]);
    }, 180_000);
    afterAll(() => store.close());

    it('counts served, offered, respondents and each answer, with the offer and response rates', async () => {
      const report = await quarterlyCxReport(executorOf(store), { fiscalYear: 2025, quarter: 1, catalogue });
      expect(report).toMatchObject({
        fiscalYear: 2025,
        quarter: 1,
        dueOn: '2025-01-30',
        suppressionThreshold: 10,
      });
      const web = report.rows.find(
        (r) => r.transactionPoint === 'open-season-election' && r.channel === 'web',
      )!;
      expect(web).toMatchObject({
        served: 100,
        offered: 25,
        respondents: { value: 15, suppressed: false },
        offerRate: 0.25,
        responseRate: 0.6,
        suppressed: false,
        stage: 'Enrollment',
        stagePosition: 1,
      });
      const trust = web.questions.find((q) => q.id === 'trust')!;
      expect(trust.answers).toEqual([
        { answer: 'up', count: { value: 12, suppressed: false } },
        { answer: 'down', count: { value: 3, suppressed: false } },
      ]);
      const positive = web.questions.find((q) => q.id === 'positive')!;
      expect(positive.answers.find((a) => a.answer === 'ease')!.count.value).toBe(12);
      const negative = web.questions.find((q) => q.id === 'negative')!;
      expect(negative.answers.find((a) => a.answer === 'efficiency')!.count.value).toBe(3);
      expect(negative.answers.find((a) => a.answer === 'ease')!.count.value).toBe(0);
    });

    it('suppresses a cell below the threshold and says so, leaving served and offered shown', async () => {
      const report = await quarterlyCxReport(executorOf(store), { fiscalYear: 2025, quarter: 1, catalogue });
      const phone = report.rows.find(
        (r) => r.transactionPoint === 'open-season-election' && r.channel === 'phone',
      )!;
      expect(phone).toMatchObject({
        served: 40,
        offered: 10,
        offerRate: 0.25,
        respondents: { value: null, suppressed: true },
        responseRate: null,
        suppressed: true,
        suppression: { outcome: 'suppressed', facts: { respondents: 5, threshold: 10 } },
      });
      for (const q of phone.questions)
        for (const a of q.answers) expect(a.count).toEqual({ value: null, suppressed: true });
      const none = report.rows.find((r) => r.transactionPoint === 'life-event-decided')!;
      expect(none).toMatchObject({ served: 7, offered: 7, suppressed: true });
      // The total counts shown cells only, so no suppressed cell can be found by subtraction.
      expect(report.totals).toEqual({ served: 147, offered: 42, respondents: 15 });
    });

    it('gives the same numbers when run again', async () => {
      const first = await cxReportExport(executorOf(store), {
        fiscalYear: 2025,
        quarter: 1,
        format: 'json',
        catalogue,
      });
      const second = await cxReportExport(executorOf(store), {
        fiscalYear: 2025,
        quarter: 1,
        format: 'json',
        catalogue,
      });
      expect(second.body).toBe(first.body);
    });

    it("writes Touchpoints' detail CSV with its header and meanings, read back by csv-parse", async () => {
      const collection = await openCollection(store, admin, { fiscalYear: 2025, quarter: 1, catalogue });
      await editCxCollection(store, admin, collection.id, {
        reflection: 'Phone, "chat" and web, all on time.',
      });
      const csv = (
        await cxReportExport(executorOf(store), {
          fiscalYear: 2025,
          quarter: 1,
          format: 'touchpoints-detail',
          catalogue,
        })
      ).body;
      expect(header(csv)).toEqual([...TOUCHPOINTS_DETAIL_COLUMNS]);
      const rows = records(csv);
      const web = rows.find((r) => r.transaction_point === 'open-season-election' && r.channel === 'web')!;
      expect(web).toMatchObject({
        organization_abbreviation: 'OPM',
        cx_collection_fiscal_year: '2025',
        cx_collection_quarter: '1',
        service_name: catalogue.points.service,
        service_stage_name: 'Enrollment',
        volume_of_customers: '100',
        volume_of_customers_provided_survey_opportunity: '25',
        volume_of_respondents: '15',
        reflection_text: 'Phone, "chat" and web, all on time.',
        survey_type: 'thumbs_up_down',
      });
      const survey = catalogue.surveys.find((s) => s.id === 'a11-v2')!;
      expect(web.omb_control_number).toBe(survey.pra.ombControlNumber);
      expect(web.trust_question_text).toBe(survey.questions.trust.en);
      const phone = rows.find(
        (r) => r.transaction_point === 'open-season-election' && r.channel === 'phone',
      )!;
      expect(phone.volume_of_respondents).toBe('');
    });

    it("writes Touchpoints' A-11 v2 response upload CSV with exactly its columns", async () => {
      const csv = (
        await cxReportExport(executorOf(store), {
          fiscalYear: 2025,
          quarter: 1,
          format: 'touchpoints-responses',
          catalogue,
        })
      ).body;
      expect(header(csv)).toEqual([
        'external_id',
        'question_1',
        'positive_effectiveness',
        'positive_ease',
        'positive_efficiency',
        'positive_transparency',
        'positive_humanity',
        'positive_employee',
        'positive_other',
        'negative_effectiveness',
        'negative_ease',
        'negative_efficiency',
        'negative_transparency',
        'negative_humanity',
        'negative_employee',
        'negative_other',
        'question_4',
      ]);
      expect(header(csv)).toEqual([...TOUCHPOINTS_UPLOAD_COLUMNS]);
      const rows = records(csv);
      expect(rows).toHaveLength(20);
      expect(rows.filter((r) => r.question_1 === '1')).toHaveLength(16);
      expect(rows.filter((r) => r.question_1 === '0')).toHaveLength(4);
      for (const r of rows.filter((r) => r.question_1 === '1'))
        expect([r.positive_ease, r.negative_efficiency]).toEqual(['1', '0']);
      for (const r of rows.filter((r) => r.question_1 === '0'))
        expect([r.positive_ease, r.negative_efficiency]).toEqual(['0', '1']);
      expect(rows.filter((r) => r.question_4 === 'Quick and clear.').length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.external_id)).size).toBe(20);
    });

    it('moves a collection draft -> submitted -> change_requested -> draft -> submitted -> published, each an event', async () => {
      const opened = await openCollection(store, admin, { fiscalYear: 2024, quarter: 4, catalogue });
      expect(opened).toMatchObject({ state: 'draft', dueOn: '2024-10-30' });
      expect(code(await transitionCxCollection(store, admin, opened.id, 'submit').catch((e) => e))).toBe(
        'CX_COLLECTION_STATE',
      );
      expect(
        code(
          await editCxCollection(store, admin, opened.id, { reflection: 'x'.repeat(5001) }).catch((e) => e),
        ),
      ).toBe('INVALID_INPUT');
      await editCxCollection(store, admin, opened.id, { reflection: 'x'.repeat(5000), rating: 'PARTIAL' });
      await transitionCxCollection(store, admin, opened.id, 'submit');
      await transitionCxCollection(store, admin, opened.id, 'request_change', 'Add the chat channel.');
      await transitionCxCollection(store, admin, opened.id, 'reopen');
      await transitionCxCollection(store, admin, opened.id, 'submit');
      const published = await transitionCxCollection(store, admin, opened.id, 'publish');
      expect(published.collection.state).toBe('published');
      expect(code(await transitionCxCollection(store, admin, opened.id, 'publish').catch((e) => e))).toBe(
        'CX_COLLECTION_STATE',
      );
      const shown = await showCxCollection(store, auditor, opened.id);
      expect(shown.events.map((e) => [e.kind, e.toState, e.author])).toEqual([
        ['created', 'draft', 'admin-7'],
        ['edited', 'draft', 'admin-7'],
        ['submit', 'submitted', 'admin-7'],
        ['request_change', 'change_requested', 'admin-7'],
        ['reopen', 'draft', 'admin-7'],
        ['submit', 'submitted', 'admin-7'],
        ['publish', 'published', 'admin-7'],
      ]);
      expect(shown.events[3]!.note).toBe('Add the chat channel.');
      // Opening the same quarter again gives the same collection.
      expect((await openCollection(store, admin, { fiscalYear: 2024, quarter: 4, catalogue })).id).toBe(
        opened.id,
      );
      // Events are appended, never changed.
      await expect(
        store.transaction((tx) => tx.query('update cx_collection_event set author = $1', ['someone'])),
      ).rejects.toThrow(/appended/);
    });

    it('lists what is due and overdue, and leaves out quarters already submitted', async () => {
      const due = await dueCollections(store, auditor, { today: '2025-02-15', catalogue });
      // FY2025 Q2 runs; Q1 (draft above) was due 2025-01-30; FY2024 Q4 is published; Q3 and Q2 never opened.
      expect(due.map((d) => [d.fiscalYear, d.quarter, d.status])).toEqual([
        [2025, 2, 'not_yet_due'],
        [2025, 1, 'overdue'],
        [2024, 3, 'overdue'],
        [2024, 2, 'overdue'],
      ]);
      expect(due[1]!.state).toBe('draft');
    });

    it('lets program staff read and only a program administrator change', async () => {
      expect((await listCxCollections(store, auditor, { fiscalYear: 2024 })).map((c) => c.state)).toEqual([
        'published',
      ]);
      expect(code(await listCxCollections(store, specialist).catch((e) => e))).toBe('FORBIDDEN');
      expect(
        code(
          await openCollection(store, auditor, { fiscalYear: 2025, quarter: 3, catalogue }).catch((e) => e),
        ),
      ).toBe('FORBIDDEN');
    });
  });
}
