// The contracting officer accepts or changes the factor the engine proposed for one element, with a
// written reason (48 CFR 1609.7101-2: the factors are those the contracting officer specifies; the
// system never decides alone). Each decision is an event with its author and reason; a later
// decision on the same element supersedes it and both stay. Only while the evaluation is proposed.
import { PshbError } from '../../errors.ts';
import type { Principal } from '../../security/principal.ts';
import { executorOf } from '../../storage/executor.ts';
import {
  appendEvaluationEvent,
  findEvaluation,
  listEvaluationEvents,
  lockEvaluation,
} from '../../storage/performance/evaluation-store.ts';
import type { Store } from '../../storage/store.ts';
import type { EvaluationProposal } from '../../rules/carrier-performance/performance-types.ts';
import { methodFor } from './engine-port.ts';
import { evaluationView, type EvaluationView } from './evaluation-view.ts';
import { requirePerformanceAccess } from './performance-access.ts';

export interface DecideFactorInput {
  readonly evaluationId: number;
  readonly elementId: string;
  readonly factor: number;
  /** Why, in the contracting officer's words; required even when accepting the proposal. */
  readonly reason: string;
  readonly today: string;
  readonly requestId?: string;
}

/** The range an element's factor may take: the method's, else 0 to the proposal's maximum. */
function rangeOf(methodId: string, contractYear: number, elementId: string, proposal: EvaluationProposal) {
  const proposed = proposal.elements.find((e) => e.elementId === elementId);
  if (!proposed) return undefined;
  try {
    const element = methodFor(contractYear, methodId).elements.find((e) => e.id === elementId);
    if (element) return { label: proposed.label, proposed, min: element.minFactor, max: element.maxFactor };
  } catch {
    // A method withdrawn since the proposal: its recorded maximum still bounds the factor.
  }
  return { label: proposed.label, proposed, min: 0, max: proposed.maxFactor };
}

export async function decideFactor(
  store: Store,
  principal: Principal,
  input: DecideFactorInput,
): Promise<EvaluationView> {
  const found = await findEvaluation(executorOf(store), input.evaluationId);
  if (!found) throw new PshbError('NOT_FOUND', `no carrier performance evaluation ${input.evaluationId}`);
  await requirePerformanceAccess(store, principal, 'performance.evaluate', found.carrier_code, {
    purpose: 'decide a factor of a carrier performance evaluation',
    resourceId: `evaluation ${found.id}`,
    requestId: input.requestId,
  });
  const reason = input.reason.trim();
  if (reason === '')
    throw new PshbError(
      'INVALID_INPUT',
      'reason: the contracting officer writes why the factor is accepted or changed',
      [{ field: 'reason', message: 'is required' }],
    );
  const proposal = found.proposal as EvaluationProposal;
  const range = rangeOf(found.method_id, found.contract_year, input.elementId, proposal);
  if (!range)
    throw new PshbError(
      'INVALID_INPUT',
      `elementId: "${input.elementId}" is no element of this evaluation (${proposal.elements.map((e) => e.elementId).join(', ')})`,
      [{ field: 'elementId', message: 'is no element of this evaluation' }],
    );
  if (!Number.isFinite(input.factor) || input.factor < range.min || input.factor > range.max)
    throw new PshbError(
      'INVALID_INPUT',
      `factor: ${input.factor} is outside ${range.label}'s range ${range.min} to ${range.max}`,
      [{ field: 'factor', message: `must be from ${range.min} to ${range.max}` }],
    );
  return store.transaction(async (tx) => {
    const row = await lockEvaluation(tx, found.id);
    if (!row || row.state !== 'proposed')
      throw new PshbError(
        'PERFORMANCE_EVALUATION_STATE',
        `evaluation ${found.id} is ${row?.state ?? 'gone'}: factors are decided while it is proposed`,
      );
    await appendEvaluationEvent(tx, {
      evaluationId: row.id,
      kind: 'factor_decided',
      elementId: input.elementId,
      factor: input.factor,
      reason,
      author: principal.subject,
      detail: {
        proposedFactor: range.proposed.proposedFactor,
        changed: input.factor !== range.proposed.proposedFactor,
      },
      effectiveOn: input.today,
    });
    return evaluationView(row, await listEvaluationEvents(tx, row.id));
  });
}
