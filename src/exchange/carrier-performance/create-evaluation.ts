// The evaluation of a carrier's (or one plan's) contract year under a method: the method in force for
// the year unless one is named, the current evidence, the premium base, and the engine's proposal of
// a factor for each element with the facts and paragraphs behind it. The system proposes; the
// contracting officer then accepts or changes each factor (decide-factor.ts). One evaluation per
// carrier, plan, year and method: creating it again answers the one there is.
import { PshbError } from '../../errors.ts';
import type { Principal } from '../../security/principal.ts';
import { executorOf } from '../../storage/executor.ts';
import {
  appendEvaluationEvent,
  insertEvaluation,
  listEvaluationEvents,
} from '../../storage/performance/evaluation-store.ts';
import { currentEvidence } from '../../storage/performance/evidence-store.ts';
import type { Store } from '../../storage/store.ts';
import type { PremiumBase } from '../../rules/carrier-performance/performance-types.ts';
import { premiumBaseOf } from './compute-premium-base.ts';
import { methodFor, proposeEvaluation } from './engine-port.ts';
import { evaluationView, type EvaluationView } from './evaluation-view.ts';
import { evidenceItemOf } from './evidence-items.ts';
import { checkedCarrier, checkedPlan, checkedYear } from './evidence-input.ts';
import { requirePerformanceAccess } from './performance-access.ts';

export interface CreateEvaluationInput {
  readonly carrierCode: string;
  readonly planCode?: string | null;
  readonly contractYear: number;
  readonly methodId?: string;
  /** A premium base given with its source, instead of the computed or imported one. */
  readonly premiumBase?: { readonly amountCents: number; readonly source: string };
  /** The program date: the 'proposed' event's effective day. */
  readonly today: string;
  readonly requestId?: string;
}

export interface CreateEvaluationResult {
  readonly created: boolean;
  readonly evaluation: EvaluationView;
}

export async function createEvaluation(
  store: Store,
  principal: Principal,
  input: CreateEvaluationInput,
): Promise<CreateEvaluationResult> {
  const carrier = checkedCarrier(input.carrierCode);
  const year = checkedYear(input.contractYear);
  const plan = checkedPlan(input.planCode);
  await requirePerformanceAccess(store, principal, 'performance.evaluate', carrier, {
    purpose: 'propose a carrier performance evaluation',
    requestId: input.requestId,
  });
  const given = input.premiumBase;
  if (
    given &&
    (!Number.isSafeInteger(given.amountCents) || given.amountCents < 0 || given.source.trim() === '')
  )
    throw new PshbError(
      'INVALID_INPUT',
      'premiumBase: a given premium base is whole cents, not negative, with the source it comes from',
    );
  const method = methodFor(year, input.methodId);
  const executor = executorOf(store);
  const rows = await currentEvidence(executor, { carrierCode: carrier, contractYear: year, planCode: plan });
  const premiumBase: PremiumBase = input.premiumBase
    ? {
        amountCents: input.premiumBase.amountCents,
        kind: 'imported',
        source: input.premiumBase.source,
        method: `Given when the evaluation was created, from ${input.premiumBase.source}.`,
      }
    : await premiumBaseOf(executor, { carrierCode: carrier, contractYear: year, planCode: plan }).then(
        ({ amountCents, kind, source, method: how }) => ({ amountCents, kind, source, method: how }),
      );
  const proposal = proposeEvaluation(
    method,
    { carrierCode: carrier, planCode: plan, contractYear: year, items: rows.map(evidenceItemOf) },
    premiumBase,
  );
  return store.transaction(async (tx) => {
    const { row, created } = await insertEvaluation(tx, {
      carrierCode: carrier,
      planCode: plan,
      contractYear: year,
      methodId: method.id,
      methodVersion: method.version,
      premiumBaseCents: premiumBase.amountCents,
      premiumBaseKind: premiumBase.kind,
      premiumBaseSource: premiumBase.source,
      proposal,
      createdBy: principal.subject,
    });
    if (created)
      await appendEvaluationEvent(tx, {
        evaluationId: row.id,
        kind: 'proposed',
        factor: proposal.totalFactor,
        amountCents: proposal.amountCents,
        reason: proposal.decision.explanation,
        author: principal.subject,
        detail: {
          methodId: method.id,
          methodVersion: method.version,
          evidenceIds: rows.map((r) => Number(r.id)),
          capApplied: proposal.capApplied,
        },
        effectiveOn: input.today,
      });
    return { created, evaluation: evaluationView(row, await listEvaluationEvents(tx, row.id)) };
  });
}
