// Planned actions of the CX action plan (seed 002 ¶1: "Described their two planned actions and their
// relationship to actual example HISP customer profiles (personas)"; cx-reference §4): each tied to a
// focus area and a persona, with an owner and dated milestones, and a status that turns to delayed by
// itself when a milestone's date passes undone.
import { decision, type Decision } from '../decision.ts';
import {
  A11_280,
  SEED_002_TEMPLATE,
  type ActionStatus,
  type DimensionId,
  type MaturityFramework,
  type RecordedActionStatus,
} from './maturity-framework.ts';

export interface Milestone {
  readonly key: string;
  readonly title: string;
  readonly dueOn: string;
  readonly doneOn: string | null;
}

export interface PlannedAction {
  readonly key: string;
  readonly focusArea: DimensionId;
  readonly title: string;
  readonly personaId: string;
  readonly owner: string;
  readonly status: RecordedActionStatus;
  readonly milestones: readonly Milestone[];
}

/**
 * Seed 002 ¶4 (progress is tracked): the status as recorded, except that an action not done with a
 * milestone due before the program date and not done is delayed.
 */
export function actionStatus(action: PlannedAction, programDate: string): Decision<ActionStatus> {
  const overdue = action.milestones.filter((m) => m.doneOn === null && m.dueOn < programDate);
  const facts = {
    action: action.key,
    recordedStatus: action.status,
    programDate,
    overdueMilestones: overdue.map((m) => `${m.key} (due ${m.dueOn})`).join(', ') || null,
  };
  const citations = [A11_280, 'Seed 002 ¶4 (progress tracked)'];
  if (action.status !== 'done' && overdue.length > 0)
    return decision(
      'cx-action-status',
      'delayed',
      citations,
      facts,
      `Delayed: ${overdue.map((m) => `"${m.title}" was due ${m.dueOn}`).join('; ')} and is not done.`,
    );
  const words: Record<RecordedActionStatus, string> = {
    planned: 'Planned: no work recorded yet and no milestone overdue.',
    in_progress: 'In progress: no milestone overdue.',
    done: 'Done.',
  };
  return decision('cx-action-status', action.status, citations, facts, words[action.status]);
}

/** Problems with one planned action (empty when it may be recorded), each naming its field. */
export function plannedActionProblems(
  action: PlannedAction,
  focusAreas: readonly DimensionId[],
  personaIds: readonly string[],
): string[] {
  const problems: string[] = [];
  if (!focusAreas.includes(action.focusArea))
    problems.push(
      `focusArea: "${action.focusArea}" is not one of the year's focus areas (${focusAreas.join(', ') || 'none chosen yet'})`,
    );
  if (!personaIds.includes(action.personaId))
    problems.push(`persona: "${action.personaId}" is not one of ${personaIds.join(', ')}`);
  if (action.owner.trim() === '') problems.push('owner: an action needs an owner');
  const keys = action.milestones.map((m) => m.key);
  if (new Set(keys).size !== keys.length) problems.push('milestones: a milestone key is used twice');
  action.milestones.forEach((m, i) => {
    if (m.doneOn !== null && action.status === 'planned')
      problems.push(
        `milestones[${i}].doneOn: a planned action has no milestone done yet; mark it in progress`,
      );
  });
  if (action.status === 'done' && action.milestones.some((m) => m.doneOn === null))
    problems.push('status: an action is done only when every milestone is done');
  return problems;
}

export type PlanOutcome = 'ready' | 'not_ready';

/**
 * Seed 002 ¶1: the action plan is ready to publish when each focus area has its planned actions (two),
 * each tied to a persona, with an owner and at least one dated milestone.
 */
export function actionPlanReadiness(
  framework: MaturityFramework,
  fiscalYear: number,
  focusAreas: readonly DimensionId[],
  actions: readonly PlannedAction[],
): Decision<PlanOutcome> & { readonly gaps: readonly string[] } {
  const gaps: string[] = [];
  if (focusAreas.length !== framework.focusAreaCount)
    gaps.push(`focus areas: ${framework.focusAreaCount} to choose, ${focusAreas.length} chosen`);
  for (const area of focusAreas) {
    const name = framework.dimensions.find((d) => d.id === area)?.name ?? area;
    const mine = actions.filter((a) => a.focusArea === area);
    if (mine.length < framework.plannedActionsPerFocusArea)
      gaps.push(
        `${name}: ${framework.plannedActionsPerFocusArea} planned actions needed, ${mine.length} recorded`,
      );
    for (const a of mine)
      if (a.milestones.length === 0) gaps.push(`${name}: "${a.title}" has no dated milestone`);
  }
  const facts = {
    fiscalYear,
    focusAreas: focusAreas.join(', ') || null,
    plannedActions: actions.length,
    perFocusArea: framework.plannedActionsPerFocusArea,
  };
  const made =
    gaps.length === 0
      ? decision(
          'cx-action-plan',
          'ready' as const,
          [A11_280, SEED_002_TEMPLATE],
          facts,
          `The FY${fiscalYear} action plan has ${framework.plannedActionsPerFocusArea} planned actions for each focus area, each tied to a persona with an owner and milestones.`,
        )
      : decision(
          'cx-action-plan',
          'not_ready' as const,
          [A11_280, SEED_002_TEMPLATE],
          facts,
          `The FY${fiscalYear} action plan is not complete: ${gaps.join('; ')}.`,
        );
  return { ...made, gaps };
}
