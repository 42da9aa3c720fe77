// The spring progress report (seed 002 ¶4: "Progress will be tracked with the next HISP Action Plan
// update expected to be published in Spring 2020" for the plans written during FY19 for the upcoming
// year, FY20): the date it is due, and what
// the planned actions and their milestones stand at on the program date.
import { decision, type Decision } from '../decision.ts';
import {
  A11_280,
  SEED_002_PROGRESS,
  type ActionStatus,
  type MaturityFramework,
} from './maturity-framework.ts';
import { actionStatus, type PlannedAction } from './maturity-actions.ts';

/**
 * The federal fiscal year Y starts on 1 October of Y-1; its progress report is due in the spring of
 * the calendar year after that start (FY20 → Spring 2020), on the framework's day (UNCONFIRMED).
 */
export function progressReportDueOn(framework: MaturityFramework, fiscalYear: number): string {
  const year = fiscalYear - 1 + framework.progressReport.calendarYearAfterFiscalYearStart;
  return `${year}-${framework.progressReport.dueMonthDay}`;
}

export interface ActionProgress {
  readonly key: string;
  readonly status: ActionStatus;
  readonly milestonesDone: number;
  readonly milestones: number;
  readonly explanation: string;
}

export interface ProgressSummary {
  readonly fiscalYear: number;
  readonly asOf: string;
  readonly dueOn: string;
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  readonly milestonesDone: number;
  readonly milestones: number;
  readonly actions: readonly ActionProgress[];
  readonly decision: Decision<'on_track' | 'delays'>;
}

/** Seed 002 ¶4: each planned action's status on `asOf` and the counts the progress report opens with. */
export function progressSummary(
  framework: MaturityFramework,
  fiscalYear: number,
  actions: readonly PlannedAction[],
  asOf: string,
): ProgressSummary {
  const byStatus: Record<ActionStatus, number> = { planned: 0, in_progress: 0, done: 0, delayed: 0 };
  const rows = actions.map((a) => {
    const made = actionStatus(a, asOf);
    byStatus[made.outcome] += 1;
    return {
      key: a.key,
      status: made.outcome,
      milestonesDone: a.milestones.filter((m) => m.doneOn !== null).length,
      milestones: a.milestones.length,
      explanation: made.explanation,
    };
  });
  const milestonesDone = rows.reduce((s, r) => s + r.milestonesDone, 0);
  const milestones = rows.reduce((s, r) => s + r.milestones, 0);
  const dueOn = progressReportDueOn(framework, fiscalYear);
  const facts = { fiscalYear, asOf, dueOn, ...byStatus, milestonesDone, milestones };
  const summary =
    `${actions.length} planned actions: ${byStatus.done} done, ${byStatus.in_progress} in progress, ` +
    `${byStatus.planned} planned, ${byStatus.delayed} delayed; ${milestonesDone} of ${milestones} milestones done.`;
  return {
    fiscalYear,
    asOf,
    dueOn,
    byStatus,
    milestonesDone,
    milestones,
    actions: rows,
    decision:
      byStatus.delayed === 0
        ? decision('cx-progress', 'on_track', [A11_280, SEED_002_PROGRESS], facts, `On track. ${summary}`)
        : decision('cx-progress', 'delays', [A11_280, SEED_002_PROGRESS], facts, `Delays. ${summary}`),
  };
}
