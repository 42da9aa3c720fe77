// The contracting officer decides a request for reconsideration (48 CFR 1609.7101-2): granted, denied
// or partly granted, with reasons. Each factor it changes is appended as a 'reconsideration_decided'
// event with its element id, so the element's current factor is the new one; the amount is computed
// again from the factors now accepted and appended with the decision. The request is decided once:
// a second decision at the same time, or later, gets CONFLICT (the same decision again answers it).
import { PshbError } from '../../../errors.ts';
import type { DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import {
  appendEvaluationEvent,
  listEvaluationEvents,
  listReconsiderations,
  recordReconsiderationDecision,
} from '../../../storage/performance/due-process-store.ts';
import type { PerformanceReconsiderationOutcome } from '../../../storage/tables/performance-due-process-tables.ts';
import type { Store } from '../../../storage/store.ts';
import { amountForFactors } from './amount-port.ts';
import { currentFactors, proposalOf, requireState, runStep, type StepContext } from './due-process-step.ts';
import { reconsiderationViewOf, type ReconsiderationView } from './reconsideration-view.ts';

export interface ReconsiderationDecisionInput extends StepContext {
  readonly evaluationId: number;
  /** The request decided; the oldest open one when absent. */
  readonly reconsiderationId?: number;
  readonly outcome: PerformanceReconsiderationOutcome;
  /** The factors changed (granted or partly); none when denied. */
  readonly factors: readonly { readonly elementId: string; readonly factor: number }[];
  readonly reason: string;
}

export interface ReconsiderationDecided {
  readonly reconsideration: ReconsiderationView;
  readonly totalFactor: number;
  readonly amountCents: number;
  readonly capApplied: boolean;
}

const sameFactors = (
  a: readonly { elementId: string; factor: number }[],
  b: readonly { elementId: string; factor: number }[],
) => a.length === b.length && a.every((f, i) => f.elementId === b[i]?.elementId && f.factor === b[i]?.factor);

export async function decideReconsideration(
  store: Store,
  actor: DueProcessActor,
  input: ReconsiderationDecisionInput,
): Promise<ReconsiderationDecided> {
  const reason = input.reason.trim();
  if (reason === '')
    throw new PshbError('INVALID_INPUT', 'reason: say why', [{ field: 'reason', message: 'required' }]);
  if (!['granted', 'denied', 'partly'].includes(input.outcome))
    throw new PshbError('INVALID_INPUT', 'outcome: granted, denied or partly', [
      { field: 'outcome', message: 'granted, denied or partly' },
    ]);
  if (input.outcome === 'denied' && input.factors.length > 0)
    throw new PshbError('INVALID_INPUT', 'factors: a denied request changes no factor', [
      { field: 'factors', message: 'must be empty when denied' },
    ]);
  if (input.outcome !== 'denied' && input.factors.length === 0)
    throw new PshbError('INVALID_INPUT', `factors: a ${input.outcome} request names the factors it changes`, [
      { field: 'factors', message: 'at least one element=factor' },
    ]);
  return runStep(
    store,
    actor,
    'decide_reconsideration',
    input.evaluationId,
    'reconsideration decision',
    input,
    async (tx, evaluation) => {
      const proposal = proposalOf(evaluation);
      input.factors.forEach((f, i) => {
        const element = proposal.elements.find((e) => e.elementId === f.elementId);
        if (!element)
          throw new PshbError('INVALID_INPUT', `factors[${i}].elementId: no element "${f.elementId}"`, [
            { field: `factors[${i}].elementId`, message: 'not an element of the evaluation' },
          ]);
        if (!Number.isFinite(f.factor) || f.factor < 0 || f.factor > element.maxFactor)
          throw new PshbError(
            'INVALID_INPUT',
            `factors[${i}].factor: ${f.factor} is not between 0 and ${element.maxFactor}`,
            [{ field: `factors[${i}].factor`, message: `between 0 and ${element.maxFactor}` }],
          );
      });
      const requests = await listReconsiderations(tx, input.evaluationId);
      const target =
        input.reconsiderationId === undefined
          ? (requests.find((r) => r.decided_on === null) ?? requests.at(-1))
          : requests.find((r) => Number(r.id) === input.reconsiderationId);
      if (!target)
        throw new PshbError(
          input.reconsiderationId === undefined ? 'PERFORMANCE_EVALUATION_STATE' : 'NOT_FOUND',
          `evaluation ${input.evaluationId} has no ${input.reconsiderationId === undefined ? 'request for reconsideration' : `request ${input.reconsiderationId}`}`,
        );
      const events = await listEvaluationEvents(tx, input.evaluationId);
      if (target.decided_on !== null) {
        const view = reconsiderationViewOf(target);
        if (
          view.outcome === input.outcome &&
          view.decisionReason === reason &&
          sameFactors(view.decidedFactors, input.factors)
        ) {
          const summary = events
            .filter((e) => e.kind === 'reconsideration_decided' && e.element_id === null)
            .at(-1);
          const detail = (
            typeof summary?.detail === 'string' ? JSON.parse(summary.detail) : (summary?.detail ?? {})
          ) as { totalFactor?: number; capApplied?: boolean };
          return {
            reconsideration: view,
            totalFactor: detail.totalFactor ?? 0,
            amountCents: Number(summary?.amount_cents ?? 0),
            capApplied: detail.capApplied ?? false,
          };
        }
        throw new PshbError(
          'CONFLICT',
          `request ${view.id} was already decided (${view.outcome}, on ${view.decidedOn} by ${view.decidedBy}); a decision is made once`,
        );
      }
      requireState('decide_reconsideration', evaluation);
      const decided = await recordReconsiderationDecision(tx, Number(target.id), {
        decidedOn: input.today,
        outcome: input.outcome,
        reason,
        decidedBy: actor.subject,
        factors: input.factors,
      });
      if (!decided)
        throw new PshbError('CONFLICT', `request ${target.id} was decided meanwhile; read it again`);
      const before = currentFactors(proposal, events);
      for (const f of input.factors)
        await appendEvaluationEvent(tx, {
          evaluationId: input.evaluationId,
          kind: 'reconsideration_decided',
          elementId: f.elementId,
          factor: f.factor,
          reason,
          author: actor.subject,
          detail: {
            reconsiderationId: Number(target.id),
            outcome: input.outcome,
            previousFactor: before.find((b) => b.elementId === f.elementId)?.factor ?? null,
          },
          effectiveOn: input.today,
        });
      const changed = new Map(input.factors.map((f) => [f.elementId, f.factor]));
      const accepted = before.map((b) => ({
        elementId: b.elementId,
        factor: changed.get(b.elementId) ?? b.factor,
      }));
      const premiumBase = { ...proposal.premiumBase, amountCents: Number(evaluation.premium_base_cents) };
      const amount = amountForFactors({
        methodId: evaluation.method_id,
        contractYear: evaluation.contract_year,
        proposal,
        premiumBase,
        accepted,
      });
      await appendEvaluationEvent(tx, {
        evaluationId: input.evaluationId,
        kind: 'reconsideration_decided',
        amountCents: amount.amountCents,
        reason,
        author: actor.subject,
        detail: {
          reconsiderationId: Number(target.id),
          outcome: input.outcome,
          totalFactor: amount.totalFactor,
          capApplied: amount.capApplied,
          decision: amount.decision,
        },
        effectiveOn: input.today,
      });
      return {
        reconsideration: reconsiderationViewOf(decided),
        totalFactor: amount.totalFactor,
        amountCents: amount.amountCents,
        capApplied: amount.capApplied,
      };
    },
  );
}
