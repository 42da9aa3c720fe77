// What every due-process step does the same way: find the evaluation, check who acts (the carrier on
// its own evaluation, the contracting officer on all) and write that to the audit log, allowed or
// refused; then, in one transaction with the evaluation locked, check the state allows the step, do
// it, append its event and move the state only if no other step moved it first.
import type { IsoDate } from '../../../domain/dates.ts';
import { PshbError } from '../../../errors.ts';
import {
  actorAllowed,
  nextState,
  stepAllowed,
  type DueProcessActor,
  type DueProcessState,
  type DueProcessStep,
} from '../../../rules/carrier-performance/due-process/index.ts';
import type {
  AcceptedFactor,
  EvaluationProposal,
} from '../../../rules/carrier-performance/performance-types.ts';
import { executorOf, type Executor } from '../../../storage/executor.ts';
import {
  lockEvaluation,
  setEvaluationState,
  findEvaluation,
  type EvaluationEventRow,
  type EvaluationRow,
} from '../../../storage/performance/due-process-store.ts';
import { insertAuditEntries } from '../../../storage/security/audit-log.ts';
import type { Store } from '../../../storage/store.ts';

export interface StepContext {
  /** The day the step is taken (the program date). */
  readonly today: IsoDate;
  readonly requestId?: string;
}

/** The access policy's names (src/security/access-policy.ts), so one audit query finds every step. */
const AUDIT_KIND = 'performance';

function auditAction(step: DueProcessStep, actor: DueProcessActor): string {
  if (step === 'read') return 'performance.read';
  if (actor.role === 'carrier') return 'performance.respond';
  return 'performance.evaluate';
}

function auditEntry(
  actor: DueProcessActor,
  step: DueProcessStep,
  resourceId: string,
  purpose: string,
  outcome: 'allowed' | 'refused',
  reason: string,
  requestId: string | undefined,
) {
  return {
    subject: actor.subject,
    role: actor.role,
    action: auditAction(step, actor),
    resourceKind: AUDIT_KIND,
    resourceId,
    purpose: `${purpose} (${step})`,
    outcome,
    reason,
    requestId,
  };
}

async function evaluationOrNotFound(executor: Executor, id: number): Promise<EvaluationRow> {
  const evaluation = await findEvaluation(executor, id);
  if (!evaluation)
    throw new PshbError('NOT_FOUND', `no carrier performance evaluation ${id}`, [
      { field: 'evaluationId', message: 'no such evaluation' },
    ]);
  return evaluation;
}

/** Checks the actor and writes the audit entry; a refusal is recorded and thrown as FORBIDDEN. */
export async function authorizeStep(
  store: Store,
  actor: DueProcessActor,
  step: DueProcessStep,
  evaluationId: number,
  purpose: string,
  context: Pick<StepContext, 'requestId'>,
): Promise<EvaluationRow> {
  const evaluation = await evaluationOrNotFound(executorOf(store), evaluationId);
  const allowed = actorAllowed(step, actor, evaluation.carrier_code);
  if (allowed.outcome === 'refused') {
    await insertAuditEntries(executorOf(store), [
      auditEntry(
        actor,
        step,
        String(evaluationId),
        purpose,
        'refused',
        allowed.explanation,
        context.requestId,
      ),
    ]);
    throw new PshbError('FORBIDDEN', `${step} refused: ${allowed.explanation}`);
  }
  return evaluation;
}

/**
 * Runs a changing step: the actor checked and audited, then `work` in a transaction with the
 * evaluation locked. The audit entry commits with the change.
 */
export async function runStep<T>(
  store: Store,
  actor: DueProcessActor,
  step: DueProcessStep,
  evaluationId: number,
  purpose: string,
  context: StepContext,
  work: (tx: Executor, evaluation: EvaluationRow) => Promise<T>,
): Promise<T> {
  await authorizeStep(store, actor, step, evaluationId, purpose, { requestId: context.requestId });
  return store.transaction(async (tx) => {
    const evaluation = await lockEvaluation(tx, evaluationId);
    if (!evaluation) throw new PshbError('NOT_FOUND', `no carrier performance evaluation ${evaluationId}`);
    await insertAuditEntries(tx, [
      auditEntry(actor, step, String(evaluationId), purpose, 'allowed', 'allowed', context.requestId),
    ]);
    return work(tx, evaluation);
  });
}

