import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  actionPlanReadiness,
  actionStatus,
  plannedActionProblems,
  type PlannedAction,
} from './maturity-actions.ts';
import { maturityFramework } from './maturity-framework.ts';
import { progressReportDueOn, progressSummary } from './maturity-progress.ts';

const framework = maturityFramework.parse(
  JSON.parse(
    readFileSync(new URL('../../../reference-data/cx/maturity-framework.json', import.meta.url), 'utf8'),
  ),
);

const action = (over: Partial<PlannedAction> = {}): PlannedAction => ({
  key: 'spanish-portal',
  focusArea: 'service-design',
  title: 'Every portal page in Spanish',
  personaId: 'spanish-speaking-family-member',
  owner: 'Portal product owner',
  status: 'in_progress',
  milestones: [
    { key: 'inventory', title: 'Inventory of English-only pages', dueOn: '2026-01-31', doneOn: '2026-01-20' },
    { key: 'translate', title: 'Pages translated and reviewed', dueOn: '2026-05-31', doneOn: null },
  ],
  ...over,
});

describe('Seed 002 ¶4: progress is tracked — an action is delayed when a milestone date passes undone', () => {
  it('stays in progress through the due date and is delayed the day after', () => {
    expect(actionStatus(action(), '2026-05-31').outcome).toBe('in_progress');
    const made = actionStatus(action(), '2026-06-01');
    expect(made.outcome).toBe('delayed');
    expect(made.explanation).toContain('"Pages translated and reviewed" was due 2026-05-31');
  });

  it('a done action is never delayed', () => {
    expect(actionStatus(action({ status: 'done' }), '2027-01-01').outcome).toBe('done');
  });

  it('property: delayed exactly when not done and some undone milestone is due before the date', () => {
    const day = fc
      .integer({ min: 0, max: 700 })
      .map((n) => new Date(Date.UTC(2025, 9, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ due: day, done: fc.boolean() }), { maxLength: 4 }),
        fc.constantFrom('planned', 'in_progress', 'done' as const),
        day,
        (ms, status, today) => {
          const a = action({
            status,
            milestones: ms.map((m, i) => ({
              key: `m${i}`,
              title: `M${i}`,
              dueOn: m.due,
              doneOn: m.done ? m.due : null,
            })),
          });
          const late = ms.some((m) => !m.done && m.due < today);
          expect(actionStatus(a, today).outcome === 'delayed').toBe(status !== 'done' && late);
        },
      ),
    );
  });
});

describe('Seed 002 ¶1: two planned actions per focus area, tied to personas, with owners and milestones', () => {
  it('refuses an action outside the focus areas, with an unknown persona or no owner, by field', () => {
    const problems = plannedActionProblems(
      action({ owner: ' ', personaId: 'nobody' }),
      ['measurement'],
      ['last-day-caller'],
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual(['focusArea', 'persona', 'owner']);
  });

  it('refuses done while a milestone is open', () => {
    expect(
      plannedActionProblems(
        action({ status: 'done' }),
        ['service-design'],
        ['spanish-speaking-family-member'],
      ),
    ).toEqual(['status: an action is done only when every milestone is done']);
  });

  it('the plan is ready with two actions in each of the two focus areas, and says what is missing otherwise', () => {
    const areas = ['service-design', 'measurement'] as const;
    const four = areas.flatMap((focusArea) => [
      action({ focusArea, key: `${focusArea}-1` }),
      action({ focusArea, key: `${focusArea}-2` }),
    ]);
    expect(actionPlanReadiness(framework, 2026, [...areas], four).outcome).toBe('ready');
    const made = actionPlanReadiness(framework, 2026, [...areas], four.slice(0, 3));
    expect(made.outcome).toBe('not_ready');
    expect(made.gaps).toEqual(['Measurement: 2 planned actions needed, 1 recorded']);
  });
});

describe('Seed 002 ¶4: the progress report the next spring', () => {
  it('the plans for the upcoming year FY2020, written during FY2019, report in the spring of 2020', () => {
    expect(progressReportDueOn(framework, 2020)).toBe('2020-04-30');
  });

  it('counts actions by status and milestones done', () => {
    const s = progressSummary(
      framework,
      2026,
      [
        action(),
        action({
          key: 'b',
          status: 'planned',
          milestones: [{ key: 'x', title: 'X', dueOn: '2026-03-01', doneOn: null }],
        }),
      ],
      '2026-04-01',
    );
    expect(s.byStatus).toEqual({ planned: 0, in_progress: 1, done: 0, delayed: 1 });
    expect(s.milestonesDone).toBe(1);
    expect(s.milestones).toBe(3);
    expect(s.decision.outcome).toBe('delays');
    expect(s.dueOn).toBe('2026-04-30');
  });
});
