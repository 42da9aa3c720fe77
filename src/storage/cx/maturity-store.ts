// The CX maturity self-assessment and action plans in the database (migration 0026): every change is a
// new row, and the reads pick the latest row of each kind (per dimension, per action, per milestone).
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type {
  CxActionStatusColumn,
  CxMaturityAssessmentTable,
  CxMaturityEventKind,
  CxMaturityEventTable,
} from '../tables/cx-maturity-tables.ts';

export type AssessmentRow = Selectable<CxMaturityAssessmentTable>;
export type MaturityEventRow = Selectable<CxMaturityEventTable>;

/** Who recorded a change, and the day it takes effect. */
export interface Stamp {
  readonly author: string;
  readonly effectiveOn: string;
}

export interface StoredEvidence {
  readonly label: string;
  readonly link: string;
}

export interface StoredRating {
  readonly id: number;
  readonly dimension: string;
  readonly rating: number;
  readonly summary: string;
  readonly author: string;
  readonly effectiveOn: string;
  readonly recordedAt: Date;
  readonly evidence: readonly StoredEvidence[];
}

export interface StoredFocus {
  readonly areas: readonly string[];
  readonly reason: string;
  readonly author: string;
  readonly effectiveOn: string;
  readonly recordedAt: Date;
}

export interface StoredMilestone {
  readonly key: string;
  readonly title: string;
  readonly dueOn: string;
  readonly doneOn: string | null;
}

export interface StoredAction {
  readonly id: number;
  readonly key: string;
  readonly focusArea: string;
  readonly title: string;
  readonly description: string;
  readonly personaId: string;
  readonly owner: string;
  readonly status: CxActionStatusColumn;
  readonly author: string;
  readonly effectiveOn: string;
  readonly recordedAt: Date;
  readonly milestones: readonly StoredMilestone[];
}

export async function readAssessmentRow(
  executor: Executor,
  fiscalYear: number,
): Promise<AssessmentRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('cx_maturity_assessment').selectAll().where('fiscal_year', '=', fiscalYear),
  );
  return row;
}

/** Opens the year's assessment; false when it was already open. */
export async function insertAssessment(
  executor: Executor,
  fiscalYear: number,
  framework: { readonly id: string; readonly version: string },
  author: string,
): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .insertInto('cx_maturity_assessment')
      .values({
        fiscal_year: fiscalYear,
        framework_id: framework.id,
        framework_version: framework.version,
        opened_by: author,
      })
      .onConflict((c) => c.column('fiscal_year').doNothing())
      .returning('fiscal_year'),
  );
  return rows.length === 1;
}

export async function listAssessmentYears(executor: Executor): Promise<AssessmentRow[]> {
  return execute(
    executor,
    sqlBuilder.selectFrom('cx_maturity_assessment').selectAll().orderBy('fiscal_year'),
  );
}

export async function insertRating(
  executor: Executor,
  fiscalYear: number,
  rating: { readonly dimension: string; readonly rating: number; readonly summary: string },
  evidence: readonly StoredEvidence[],
  stamp: Stamp,
): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('cx_maturity_rating')
      .values({
        fiscal_year: fiscalYear,
        dimension: rating.dimension,
        rating: rating.rating,
        summary: rating.summary,
        author: stamp.author,
        effective_on: stamp.effectiveOn,
      })
      .returning('id'),
  );
  const id = Number(row!.id);
  if (evidence.length > 0)
    await execute(
      executor,
      sqlBuilder
        .insertInto('cx_maturity_evidence')
        .values(evidence.map((e, position) => ({ rating_id: id, position, label: e.label, link: e.link }))),
    );
  return id;
}

/** The latest rating of each dimension with its evidence. */
export async function currentRatings(executor: Executor, fiscalYear: number): Promise<StoredRating[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_maturity_rating')
      .selectAll()
      .distinctOn('dimension')
      .where('fiscal_year', '=', fiscalYear)
      .orderBy('dimension')
      .orderBy('id', 'desc'),
  );
  if (rows.length === 0) return [];
  const evidence = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_maturity_evidence')
      .selectAll()
      .where(
        'rating_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('rating_id')
      .orderBy('position'),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    dimension: r.dimension,
    rating: Number(r.rating),
    summary: r.summary,
    author: r.author,
    effectiveOn: r.effective_on,
    recordedAt: r.recorded_at,
    evidence: evidence
      .filter((e) => Number(e.rating_id) === Number(r.id))
      .map((e) => ({ label: e.label, link: e.link })),
  }));
}

export async function insertFocus(
  executor: Executor,
  fiscalYear: number,
  areas: readonly string[],
  reason: string,
  stamp: Stamp,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder.insertInto('cx_maturity_focus').values({
      fiscal_year: fiscalYear,
      areas: [...areas],
      reason,
      author: stamp.author,
      effective_on: stamp.effectiveOn,
    }),
  );
}