/** Reads are audited like every read of an evaluation. */
export async function authorizeRead(
  store: Store,
  actor: DueProcessActor,
  evaluationId: number,
  purpose: string,
  context: Pick<StepContext, 'requestId'> = {},
): Promise<EvaluationRow> {
  const evaluation = await authorizeStep(store, actor, 'read', evaluationId, purpose, context);
  await insertAuditEntries(executorOf(store), [
    auditEntry(actor, 'read', String(evaluationId), purpose, 'allowed', 'allowed', context.requestId),
  ]);
  return evaluation;
}

/** PERFORMANCE_EVALUATION_STATE, explained, when the state does not allow the step. */
export function requireState(step: DueProcessStep, evaluation: EvaluationRow): DueProcessState {
  const state = evaluation.state;
  const allowed = stepAllowed(step, state);
  if (allowed.outcome === 'refused')
    throw new PshbError(
      'PERFORMANCE_EVALUATION_STATE',
      `evaluation ${evaluation.id}: ${allowed.explanation}`,
    );
  return nextState(step, state)!;
}

/** Moves the state from what the step found to `to`; CONFLICT when another step moved it first. */
export async function moveState(tx: Executor, evaluation: EvaluationRow, to: DueProcessState): Promise<void> {
  if (evaluation.state === to) return;
  if (!(await setEvaluationState(tx, Number(evaluation.id), evaluation.state, to)))
    throw new PshbError(
      'CONFLICT',
      `evaluation ${evaluation.id} changed while this step was taken (it was ${evaluation.state}); read it again`,
    );
}

export const proposalOf = (evaluation: EvaluationRow): EvaluationProposal =>
  (typeof evaluation.proposal === 'string'
    ? JSON.parse(evaluation.proposal)
    : evaluation.proposal) as EvaluationProposal;

export interface CurrentFactor extends AcceptedFactor {
  readonly label: string;
  readonly maxFactor: number;
  readonly proposedFactor: number;
  readonly reason: string;
  readonly author: string;
  readonly citations: readonly string[];
  /** 'proposal', 'factor_decided' or 'reconsideration_decided'. */
  readonly source: string;
}

/**
 * The current factor of each element: the latest 'factor_decided' or 'reconsideration_decided' event
 * with its element id, else the engine's proposal.
 */
export function currentFactors(
  proposal: EvaluationProposal,
  events: readonly EvaluationEventRow[],
): CurrentFactor[] {
  return proposal.elements.map((element) => {
    const latest = events
      .filter(
        (e) =>
          (e.kind === 'factor_decided' || e.kind === 'reconsideration_decided') &&
          e.element_id === element.elementId &&
          e.factor !== null,
      )
      .at(-1);
    return {
      elementId: element.elementId,
      label: element.label,
      maxFactor: element.maxFactor,
      proposedFactor: element.proposedFactor,
      factor: latest ? Number(latest.factor) : element.proposedFactor,
      reason: latest?.reason ?? element.decision.explanation,
      author: latest?.author ?? 'engine',
      citations: element.decision.citations,
      source: latest?.kind ?? 'proposal',
    };
  });
}

/** The amount last fixed: by acceptance, or by a reconsideration decision that recomputed it. */
export function currentAmountCents(events: readonly EvaluationEventRow[]): number | null {
  const latest = events
    .filter(
      (e) =>
        (e.kind === 'accepted' ||
          (e.kind === 'reconsideration_decided' && e.element_id === null) ||
          e.kind === 'final_determination') &&
        e.amount_cents !== null,
    )
    .at(-1);
  return latest ? Number(latest.amount_cents) : null;
}

/** A date column as YYYY-MM-DD, whichever way the driver hands it over. */
export const isoDay = (value: unknown): IsoDate =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
