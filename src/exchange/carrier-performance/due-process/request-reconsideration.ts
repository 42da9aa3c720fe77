// The carrier asks the contracting officer to reconsider the evaluation or one element, with its
// grounds and evidence, within the window the findings notice opened (48 CFR 1609.7101-2); the
// evaluation is then under reconsideration. The same request sent twice is recorded once.
import { PshbError } from '../../../errors.ts';
import { withinWindow, type DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import {
  appendEvaluationEvent,
  insertReconsideration,
  listReconsiderations,
} from '../../../storage/performance/due-process-store.ts';
import type { Store } from '../../../storage/store.ts';
import { loadDueProcessParameters } from './due-process-parameters.ts';
import { moveState, proposalOf, requireState, runStep, type StepContext } from './due-process-step.ts';
import { findingsWindows } from './findings-windows.ts';
import { reconsiderationViewOf, type ReconsiderationView } from './reconsideration-view.ts';

export interface ReconsiderationRequestInput extends StepContext {
  readonly evaluationId: number;
  /** The element asked about; the whole evaluation when absent. */
  readonly elementId?: string | null;
  readonly grounds: string;
  /** The carrier's evidence: text, or structured data (documents named, figures). */
  readonly evidence?: unknown;
}

export async function requestReconsideration(
  store: Store,
  actor: DueProcessActor,
  input: ReconsiderationRequestInput,
): Promise<ReconsiderationView> {
  const grounds = input.grounds.trim();
  if (grounds === '')
    throw new PshbError('INVALID_INPUT', 'grounds: say why the evaluation should be reconsidered', [
      { field: 'grounds', message: 'required' },
    ]);
  const elementId = input.elementId ?? null;
  return runStep(
    store,
    actor,
    'request_reconsideration',
    input.evaluationId,
    'request for reconsideration',
    input,
    async (tx, evaluation) => {
      if (elementId !== null && !proposalOf(evaluation).elements.some((e) => e.elementId === elementId))
        throw new PshbError(
          'INVALID_INPUT',
          `elementId: evaluation ${input.evaluationId} has no element "${elementId}"`,
          [{ field: 'elementId', message: 'not an element of the evaluation' }],
        );
      const same = (await listReconsiderations(tx, input.evaluationId)).find(
        (r) => r.element_id === elementId && r.grounds === grounds,
      );
      if (same) return reconsiderationViewOf(same);
      const to = requireState('request_reconsideration', evaluation);
      const windows = await findingsWindows(tx, input.evaluationId);
      const window = withinWindow(
        'reconsideration',
        input.today,
        windows.reconsiderationDueOn,
        loadDueProcessParameters().reconsiderationWindow.source,
      );
      if (window.outcome === 'late') throw new PshbError('PERFORMANCE_WINDOW_CLOSED', window.explanation);
      const row = await insertReconsideration(tx, {
        evaluationId: input.evaluationId,
        elementId,
        grounds,
        evidence: input.evidence ?? [],
        requestedBy: actor.subject,
        requestedOn: input.today,
      });
      await appendEvaluationEvent(tx, {
        evaluationId: input.evaluationId,
        kind: 'reconsideration_requested',
        elementId,
        reason: grounds,
        author: actor.subject,
        detail: { reconsiderationId: Number(row.id) },
        effectiveOn: input.today,
      });
      await moveState(tx, evaluation, to);
      return reconsiderationViewOf(row);
    },
  );
}
