// The contracting officer accepts the evaluation once every element's factor is decided: the accepted
// factors, summed and capped by the method, times the premium base, give the withhold or adjustment
// (48 CFR 1609.7101-2, 1632.170(a)(2)). Recorded as an 'accepted' event with the amount, and the
// evaluation moves from proposed to accepted; the notice to the carrier follows.
import { PshbError } from '../../errors.ts';
import type {
  AcceptedFactor,
  EvaluationProposal,
} from '../../rules/carrier-performance/performance-types.ts';
import type { Principal } from '../../security/principal.ts';
import { executorOf } from '../../storage/executor.ts';
import {
  appendEvaluationEvent,
  findEvaluation,
  listEvaluationEvents,
  lockEvaluation,
  setEvaluationState,
} from '../../storage/performance/evaluation-store.ts';
import type { Store } from '../../storage/store.ts';
import { amountForAcceptedFactors, methodFor } from './engine-port.ts';
import { currentFactorEvents, evaluationView, eventView, type EvaluationView } from './evaluation-view.ts';
import { requirePerformanceAccess } from './performance-access.ts';

export interface AcceptEvaluationInput {
  readonly evaluationId: number;
  readonly reason?: string;
  readonly today: string;
  readonly requestId?: string;
}

export async function acceptEvaluation(
  store: Store,
  principal: Principal,
  input: AcceptEvaluationInput,
): Promise<EvaluationView> {
  const found = await findEvaluation(executorOf(store), input.evaluationId);
  if (!found) throw new PshbError('NOT_FOUND', `no carrier performance evaluation ${input.evaluationId}`);
  await requirePerformanceAccess(store, principal, 'performance.evaluate', found.carrier_code, {
    purpose: 'accept a carrier performance evaluation',
    resourceId: `evaluation ${found.id}`,
    requestId: input.requestId,
  });
  const method = methodFor(found.contract_year, found.method_id);
  return store.transaction(async (tx) => {
    const row = await lockEvaluation(tx, found.id);
    if (!row || row.state !== 'proposed')
      throw new PshbError(
        'PERFORMANCE_EVALUATION_STATE',
        `evaluation ${found.id} is ${row?.state ?? 'gone'}: only a proposed evaluation is accepted`,
      );
    const proposal = row.proposal as EvaluationProposal;
    const decided = currentFactorEvents((await listEvaluationEvents(tx, row.id)).map(eventView));
    const undecided = proposal.elements.filter((e) => !decided.has(e.elementId));
    if (undecided.length > 0)
      throw new PshbError(
        'PERFORMANCE_FACTORS_UNDECIDED',
        `evaluation ${row.id}: accept or change the factor of ${undecided.map((e) => `${e.elementId} (${e.label})`).join(', ')} first`,
        undecided.map((e) => ({ field: e.elementId, message: 'no factor decided' })),
      );
    const accepted: AcceptedFactor[] = proposal.elements.map((e) => ({
      elementId: e.elementId,
      factor: decided.get(e.elementId)!.factor!,
    }));
    const premiumBase = {
      amountCents: Number(row.premium_base_cents),
      kind: row.premium_base_kind,
      source: row.premium_base_source,
    };
    const amount = amountForAcceptedFactors(method, premiumBase, accepted);
    if (!(await setEvaluationState(tx, row.id, 'proposed', 'accepted')))
      throw new PshbError(
        'PERFORMANCE_EVALUATION_STATE',
        `evaluation ${row.id} moved on before it was accepted`,
      );
    await appendEvaluationEvent(tx, {
      evaluationId: row.id,
      kind: 'accepted',
      factor: amount.totalFactor,
      amountCents: amount.amountCents,
      reason: input.reason?.trim() || amount.decision.explanation,
      author: principal.subject,
      detail: {
        capApplied: amount.capApplied,
        factors: accepted,
        decision: amount.decision,
        methodVersion: method.version,
      },
      effectiveOn: input.today,
    });
    const after = await lockEvaluation(tx, row.id);
    return evaluationView(after!, await listEvaluationEvents(tx, row.id));
  });
}
