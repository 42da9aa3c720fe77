// The carrier's written response to the findings notice, within its window (48 CFR 1609.7101-2): by
// the carrier on its own evaluation, or recorded by the contracting officer when it arrives another
// way. The same response sent twice is recorded once.
import { PshbError } from '../../../errors.ts';
import {
  DECIDING_ROLES,
  withinWindow,
  type DueProcessActor,
} from '../../../rules/carrier-performance/due-process/index.ts';
import {
  appendEvaluationEvent,
  listEvaluationEvents,
} from '../../../storage/performance/due-process-store.ts';
import type { Store } from '../../../storage/store.ts';
import { loadDueProcessParameters } from './due-process-parameters.ts';
import { isoDay, requireState, runStep, type StepContext } from './due-process-step.ts';
import { findingsWindows } from './findings-windows.ts';

export interface CarrierResponseInput extends StepContext {
  readonly evaluationId: number;
  readonly text: string;
}

export interface CarrierResponse {
  readonly eventId: number;
  readonly evaluationId: number;
  readonly respondedOn: string;
  readonly responseDueOn: string;
  readonly text: string;
  readonly recordedBy: string;
}

export async function recordCarrierResponse(
  store: Store,
  actor: DueProcessActor,
  input: CarrierResponseInput,
): Promise<CarrierResponse> {
  const text = input.text.trim();
  if (text === '')
    throw new PshbError('INVALID_INPUT', 'text: the response is empty', [
      { field: 'text', message: 'required' },
    ]);
  return runStep(
    store,
    actor,
    'record_response',
    input.evaluationId,
    "carrier's response",
    input,
    async (tx, evaluation) => {
      const windows = await findingsWindows(tx, input.evaluationId);
      const events = await listEvaluationEvents(tx, input.evaluationId);
      const same = events.find((e) => e.kind === 'carrier_responded' && e.reason === text);
      const answer = (eventId: number, on: string, by: string): CarrierResponse => ({
        eventId,
        evaluationId: input.evaluationId,
        respondedOn: on,
        responseDueOn: windows.responseDueOn,
        text,
        recordedBy: by,
      });
      if (same) return answer(Number(same.id), isoDay(same.effective_on), same.author);
      requireState('record_response', evaluation);
      const window = withinWindow(
        'response',
        input.today,
        windows.responseDueOn,
        loadDueProcessParameters().responseWindow.source,
      );
      if (window.outcome === 'late') throw new PshbError('PERFORMANCE_WINDOW_CLOSED', window.explanation);
      const eventId = await appendEvaluationEvent(tx, {
        evaluationId: input.evaluationId,
        kind: 'carrier_responded',
        reason: text,
        author: actor.subject,
        detail: {
          noticeId: windows.noticeId,
          recordedFor: DECIDING_ROLES.includes(actor.role) ? evaluation.carrier_code : null,
        },
        effectiveOn: input.today,
      });
      return answer(eventId, input.today, actor.subject);
    },
  );
}
