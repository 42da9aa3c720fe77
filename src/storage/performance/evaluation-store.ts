// Carrier performance evaluations (migration 0022): one row per carrier (or plan), contract year and
// method, holding its current state and the engine's proposal, and its history as events that are
// only ever added. The state moves by compare-and-set: a change names the state it expects, so of two
// concurrent changes one wins and the other finds the state moved.
import { sql, type Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type {
  PerformanceEvaluationEventTable,
  PerformanceEvaluationState,
  PerformanceEvaluationTable,
} from '../tables/performance-tables.ts';

export type EvaluationRow = Selectable<PerformanceEvaluationTable>;
export type EvaluationEventRow = Selectable<PerformanceEvaluationEventTable>;

export interface NewEvaluation {
  readonly carrierCode: string;
  readonly planCode: string | null;
  readonly contractYear: number;
  readonly methodId: string;
  readonly methodVersion: string;
  readonly premiumBaseCents: number;
  readonly premiumBaseKind: 'computed' | 'imported';
  readonly premiumBaseSource: string;
  readonly proposal: unknown;
  readonly createdBy: string;
}

export interface NewEvaluationEvent {
  readonly evaluationId: number;
  readonly kind: string;
  readonly elementId?: string | null;
  /** A factor as a decimal string or number (0.007 stays 0.007: numeric(10, 6)). */
  readonly factor?: string | number | null;
  readonly amountCents?: number | null;
  readonly reason?: string | null;
  readonly author: string;
  readonly detail?: Readonly<Record<string, unknown>>;
  /** The day the step takes effect (YYYY-MM-DD). */
  readonly effectiveOn: string;
}

export interface EvaluationFilter {
  /** Only these carriers (a carrier user's scope); every carrier when absent. */
  readonly carrierCodes?: readonly string[];
  readonly contractYear?: number;
  readonly state?: PerformanceEvaluationState;
  readonly methodId?: string;
  /** Rows with an id above this one (the next page). */
  readonly afterId?: number;
  readonly limit: number;
}

/**
 * Inserts the evaluation unless one already exists for the carrier, plan, year and method; answers
 * the row either way, with `created` false when it was there before.
 */
export async function insertEvaluation(
  executor: Executor,
  evaluation: NewEvaluation,
): Promise<{ row: EvaluationRow; created: boolean }> {
  const inserted = await execute(
    executor,
    sqlBuilder
      .insertInto('performance_evaluation')
      .values({
        carrier_code: evaluation.carrierCode,
        plan_code: evaluation.planCode,
        contract_year: evaluation.contractYear,
        method_id: evaluation.methodId,
        method_version: evaluation.methodVersion,
        state: 'proposed',
        premium_base_cents: evaluation.premiumBaseCents,
        premium_base_kind: evaluation.premiumBaseKind,
        premium_base_source: evaluation.premiumBaseSource,
        proposal: JSON.stringify(evaluation.proposal),
        created_by: evaluation.createdBy,
      })
      .onConflict((conflict) =>
        conflict
          .expression(sql`carrier_code, coalesce(plan_code, ''), contract_year, method_id` as never)
          .doNothing(),
      )
      .returningAll(),
  );
  if (inserted[0]) return { row: normalized(inserted[0]), created: true };
  const existing = await findEvaluationFor(executor, evaluation);
  if (!existing) throw new Error('performance_evaluation: the existing row vanished after a conflict');
  return { row: existing, created: false };
}

/** bigint columns come back as strings on PostgreSQL: numbers here. */
function normalized(row: EvaluationRow): EvaluationRow {
  return { ...row, id: Number(row.id), premium_base_cents: Number(row.premium_base_cents) };
}

/** The evaluation of a carrier (or plan), year and method, if there is one. */
export async function findEvaluationFor(
  executor: Executor,
  key: Pick<NewEvaluation, 'carrierCode' | 'planCode' | 'contractYear' | 'methodId'>,
): Promise<EvaluationRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('performance_evaluation')
      .selectAll()
      .where('carrier_code', '=', key.carrierCode)
      .where(sql<string>`coalesce(plan_code, '')`, '=', key.planCode ?? '')
      .where('contract_year', '=', key.contractYear)
      .where('method_id', '=', key.methodId),
  );
  return row ? normalized(row) : undefined;
}

export async function findEvaluation(executor: Executor, id: number): Promise<EvaluationRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('performance_evaluation').selectAll().where('id', '=', id),
  );
  return row ? normalized(row) : undefined;
}

