// The yearly CX maturity self-assessment (OMB Circular A-11, Section 280; seed 002; docs/cx-maturity.md):
// rate each of the five dimensions with evidence, choose the two focus areas, and read the year as it
// stands: ratings, completeness, focus areas, planned actions with their computed status, the spring
// progress summary and the history of every change. Each change is appended, never overwritten.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isoDate } from '../../domain/dates.ts';
import { PshbError } from '../../errors.ts';
import type { Decision } from '../../rules/decision.ts';
import { actionPlanReadiness, actionStatus, type PlannedAction } from '../../rules/cx/maturity-actions.ts';
import {
  assessmentCompleteness,
  focusAreaChoice,
  ratingProblems,
} from '../../rules/cx/maturity-assessment.ts';
import {
  evidenceLink,
  maturityFramework,
  personaCatalogue,
  type ActionStatus,
  type DimensionId,
  type MaturityFramework,
  type PersonaCatalogue,
} from '../../rules/cx/maturity-framework.ts';
import { progressSummary, type ProgressSummary } from '../../rules/cx/maturity-progress.ts';
import type { Principal } from '../../security/principal.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  appendMaturityEvent,
  currentActions,
  currentFocus,
  currentRatings,
  insertAssessment,
  insertFocus,
  insertRating,
  listMaturityEvents,
  readAssessmentRow,
  type Stamp,
  type StoredAction,
  type StoredEvidence,
} from '../../storage/cx/maturity-store.ts';

const CX_DIR = fileURLToPath(new URL('../../../reference-data/cx/', import.meta.url));

function readJson<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PshbError('INVALID_FILE', `${path}: (file): cannot read JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new PshbError(
      'INVALID_FILE',
      parsed.error.issues.map((i) => `${path}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
    );
  return parsed.data;
}

/** The five dimensions and their scale (reference-data/cx/maturity-framework.json). */
export function loadMaturityFramework(dir: string = CX_DIR): MaturityFramework {
  return readJson(`${dir}/maturity-framework.json`, maturityFramework);
}

/** The synthetic personas planned actions are tied to (reference-data/cx/personas.json). */
export function loadPersonas(dir: string = CX_DIR): PersonaCatalogue {
  return readJson(`${dir}/personas.json`, personaCatalogue);
}

export const fiscalYear = z.coerce.number().int().min(2000).max(2100);

export const ratingInput = z.strictObject({
  fiscalYear,
  dimension: z.string().min(1),
  rating: z.number().int(),
  summary: z.string().max(4000).default(''),
  evidence: z.array(evidenceLink).max(50),
  effectiveOn: isoDate,
});
export type RatingInput = z.input<typeof ratingInput>;

export const focusInput = z.strictObject({
  fiscalYear,
  areas: z.array(z.string().min(1)).max(10),
  reason: z.string().max(4000).default(''),
  effectiveOn: isoDate,
});
export type FocusInput = z.input<typeof focusInput>;

/** Parses an operation's input; a bad value is refused naming its field, nothing changed. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new PshbError(
    'INVALID_INPUT',
    parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; '),
  );
}

export function stampOf(principal: Principal, effectiveOn: string): Stamp {
  return { author: principal.subject, effectiveOn };
}

/** Opens the year's assessment on its first change (the journal says so once). */
export async function openAssessment(
  executor: Executor,
  framework: MaturityFramework,
  year: number,
  stamp: Stamp,
): Promise<void> {
  if (await insertAssessment(executor, year, framework, stamp.author))
    await appendMaturityEvent(
      executor,
      year,
      'assessment_opened',
      `FY${year}`,
      { frameworkId: framework.id, frameworkVersion: framework.version },
      stamp,
    );
}

export interface RatingView {
  readonly dimension: DimensionId;
  readonly name: string;
  readonly rating: number;
  readonly label: string;
  readonly summary: string;
  readonly evidence: readonly StoredEvidence[];
  readonly author: string;
  readonly effectiveOn: string;
  readonly recordedAt: string;
}

/** A-11 Section 280: records one dimension's rating with its evidence (a new row; the old one stays). */
export async function recordRating(
  executor: Executor,
  principal: Principal,
  raw: RatingInput,
  framework: MaturityFramework = loadMaturityFramework(),
): Promise<{ rating: RatingView; completeness: Decision }> {
  const input = parseInput(ratingInput, raw);
  const problems = ratingProblems(framework, input.dimension, input.rating, input.evidence);
  if (problems.length > 0) throw new PshbError('INVALID_INPUT', problems.join('; '));
  const stamp = stampOf(principal, input.effectiveOn);
  const tx = executor;
  {
    await openAssessment(tx, framework, input.fiscalYear, stamp);
    await insertRating(tx, input.fiscalYear, input, input.evidence, stamp);
    await appendMaturityEvent(
      tx,
      input.fiscalYear,
      'rated',
      input.dimension,
      { rating: input.rating, summary: input.summary, evidence: input.evidence },
      stamp,
    );
    const ratings = await ratingViews(tx, framework, input.fiscalYear);
    const rating = ratings.find((r) => r.dimension === input.dimension)!;
    return { rating, completeness: assessmentCompleteness(framework, input.fiscalYear, ratings) };
  }
}

