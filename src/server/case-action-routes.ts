// The changes to a support case over HTTP, one route each: a note, a warm transfer, an escalation, the
// resolution, a reopening and the assignment to the specialist taking it. Only the partner holding the case may change it; each change is
// idempotent and answers with the whole case.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Executor } from '../storage/executor.ts';
import type { CaseActor } from '../support/cases/case-actor.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import {
  addNote,
  assignCase,
  escalateCase,
  reopenCase,
  resolveCase,
  transferCase,
} from '../support/cases/case-transitions.ts';
import type { SupportCase } from '../support/cases/support-cases.ts';
import { actorOf, mayChangeCase } from './case-access.ts';
import { changeOnce } from './case-changes.ts';
import {
  assignmentRequest,
  escalationRequest,
  idempotencyHeader,
  idParams,
  noteRequest,
  reopeningRequest,
  resolutionRequest,
  supportCase,
  transferRequest,
} from './case-schemas.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

type Change<Body> = (tx: Executor, id: number, body: Body, actor: CaseActor) => Promise<SupportCase>;

export const caseActionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  const action = <Body extends z.ZodType>(
    path: string,
    summary: string,
    body: Body,
    status: 200 | 201,
    change: Change<z.infer<Body>>,
  ) =>
    app.post(
      `/cases/:id/${path}`,
      {
        schema: {
          summary,
          tags: ['support'],
          params: idParams,
          headers: idempotencyHeader,
          body,
          response: {
            [status]: supportCase,
            ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422]),
          },
        },
      },
      async (request, reply) => {
        const id = (request.params as { id: number }).id;
        const { partner } = await mayChangeCase(store, request, id);
        const actor = { ...actorOf(request), heldBy: partner };
        return changeOnce(store, request, reply, status, (tx) =>
          change(tx, id, request.body as z.infer<Body>, actor),
        );
      },
    );

  action(
    'notes',
    'Add to the transcript; the holding partner is now working the case',
    noteRequest,
    201,
    (tx, id, body, actor) => addNote(tx, caseSupportPlan(), id, { text: body.text, actor }),
  );
  action(
    'transfer',
    'Warm transfer to a partner the plan allows for the request type, with the whole history',
    transferRequest,
    200,
    (tx, id, body, actor) => transferCase(tx, caseSupportPlan(), id, { ...body, actor }),
  );
  action(
    'escalate',
    "Escalate along a plan escalation path, or to the request type's accountable partner",
    escalationRequest,
    200,
    (tx, id, body, actor) => escalateCase(tx, caseSupportPlan(), id, { ...body, actor }),
  );
  action(
    'resolve',
    'Resolve the case, recording whether it met its due time',
    resolutionRequest,
    200,
    (tx, id, body, actor) => resolveCase(tx, caseSupportPlan(), id, { ...body, actor }),
  );
  action(
    'reopen',
    'Reopen a resolved case: back in the queue of the partner that resolved it, with a new SLA clock',
    reopeningRequest,
    200,
    (tx, id, body, actor) => reopenCase(tx, caseSupportPlan(), id, { ...body, actor }),
  );
  action(
    'assign',
    'Assign to me: a specialist of the holding partner takes the case; one already taken is 409 CONFLICT',
    assignmentRequest,
    200,
    (tx, id, _body, actor) => assignCase(tx, caseSupportPlan(), id, { actor }),
  );
};
