// One evaluation with its whole history, for the contracting officer, the program office, an auditor,
// or the carrier evaluated (its own only). Every read is written to the audit log.
import { PshbError } from '../../errors.ts';
import type { Principal } from '../../security/principal.ts';
import { executorOf } from '../../storage/executor.ts';
import { findEvaluation, listEvaluationEvents } from '../../storage/performance/evaluation-store.ts';
import type { Store } from '../../storage/store.ts';
import { evaluationView, type EvaluationView } from './evaluation-view.ts';
import { requirePerformanceAccess } from './performance-access.ts';

export interface ShowEvaluationInput {
  readonly evaluationId: number;
  readonly requestId?: string;
}

export async function showEvaluation(
  store: Store,
  principal: Principal,
  input: ShowEvaluationInput,
): Promise<EvaluationView> {
  const executor = executorOf(store);
  const row = await findEvaluation(executor, input.evaluationId);
  if (!row) throw new PshbError('NOT_FOUND', `no carrier performance evaluation ${input.evaluationId}`);
  await requirePerformanceAccess(store, principal, 'performance.read', row.carrier_code, {
    purpose: 'read a carrier performance evaluation',
    resourceId: `evaluation ${row.id}`,
    requestId: input.requestId,
  });
  return evaluationView(row, await listEvaluationEvents(executor, row.id));
}