export async function currentFocus(executor: Executor, fiscalYear: number): Promise<StoredFocus | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_maturity_focus')
      .selectAll()
      .where('fiscal_year', '=', fiscalYear)
      .orderBy('id', 'desc')
      .limit(1),
  );
  return row
    ? {
        areas: row.areas,
        reason: row.reason,
        author: row.author,
        effectiveOn: row.effective_on,
        recordedAt: row.recorded_at,
      }
    : undefined;
}

/** The id of the year's planned action with this key, creating its identity when new. */
export async function plannedActionId(
  executor: Executor,
  fiscalYear: number,
  key: string,
  create: boolean,
): Promise<number | undefined> {
  if (create) {
    const [made] = await execute(
      executor,
      sqlBuilder
        .insertInto('cx_planned_action')
        .values({ fiscal_year: fiscalYear, action_key: key })
        .onConflict((c) => c.columns(['fiscal_year', 'action_key']).doNothing())
        .returning('id'),
    );
    if (made) return Number(made.id);
  }
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_planned_action')
      .select('id')
      .where('fiscal_year', '=', fiscalYear)
      .where('action_key', '=', key),
  );
  return row ? Number(row.id) : undefined;
}

export interface ActionVersionInsert {
  readonly focusArea: string;
  readonly title: string;
  readonly description: string;
  readonly personaId: string;
  readonly owner: string;
  readonly status: CxActionStatusColumn;
}

export async function insertActionVersion(
  executor: Executor,
  actionId: number,
  version: ActionVersionInsert,
  stamp: Stamp,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder.insertInto('cx_planned_action_version').values({
      action_id: actionId,
      focus_area: version.focusArea,
      title: version.title,
      description: version.description,
      persona_id: version.personaId,
      owner: version.owner,
      status: version.status,
      author: stamp.author,
      effective_on: stamp.effectiveOn,
    }),
  );
}

export async function insertMilestones(
  executor: Executor,
  actionId: number,
  milestones: readonly StoredMilestone[],
  stamp: Stamp,
): Promise<void> {
  if (milestones.length === 0) return;
  await execute(
    executor,
    sqlBuilder.insertInto('cx_action_milestone').values(
      milestones.map((m) => ({
        action_id: actionId,
        milestone_key: m.key,
        title: m.title,
        due_on: m.dueOn,
        done_on: m.doneOn,
        author: stamp.author,
        effective_on: stamp.effectiveOn,
      })),
    ),
  );
}

/** The year's planned actions as they stand: the latest version of each, its latest milestones. */
export async function currentActions(executor: Executor, fiscalYear: number): Promise<StoredAction[]> {
  const versions = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_planned_action as a')
      .innerJoin('cx_planned_action_version as v', 'v.action_id', 'a.id')
      .distinctOn('a.id')
      .select([
        'a.id',
        'a.action_key',
        'v.focus_area',
        'v.title',
        'v.description',
        'v.persona_id',
        'v.owner',
        'v.status',
        'v.author',
        'v.effective_on',
        'v.recorded_at',
      ])
      .where('a.fiscal_year', '=', fiscalYear)
      .orderBy('a.id')
      .orderBy('v.id', 'desc'),
  );
  if (versions.length === 0) return [];
  const milestones = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_action_milestone')
      .distinctOn(['action_id', 'milestone_key'])
      .selectAll()
      .where(
        'action_id',
        'in',
        versions.map((v) => v.id),
      )
      .orderBy('action_id')
      .orderBy('milestone_key')
      .orderBy('id', 'desc'),
  );
  return versions.map((v) => ({
    id: Number(v.id),
    key: v.action_key,
    focusArea: v.focus_area,
    title: v.title,
    description: v.description,
    personaId: v.persona_id,
    owner: v.owner,
    status: v.status,
    author: v.author,
    effectiveOn: v.effective_on,
    recordedAt: v.recorded_at,
    milestones: milestones
      .filter((m) => Number(m.action_id) === Number(v.id))
      .map((m) => ({ key: m.milestone_key, title: m.title, dueOn: m.due_on, doneOn: m.done_on }))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key)),
  }));
}

export async function appendMaturityEvent(
  executor: Executor,
  fiscalYear: number,
  kind: CxMaturityEventKind,
  subject: string,
  detail: unknown,
  stamp: Stamp,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder.insertInto('cx_maturity_event').values({
      fiscal_year: fiscalYear,
      kind,
      subject,
      detail: JSON.stringify(detail),
      author: stamp.author,
      effective_on: stamp.effectiveOn,
    }),
  );
}

export async function listMaturityEvents(
  executor: Executor,
  fiscalYear: number,
): Promise<MaturityEventRow[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('cx_maturity_event')
      .selectAll()
      .where('fiscal_year', '=', fiscalYear)
      .orderBy('id'),
  );
}
