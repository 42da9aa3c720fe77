// Storage of carrier performance due process (migration 0023): the notices, the money ledger and the
// requests for reconsideration. The evaluation itself, its events and its compare-and-set state are
// evaluation-store.ts's.
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type {
  PerformanceMoneyKind,
  PerformanceMoneyTable,
  PerformanceNoticeKind,
  PerformanceNoticeTable,
  PerformanceReconsiderationOutcome,
  PerformanceReconsiderationTable,
} from '../tables/performance-due-process-tables.ts';
import type { PerformanceEvaluationState } from '../tables/performance-tables.ts';
import type { EvaluationRow } from './evaluation-store.ts';

// The evaluation's own statements, as due process uses them.
export {
  appendEvaluationEvent,
  findEvaluation,
  listEvaluationEvents,
  lockEvaluation,
  setEvaluationState,
  type EvaluationEventRow,
  type EvaluationRow,
} from './evaluation-store.ts';

export type NoticeRow = Selectable<PerformanceNoticeTable>;
export type MoneyRow = Selectable<PerformanceMoneyTable>;
export type ReconsiderationRow = Selectable<PerformanceReconsiderationTable>;

/** Evaluations in a state, oldest first (the overdue rebate check reads the final ones). */
export async function listEvaluationsInState(
  executor: Executor,
  state: PerformanceEvaluationState,
): Promise<EvaluationRow[]> {
  const rows = await execute(
    executor,
    sqlBuilder.selectFrom('performance_evaluation').selectAll().where('state', '=', state).orderBy('id'),
  );
  return rows.map((row) => ({
    ...row,
    id: Number(row.id),
    premium_base_cents: Number(row.premium_base_cents),
  }));
}

export interface NewNotice {
  readonly evaluationId: number;
  readonly kind: PerformanceNoticeKind;
  readonly issuedOn: string;
  readonly responseDueOn: string | null;
  readonly document: unknown;
  readonly sha256: string;
  readonly issuedBy: string;
}

/** The notice, or undefined when one of its kind was already issued for the evaluation. */
export async function insertNotice(executor: Executor, notice: NewNotice): Promise<NoticeRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('performance_notice')
      .values({
        evaluation_id: notice.evaluationId,
        kind: notice.kind,
        issued_on: notice.issuedOn,
        response_due_on: notice.responseDueOn,
        document: JSON.stringify(notice.document),
        sha256: notice.sha256,
        issued_by: notice.issuedBy,
      })
      .onConflict((oc) => oc.columns(['evaluation_id', 'kind']).doNothing())
      .returningAll(),
  );
  return row;
}

export async function findNotice(executor: Executor, id: number): Promise<NoticeRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('performance_notice').selectAll().where('id', '=', id),
  );
  return row;
}

export function listNotices(executor: Executor, evaluationId: number): Promise<NoticeRow[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('performance_notice')
      .selectAll()
      .where('evaluation_id', '=', evaluationId)
      .orderBy('id'),
  );
}

export interface NewMoneyEntry {
  readonly evaluationId: number;
  readonly kind: PerformanceMoneyKind;
  readonly amountCents: number;
  readonly on: string;
  readonly paymentNumber: number | null;
  readonly reference: string | null;
  readonly entryKey: string;
  readonly recordedBy: string;
}

/** Appends the entry; undefined when the same entry (evaluation, kind, key) was recorded before. */
export async function insertMoneyEntry(
  executor: Executor,
  entry: NewMoneyEntry,
): Promise<MoneyRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('performance_money')
      .values({
        evaluation_id: entry.evaluationId,
        kind: entry.kind,
        amount_cents: entry.amountCents,
        on_date: entry.on,
        payment_number: entry.paymentNumber,
        reference: entry.reference,
        entry_key: entry.entryKey,
        recorded_by: entry.recordedBy,
      })
      .onConflict((oc) => oc.columns(['evaluation_id', 'kind', 'entry_key']).doNothing())
      .returningAll(),
  );
  return row;
}

export async function findMoneyEntry(
  executor: Executor,
  evaluationId: number,
  kind: PerformanceMoneyKind,
  entryKey: string,
): Promise<MoneyRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('performance_money')
      .selectAll()
      .where('evaluation_id', '=', evaluationId)
      .where('kind', '=', kind)
      .where('entry_key', '=', entryKey),
  );
  return row;
}

export function listMoneyEntries(executor: Executor, evaluationId: number): Promise<MoneyRow[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('performance_money')
      .selectAll()
      .where('evaluation_id', '=', evaluationId)
      .orderBy('id'),
  );
}

export interface NewReconsideration {
  readonly evaluationId: number;
  readonly elementId: string | null;
  readonly grounds: string;
  readonly evidence: unknown;
  readonly requestedBy: string;
  readonly requestedOn: string;
}

export async function insertReconsideration(
  executor: Executor,
  request: NewReconsideration,
): Promise<ReconsiderationRow> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('performance_reconsideration')
      .values({
        evaluation_id: request.evaluationId,
        element_id: request.elementId,
        grounds: request.grounds,
        evidence: JSON.stringify(request.evidence ?? []),
        requested_by: request.requestedBy,
        requested_on: request.requestedOn,
      })
      .returningAll(),
  );
  return row!;
}

export function listReconsiderations(
  executor: Executor,
  evaluationId: number,
): Promise<ReconsiderationRow[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('performance_reconsideration')
      .selectAll()
      .where('evaluation_id', '=', evaluationId)
      .orderBy('id'),
  );
}

export interface ReconsiderationDecision {
  readonly decidedOn: string;
  readonly outcome: PerformanceReconsiderationOutcome;
  readonly reason: string;
  readonly decidedBy: string;
  readonly factors: readonly { readonly elementId: string; readonly factor: number }[];
}

/** Records the decision on a request still open; undefined when it was decided already. */
export async function recordReconsiderationDecision(
  executor: Executor,
  id: number,
  decided: ReconsiderationDecision,
): Promise<ReconsiderationRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .updateTable('performance_reconsideration')
      .set({
        decided_on: decided.decidedOn,
        outcome: decided.outcome,
        decision_reason: decided.reason,
        decided_by: decided.decidedBy,
        decided_factors: JSON.stringify(decided.factors),
      })
      .where('id', '=', id)
      .where('decided_on', 'is', null)
      .returningAll(),
  );
  return row;
}