/** Seed 002 ¶1: records the year's two focus areas (a new choice replaces the old one as current). */
export async function chooseFocusAreas(
  executor: Executor,
  principal: Principal,
  raw: FocusInput,
  framework: MaturityFramework = loadMaturityFramework(),
): Promise<{ areas: readonly DimensionId[]; decision: Decision }> {
  const input = parseInput(focusInput, raw);
  const made = focusAreaChoice(framework, input.fiscalYear, input.areas);
  if (made.outcome === 'refused') throw new PshbError('INVALID_INPUT', made.problems.join('; '));
  const stamp = stampOf(principal, input.effectiveOn);
  {
    const tx = executor;
    await openAssessment(tx, framework, input.fiscalYear, stamp);
    await insertFocus(tx, input.fiscalYear, input.areas, input.reason, stamp);
    await appendMaturityEvent(
      tx,
      input.fiscalYear,
      'focus_chosen',
      input.areas.join(','),
      { areas: input.areas, reason: input.reason },
      stamp,
    );
  }
  return { areas: input.areas as DimensionId[], decision: made };
}

async function ratingViews(
  executor: Executor,
  framework: MaturityFramework,
  year: number,
): Promise<RatingView[]> {
  const stored = await currentRatings(executor, year);
  return framework.dimensions.flatMap((d) => {
    const r = stored.find((s) => s.dimension === d.id);
    if (!r) return [];
    return [
      {
        dimension: d.id,
        name: d.name,
        rating: r.rating,
        label: framework.scale.find((s) => s.rating === r.rating)?.label ?? String(r.rating),
        summary: r.summary,
        evidence: r.evidence,
        author: r.author,
        effectiveOn: r.effectiveOn,
        recordedAt: r.recordedAt.toISOString(),
      },
    ];
  });
}

export interface ActionView {
  readonly key: string;
  readonly focusArea: DimensionId;
  readonly title: string;
  readonly description: string;
  readonly personaId: string;
  readonly owner: string;
  readonly recordedStatus: StoredAction['status'];
  readonly status: ActionStatus;
  readonly statusExplanation: string;
  readonly milestones: StoredAction['milestones'];
  readonly author: string;
  readonly effectiveOn: string;
  readonly recordedAt: string;
}

export function asPlannedAction(a: StoredAction): PlannedAction {
  return {
    key: a.key,
    focusArea: a.focusArea as DimensionId,
    title: a.title,
    personaId: a.personaId,
    owner: a.owner,
    status: a.status,
    milestones: a.milestones,
  };
}

export function actionView(a: StoredAction, programDate: string): ActionView {
  const made = actionStatus(asPlannedAction(a), programDate);
  return {
    key: a.key,
    focusArea: a.focusArea as DimensionId,
    title: a.title,
    description: a.description,
    personaId: a.personaId,
    owner: a.owner,
    recordedStatus: a.status,
    status: made.outcome,
    statusExplanation: made.explanation,
    milestones: a.milestones,
    author: a.author,
    effectiveOn: a.effectiveOn,
    recordedAt: a.recordedAt.toISOString(),
  };
}

export interface MaturityHistoryEntry {
  readonly kind: string;
  readonly subject: string;
  readonly detail: unknown;
  readonly author: string;
  readonly effectiveOn: string;
  readonly recordedAt: string;
}

export interface MaturityView {
  readonly fiscalYear: number;
  readonly framework: { readonly id: string; readonly version: string };
  readonly asOf: string;
  readonly ratings: readonly RatingView[];
  readonly completeness: Decision & { readonly missing: readonly DimensionId[] };
  readonly focus: {
    readonly areas: readonly DimensionId[];
    readonly reason: string;
    readonly author: string;
    readonly effectiveOn: string;
  } | null;
  readonly actions: readonly ActionView[];
  readonly readiness: Decision & { readonly gaps: readonly string[] };
  readonly progress: ProgressSummary;
  readonly history: readonly MaturityHistoryEntry[];
}

/** The year as it stands on `asOf` (the program date): NOT_FOUND when nothing was recorded for it. */
export async function readMaturity(
  executor: Executor,
  year: number,
  asOf: string,
  framework: MaturityFramework = loadMaturityFramework(),
): Promise<MaturityView> {
  const opened = await readAssessmentRow(executor, year);
  if (!opened) throw new PshbError('NOT_FOUND', `no CX maturity self-assessment for FY${year}`);
  const [ratings, focus, stored, events] = [
    await ratingViews(executor, framework, year),
    await currentFocus(executor, year),
    await currentActions(executor, year),
    await listMaturityEvents(executor, year),
  ];
  const areas = (focus?.areas ?? []) as DimensionId[];
  const planned = stored.map(asPlannedAction);
  return {
    fiscalYear: year,
    framework: { id: opened.framework_id, version: opened.framework_version },
    asOf,
    ratings,
    completeness: assessmentCompleteness(framework, year, ratings),
    focus: focus
      ? { areas, reason: focus.reason, author: focus.author, effectiveOn: focus.effectiveOn }
      : null,
    actions: stored.map((a) => actionView(a, asOf)),
    readiness: actionPlanReadiness(framework, year, areas, planned),
    progress: progressSummary(framework, year, planned, asOf),
    history: events.map((e) => ({
      kind: e.kind,
      subject: e.subject,
      detail: e.detail,
      author: e.author,
      effectiveOn: e.effective_on,
      recordedAt: e.recorded_at.toISOString(),
    })),
  };
}
