// The CX action plan's planned actions (seed 002 ¶1; cx-reference §4; docs/cx-maturity.md): add one to
// a focus area, tied to a persona, with an owner and dated milestones; update its fields, status or
// milestones (each change a new row, the history kept); list them with the status computed on the
// program date (delayed when a milestone date passed undone).
import { z } from 'zod';
import { isoDate } from '../../domain/dates.ts';
import { PshbError } from '../../errors.ts';
import { plannedActionProblems } from '../../rules/cx/maturity-actions.ts';
import {
  ACTION_STATUSES,
  milestoneInput,
  type DimensionId,
  type MaturityFramework,
  type PersonaCatalogue,
} from '../../rules/cx/maturity-framework.ts';
import type { Principal } from '../../security/principal.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  appendMaturityEvent,
  currentActions,
  currentFocus,
  insertActionVersion,
  insertMilestones,
  plannedActionId,
  type StoredAction,
} from '../../storage/cx/maturity-store.ts';
import {
  actionView,
  asPlannedAction,
  fiscalYear,
  loadMaturityFramework,
  loadPersonas,
  openAssessment,
  parseInput,
  stampOf,
  type ActionView,
} from './maturity-assessment.ts';

const actionKey = z.string().regex(/^[a-z0-9-]{1,60}$/, 'lower-case words joined by hyphens (at most 60)');

export const addActionInput = z.strictObject({
  fiscalYear,
  key: actionKey,
  focusArea: z.string().min(1),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(4000).default(''),
  personaId: z.string().min(1),
  owner: z.string().trim().min(1).max(200),
  status: z.enum(ACTION_STATUSES).default('planned'),
  milestones: z.array(milestoneInput).max(20).default([]),
  effectiveOn: isoDate,
});
export type AddActionInput = z.input<typeof addActionInput>;

export const updateActionInput = z.strictObject({
  fiscalYear,
  key: actionKey,
  focusArea: z.string().min(1).optional(),
  title: z.string().trim().min(1).max(300).optional(),
  description: z.string().max(4000).optional(),
  personaId: z.string().min(1).optional(),
  owner: z.string().trim().min(1).max(200).optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  /** Milestones to add or change, by key; the others stay as they are. */
  milestones: z.array(milestoneInput).max(20).default([]),
  effectiveOn: isoDate,
});
export type UpdateActionInput = z.input<typeof updateActionInput>;

export interface ActionContext {
  readonly framework?: MaturityFramework;
  readonly personas?: PersonaCatalogue;
  /** The program date the status is computed on. */
  readonly asOf: string;
}

function check(action: StoredAction, areas: readonly DimensionId[], personas: PersonaCatalogue): void {
  const problems = plannedActionProblems(
    asPlannedAction(action),
    areas,
    personas.personas.map((p) => p.id),
  );
  if (problems.length > 0) throw new PshbError('INVALID_INPUT', problems.join('; '));
}

async function focusAreas(executor: Executor, year: number): Promise<DimensionId[]> {
  const focus = await currentFocus(executor, year);
  if (!focus)
    throw new PshbError(
      'CX_FOCUS_AREAS_NOT_CHOSEN',
      `FY${year} has no focus areas yet: choose the two focus areas before planning actions`,
    );
  return focus.areas as DimensionId[];
}

/** Seed 002 ¶1: adds a planned action to one of the year's focus areas. */
export async function addPlannedAction(
  executor: Executor,
  principal: Principal,
  raw: AddActionInput,
  context: ActionContext,
): Promise<ActionView> {
  const input = parseInput(addActionInput, raw);
  const framework = context.framework ?? loadMaturityFramework();
  const personas = context.personas ?? loadPersonas();
  const stamp = stampOf(principal, input.effectiveOn);
  const milestones = input.milestones.map((m) => ({ ...m, doneOn: m.doneOn ?? null }));
  const tx = executor;
  {
    await openAssessment(tx, framework, input.fiscalYear, stamp);
    const areas = await focusAreas(tx, input.fiscalYear);
    const candidate: StoredAction = {
      id: 0,
      key: input.key,
      focusArea: input.focusArea,
      title: input.title,
      description: input.description,
      personaId: input.personaId,
      owner: input.owner,
      status: input.status,
      author: stamp.author,
      effectiveOn: stamp.effectiveOn,
      recordedAt: new Date(),
      milestones,
    };
    check(candidate, areas, personas);
    if ((await plannedActionId(tx, input.fiscalYear, input.key, false)) !== undefined)
      throw new PshbError(
        'CX_ACTION_EXISTS',
        `key: FY${input.fiscalYear} already has a planned action "${input.key}"`,
      );
    const id = (await plannedActionId(tx, input.fiscalYear, input.key, true))!;
    await insertActionVersion(tx, id, candidate, stamp);
    await insertMilestones(tx, id, milestones, stamp);
    await appendMaturityEvent(
      tx,
      input.fiscalYear,
      'action_added',
      input.key,
      { ...candidate, id, recordedAt: undefined },
      stamp,
    );
    const stored = (await currentActions(tx, input.fiscalYear)).find((a) => a.id === id)!;
    return actionView(stored, context.asOf);
  }
}

/** Changes a planned action's fields, status or milestones: a new version; the earlier ones stay. */
export async function updatePlannedAction(
  executor: Executor,
  principal: Principal,
  raw: UpdateActionInput,
  context: ActionContext,
): Promise<ActionView> {
  const input = parseInput(updateActionInput, raw);
  const personas = context.personas ?? loadPersonas();
  const stamp = stampOf(principal, input.effectiveOn);
  const tx = executor;
  {
    const existing = (await currentActions(tx, input.fiscalYear)).find((a) => a.key === input.key);
    if (!existing)
      throw new PshbError('NOT_FOUND', `key: FY${input.fiscalYear} has no planned action "${input.key}"`);
    const areas = await focusAreas(tx, input.fiscalYear);
    const changedMilestones = input.milestones.map((m) => ({ ...m, doneOn: m.doneOn ?? null }));
    const milestones = [
      ...existing.milestones.filter((m) => !changedMilestones.some((c) => c.key === m.key)),
      ...changedMilestones,
    ];
    const next: StoredAction = {
      ...existing,
      ...(input.focusArea !== undefined ? { focusArea: input.focusArea } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.personaId !== undefined ? { personaId: input.personaId } : {}),
      ...(input.owner !== undefined ? { owner: input.owner } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      milestones,
    };
    check(next, areas, personas);
    await insertActionVersion(tx, existing.id, next, stamp);
    await insertMilestones(tx, existing.id, changedMilestones, stamp);
    const { fiscalYear: _year, key: _key, effectiveOn: _on, ...changes } = input;
    await appendMaturityEvent(tx, input.fiscalYear, 'action_updated', input.key, changes, stamp);
    const stored = (await currentActions(tx, input.fiscalYear)).find((a) => a.id === existing.id)!;
    return actionView(stored, context.asOf);
  }
}

/** The year's planned actions with their status on the program date, optionally of one focus area. */
export async function listPlannedActions(
  executor: Executor,
  year: number,
  asOf: string,
  focusArea?: string,
): Promise<ActionView[]> {
  const stored = await currentActions(executor, year);
  return stored
    .filter((a) => focusArea === undefined || a.focusArea === focusArea)
    .map((a) => actionView(a, asOf));
}