/** Locks the evaluation's row until the transaction ends, so changes to one evaluation queue. */
export async function lockEvaluation(executor: Executor, id: number): Promise<EvaluationRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('performance_evaluation').selectAll().where('id', '=', id).forUpdate(),
  );
  return row ? normalized(row) : undefined;
}

/** Evaluations in id order, at most `limit`, after `afterId` when given. */
export async function listEvaluations(
  executor: Executor,
  filter: EvaluationFilter,
): Promise<EvaluationRow[]> {
  let query = sqlBuilder.selectFrom('performance_evaluation').selectAll();
  if (filter.carrierCodes !== undefined) {
    if (filter.carrierCodes.length === 0) return [];
    query = query.where('carrier_code', 'in', [...filter.carrierCodes]);
  }
  if (filter.contractYear !== undefined) query = query.where('contract_year', '=', filter.contractYear);
  if (filter.state !== undefined) query = query.where('state', '=', filter.state);
  if (filter.methodId !== undefined) query = query.where('method_id', '=', filter.methodId);
  if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId);
  const rows = await execute(executor, query.orderBy('id').limit(filter.limit));
  return rows.map(normalized);
}

/** Appends one event to the evaluation's history; returns its id. */
export async function appendEvaluationEvent(executor: Executor, event: NewEvaluationEvent): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('performance_evaluation_event')
      .values({
        evaluation_id: event.evaluationId,
        kind: event.kind,
        element_id: event.elementId ?? null,
        factor: event.factor ?? null,
        amount_cents: event.amountCents ?? null,
        reason: event.reason ?? null,
        author: event.author,
        detail: JSON.stringify(event.detail ?? {}),
        effective_on: event.effectiveOn,
      })
      .returning('id'),
  );
  return Number(row?.id);
}

/** The evaluation's events, oldest first. */
export async function listEvaluationEvents(
  executor: Executor,
  evaluationId: number,
): Promise<EvaluationEventRow[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('performance_evaluation_event')
      .selectAll()
      .where('evaluation_id', '=', evaluationId)
      .orderBy('id'),
  );
  return rows.map(normalizedEvent);
}

/** The events of several evaluations, oldest first (a summary table's trend). */
export async function listEventsOfEvaluations(
  executor: Executor,
  evaluationIds: readonly number[],
  kinds?: readonly string[],
): Promise<EvaluationEventRow[]> {
  if (evaluationIds.length === 0) return [];
  let query = sqlBuilder
    .selectFrom('performance_evaluation_event')
    .selectAll()
    .where('evaluation_id', 'in', [...evaluationIds]);
  if (kinds !== undefined && kinds.length > 0) query = query.where('kind', 'in', [...kinds]);
  const rows = await execute(executor, query.orderBy('id'));
  return rows.map(normalizedEvent);
}

function normalizedEvent(row: EvaluationEventRow): EvaluationEventRow {
  const effective = row.effective_on as unknown;
  return {
    ...row,
    id: Number(row.id),
    evaluation_id: Number(row.evaluation_id),
    amount_cents: row.amount_cents === null ? null : Number(row.amount_cents),
    // numeric(10, 6) as the shortest decimal, whichever way the driver spells it ('0.007000' or '0.007').
    factor: row.factor === null ? null : String(Number(row.factor)),
    effective_on:
      effective instanceof Date ? effective.toISOString().slice(0, 10) : String(effective).slice(0, 10),
  };
}

/**
 * Moves the evaluation from `from` to `to`; false when it was not in `from` (another change moved it
 * first, or it never was), and then nothing changed.
 */
export async function setEvaluationState(
  executor: Executor,
  id: number,
  from: PerformanceEvaluationState,
  to: PerformanceEvaluationState,
): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .updateTable('performance_evaluation')
      .set({ state: to })
      .where('id', '=', id)
      .where('state', '=', from)
      .returning('id'),
  );
  return rows.length === 1;
}

/** The evaluations of the carriers, every contract year, for a trend over the years. */
export async function evaluationsOfCarriers(
  executor: Executor,
  carrierCodes: readonly string[],
): Promise<EvaluationRow[]> {
  if (carrierCodes.length === 0) return [];
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('performance_evaluation')
      .selectAll()
      .where('carrier_code', 'in', [...carrierCodes])
      .orderBy('carrier_code')
      .orderBy('contract_year')
      .orderBy('id'),
  );
  return rows.map(normalized);
}
