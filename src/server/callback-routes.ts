// Callbacks scheduled from a support case over HTTP: schedule one, list the case's, mark one done or
// cancelled (each change idempotent, only by the partner holding the case), and the callbacks due on a
// partner's queue. Both lists are paged (?limit=, ?cursor=, in due-time order). The operations are in
// src/support/cases/callbacks.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { executorOf } from '../storage/executor.ts';
import {
  closeCallback,
  listCaseCallbacks,
  listDueCallbacks,
  scheduleCallback,
} from '../support/cases/callbacks.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { actorOf, mayChangeCase, mayOperate, mayReadCase, QUEUE_FIELDS } from './case-access.ts';
import { changeOnce } from './case-changes.ts';
import {
  callback,
  callbackParams,
  callbackRequest,
  dueCallback,
  idempotencyHeader,
  idParams,
  planIdText,
} from './case-schemas.ts';
import { callbackPage, callbackPageRequest } from './callback-pages.ts';
import { pageOf, pageQuery } from './pagination.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

const callbackList = pageOf(callback).meta({ id: 'SupportCallbacks' });

export const callbackRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.post(
    '/cases/:id/callbacks',
    {
      schema: {
        summary: 'Schedule a callback to the caller: a time in the future and a short note',
        description:
          "No phone number is kept: the person's contact is on their record. Refused with INVALID_INPUT naming dueAt, timeZone or note.",
        tags: ['support'],
        params: idParams,
        headers: idempotencyHeader,
        body: callbackRequest,
        response: { 201: callback, ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422]) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { partner } = await mayChangeCase(store, request, id);
      const actor = { ...actorOf(request), heldBy: partner };
      return changeOnce(store, request, reply, 201, (tx) => scheduleCallback(tx, id, request.body, actor));
    },
  );

  app.get(
    '/cases/:id/callbacks',
    {
      schema: {
        summary: "The case's callbacks, soonest due first, with how each was closed",
        tags: ['support'],
        params: idParams,
        querystring: z.strictObject(pageQuery),
        response: { 200: callbackList, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await mayReadCase(store, request, request.params.id);
      const page = callbackPageRequest(request.query);
      const rows = await listCaseCallbacks(executorOf(store), request.params.id, page);
      return callbackPage(rows, request.query.limit);
    },
  );

  for (const [path, kind, summary] of [
    ['done', 'done', 'Mark a callback done: the specialist called the person back'],
    ['cancel', 'cancelled', 'Cancel a callback no longer needed'],
  ] as const)
    app.post(
      `/cases/:id/callbacks/:callbackId/${path}`,
      {
        schema: {
          summary,
          description:
            'Recorded as an event; the callback is never changed. One already closed is 409 CONFLICT.',
          tags: ['support'],
          params: callbackParams,
          headers: idempotencyHeader,
          response: { 200: callback, ...problemResponses([400, 401, 403, 404, 409, 422]) },
        },
      },
      async (request, reply) => {
        const { id, callbackId } = request.params;
        const { partner } = await mayChangeCase(store, request, id);
        const actor = { ...actorOf(request), heldBy: partner };
        return changeOnce(store, request, reply, 200, (tx) => closeCallback(tx, id, callbackId, kind, actor));
      },
    );

  app.get(
    '/queues/:partner/callbacks',
    {
      schema: {
        summary: "The callbacks due on a partner's cases: past due or due within the next hour, oldest first",
        tags: ['support'],
        params: z.strictObject({ partner: planIdText }),
        querystring: z.strictObject({
          due: z
            .enum(['next-hour'])
            .default('next-hour')
            .describe('Which callbacks: next-hour (past due or due within the next hour)'),
          ...pageQuery,
        }),
        response: {
          200: pageOf(dueCallback).extend({ partner: z.string() }).meta({ id: 'SupportDueCallbacks' }),
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request) => {
      const { partner } = request.params;
      const plan = caseSupportPlan();
      if (!plan.partners.some((p) => p.id === partner))
        throw new PshbError('NOT_FOUND', `no partner "${partner}" in plan ${plan.id}`);
      await mayOperate(request, 'case.read', partner, QUEUE_FIELDS);
      const page = callbackPageRequest(request.query);
      const rows = await listDueCallbacks(executorOf(store), partner, new Date(), page);
      return { partner, ...callbackPage(rows, request.query.limit) };
    },
  );
};
