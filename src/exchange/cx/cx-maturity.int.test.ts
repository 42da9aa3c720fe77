// The CX maturity self-assessment and action plans on PGlite, and PostgreSQL when TEST_DATABASE_URL is
// set: ratings with evidence, the two focus areas, planned actions with personas and milestones, the
// status computed on the program date, history never overwritten, and the action plan document (HTML
// and tagged PDF) generated from the data so that changing the data changes the document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { PshbError } from '../../errors.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { maturityDocument, renderMaturityDocument } from './action-plan-document.ts';
import { addPlannedAction, listPlannedActions, updatePlannedAction } from './action-plans.ts';
import { loadMaturityDemo, DEMO_CX_OWNER } from './maturity-demo.ts';
import {
  chooseFocusAreas,
  loadMaturityFramework,
  loadPersonas,
  readMaturity,
  recordRating,
} from './maturity-assessment.ts';

const framework = loadMaturityFramework();
const personas = loadPersonas();
const who = { subject: 'pa-1', role: 'program_administrator' as const };
const code = (error: unknown) => (error instanceof PshbError ? error.code : String(error));
const evidence = [{ label: 'Quarterly CX data', link: '/api/v1/cx/reports?fiscalYear=2025' }];

for (const backend of testBackends()) {
  describe(`CX maturity on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    }, 60_000);
    afterAll(() => store.close());

    it('A-11 Section 280: rating a dimension with evidence opens the year; the assessment is complete with all five', async () => {
      const first = await recordRating(executorOf(store), who, {
        fiscalYear: 2030,
        dimension: 'measurement',
        rating: 2,
        evidence,
        effectiveOn: '2029-10-10',
      });
      expect(first.completeness.outcome).toBe('incomplete');
      for (const dimension of framework.dimensions.map((d) => d.id))
        await recordRating(executorOf(store), who, {
          fiscalYear: 2030,
          dimension,
          rating: 3,
          evidence,
          effectiveOn: '2029-10-11',
        });
      const view = await readMaturity(executorOf(store), 2030, '2029-11-01');
      expect(view.completeness.outcome).toBe('complete');
      expect(view.ratings.find((r) => r.dimension === 'measurement')?.rating).toBe(3);
      expect(view.history.filter((h) => h.kind === 'rated')).toHaveLength(6);
      expect(view.history[0]).toMatchObject({ kind: 'assessment_opened', author: 'pa-1' });
    });

    it('refuses a rating without evidence or off the scale by field, nothing changed', async () => {
      await expect(
        recordRating(executorOf(store), who, {
          fiscalYear: 2030,
          dimension: 'governance',
          rating: 7,
          evidence: [],
          effectiveOn: '2029-10-12',
        }),
      ).rejects.toThrow(/rating: 7.*evidence:/);
      const view = await readMaturity(executorOf(store), 2030, '2029-11-01');
      expect(view.history.filter((h) => h.kind === 'rated')).toHaveLength(6);
    });

    it('seed 002 ¶1: a planned action needs the focus areas first, then one of them and a persona', async () => {
      const action = {
        fiscalYear: 2030,
        key: 'ivr-survey',
        focusArea: 'measurement',
        title: 'IVR post-call survey',
        personaId: 'last-day-caller',
        owner: 'Help line contractor',
        milestones: [{ key: 'live', title: 'Survey live', dueOn: '2030-01-31' }],
        effectiveOn: '2029-10-20',
      };
      expect(
        code(
          await addPlannedAction(executorOf(store), who, action, { asOf: '2029-11-01' }).catch(
            (e: unknown) => e,
          ),
        ),
      ).toBe('CX_FOCUS_AREAS_NOT_CHOSEN');
      await expect(
        chooseFocusAreas(executorOf(store), who, {
          fiscalYear: 2030,
          areas: ['measurement'],
          effectiveOn: '2029-10-15',
        }),
      ).rejects.toThrow('areas: exactly 2 focus areas, not 1');
      await chooseFocusAreas(executorOf(store), who, {
        fiscalYear: 2030,
        areas: ['measurement', 'service-design'],
        effectiveOn: '2029-10-15',
      });
      await expect(
        addPlannedAction(executorOf(store), who, { ...action, personaId: 'nobody' }, { asOf: '2029-11-01' }),
      ).rejects.toThrow(/^persona:/);
      const added = await addPlannedAction(executorOf(store), who, action, { asOf: '2029-11-01' });
      expect(added.status).toBe('planned');
      expect(
        code(
          await addPlannedAction(executorOf(store), who, action, { asOf: '2029-11-01' }).catch(
            (e: unknown) => e,
          ),
        ),
      ).toBe('CX_ACTION_EXISTS');
    });

    it('seed 002 ¶4: an action is delayed on the program date after a milestone passes undone; an update keeps the history', async () => {
      const ex = executorOf(store);
      expect((await listPlannedActions(ex, 2030, '2030-02-01'))[0]?.status).toBe('delayed');
      const updated = await updatePlannedAction(
        executorOf(store),
        { subject: 'pa-2', role: 'program_administrator' },
        {
          fiscalYear: 2030,
          key: 'ivr-survey',
          status: 'in_progress',
          milestones: [{ key: 'live', title: 'Survey live', dueOn: '2030-03-31' }],
          effectiveOn: '2030-01-25',
        },
        { asOf: '2030-02-01' },
      );
      expect(updated.status).toBe('in_progress');
      expect(updated.milestones).toEqual([
        { key: 'live', title: 'Survey live', dueOn: '2030-03-31', doneOn: null },
      ]);
      const view = await readMaturity(ex, 2030, '2030-02-01');
      const changes = view.history.filter((h) => h.subject === 'ivr-survey');
      expect(changes.map((h) => [h.kind, h.author, h.effectiveOn])).toEqual([
        ['action_added', 'pa-1', '2029-10-20'],
        ['action_updated', 'pa-2', '2030-01-25'],
      ]);
      const rows = await ex.query<{ n: string }>(
        "select count(*) as n from cx_action_milestone where milestone_key = 'live'",
      );
      expect(Number(rows[0]!.n)).toBe(2);
      await expect(ex.query('update cx_maturity_rating set rating = 1')).rejects.toThrow(/keeps its history/);
      await expect(ex.query('delete from cx_maturity_event')).rejects.toThrow(/keeps its history/);
    });

    it('the demo year fills a ready action plan once; its HTML and tagged PDF come from the data, and changing the data changes them', async () => {
      expect(await loadMaturityDemo(store, { fiscalYear: 2031 })).toBe(true);
      expect(await loadMaturityDemo(store, { fiscalYear: 2031 })).toBe(false);
      const ex = executorOf(store);
      const before = await readMaturity(ex, 2031, '2030-11-01');
      expect(before.completeness.outcome).toBe('complete');
      expect(before.readiness.outcome).toBe('ready');
      const plan = maturityDocument(before, 'action-plan', framework, personas);
      const html = String((await renderMaturityDocument(plan, 'html')).body);
      expect(html).toContain('FY2031 High Impact Service Provider CX Action Plan');
      expect(html).toContain('A journey map of annuitants facing the Part B requirement');
      expect(html).toContain('Rosa, a Postal annuitant turning to Medicare');
      const pdf = (await renderMaturityDocument(plan, 'pdf')).body as Buffer;
      const raw = pdf.toString('latin1');
      expect(raw.startsWith('%PDF-1.7')).toBe(true);
      expect(raw).toContain('/StructTreeRoot');
      const markInfo = /\/MarkInfo (\d+) 0 R/.exec(raw)?.[1];
      expect(raw).toMatch(new RegExp(`\\n${markInfo} 0 obj\\s*<<\\s*/Marked true`));
      expect(raw).toMatch(/\/S \/Table/);
      expect(raw).toContain('/Lang (en-US)');

      await updatePlannedAction(
        executorOf(store),
        DEMO_CX_OWNER,
        {
          fiscalYear: 2031,
          key: 'part-b-journey-map',
          owner: 'Retirement Information Office',
          status: 'in_progress',
          milestones: [
            { key: 'interviews', title: 'Twelve interviews held', dueOn: '2031-02-28', doneOn: '2031-02-20' },
          ],
          effectiveOn: '2031-02-20',
        },
        { asOf: '2031-04-01' },
      );
      const after = await readMaturity(ex, 2031, '2031-04-01');
      const html2 = String(
        (await renderMaturityDocument(maturityDocument(after, 'action-plan', framework, personas), 'html'))
          .body,
      );
      expect(html2).not.toBe(html);
      expect(html2).toContain('Owner: Retirement Information Office');
      expect(html).not.toContain('Owner: Retirement Information Office');

      const report = maturityDocument(after, 'progress-report', framework, personas);
      const md = String((await renderMaturityDocument(report, 'md')).body);
      expect(report.title).toBe('FY2031 CX Action Plan: spring progress report');
      expect(md).toContain('Due 2031-04-30');
      expect(after.progress.byStatus).toEqual({ planned: 0, in_progress: 1, done: 0, delayed: 3 });
      const pdf2 = (await renderMaturityDocument(report, 'pdf')).body as Buffer;
      expect(pdf2.toString('latin1')).toContain('/StructTreeRoot');
    });

    it('NOT_FOUND for a year never assessed', async () => {
      expect(code(await readMaturity(executorOf(store), 2099, '2099-01-01').catch((e: unknown) => e))).toBe(
        'NOT_FOUND',
      );
    });
  });
}
