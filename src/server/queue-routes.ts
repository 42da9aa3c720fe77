// A partner's support queue over HTTP: its active cases (caller's name and subject), oldest in the queue
// first, a page at a time, audited as a read of the callers' names, with per skill how many are open
// and past due. For the partner's staff and the program office; "next case" assigns the oldest waiting
// one to the specialist asking.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { executorOf } from '../storage/executor.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { consultQueue, listQueue, queueSummary } from '../support/cases/case-queues.ts';
import { takeNextCase } from '../support/cases/case-transitions.ts';
import { actorOf, mayOperate, QUEUE_FIELDS } from './case-access.ts';
import { changeOnce } from './case-changes.ts';
import { idempotencyHeader, nextCaseResponse, planIdText, queueResponse } from './case-schemas.ts';
import { cutPage, decodeCursor, pageQuery } from './pagination.ts';
import { authorize } from './authorize.ts';
import { problemResponses } from './problem.ts';
import { STAFF } from './support-schemas.ts';
import type { RouteOptions } from './route-options.ts';

export const queueRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/queues/:partner',
    {
      schema: {
        summary: "A partner's active cases per skill with their SLA due times, oldest in the queue first",
        tags: ['support'],
        params: z.strictObject({ partner: planIdText }),
        querystring: z.strictObject({
          skill: planIdText.optional().describe('Only this skill'),
          ...pageQuery,
        }),
        response: { 200: queueResponse, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const { partner } = request.params;
      const plan = caseSupportPlan();
      if (!plan.partners.some((p) => p.id === partner))
        throw new PshbError('NOT_FOUND', `no partner "${partner}" in plan ${plan.id}`);
      await mayOperate(request, 'case.read', partner, QUEUE_FIELDS);
      const { limit, cursor, skill } = request.query;
      const after = decodeCursor(cursor, { queuedAt: z.string(), id: z.number().int() }) ?? undefined;
      const now = new Date();
      const executor = executorOf(store);
      const rows = await listQueue(executor, partner, {
        limit: limit + 1,
        now,
        ...(skill ? { skill } : {}),
        ...(after ? { after } : {}),
      });
      const page = cutPage(
        rows,
        limit,
        (r) => r,
        (r) => ({ queuedAt: r.queuedAt, id: r.caseId }),
      );
      return { partner, skills: await queueSummary(executor, partner, now), ...page };
    },
  );

  app.post(
    '/queues/:partner/next',
    {
      schema: {
        summary: 'Next case: assigns the oldest unassigned case of the queue to the signed-in specialist',
        description:
          'Taken atomically: concurrent requests never get the same case (the case row is locked, others skip it).',
        tags: ['support'],
        params: z.strictObject({ partner: planIdText }),
        headers: idempotencyHeader,
        response: { 200: nextCaseResponse, ...problemResponses([400, 401, 403, 404, 409]) },
      },
    },
    async (request, reply) => {
      const { partner } = request.params;
      const plan = caseSupportPlan();
      if (!plan.partners.some((p) => p.id === partner))
        throw new PshbError('NOT_FOUND', `no partner "${partner}" in plan ${plan.id}`);
      await mayOperate(request, 'case.update', partner);
      const actor = actorOf(request);
      return changeOnce(store, request, reply, 200, async (tx) => {
        const taken = await takeNextCase(tx, plan, partner, { actor });
        return { caseId: taken?.id ?? null };
      });
    },
  );

  app.get(
    '/queues/:partner/waiting',
    {
      schema: {
        summary:
          "The consult before a warm transfer: how many cases wait in a partner's queue and since when the oldest waits",
        description: 'Counts only, no caller: any staff member may read it, as the support plans.',
        tags: ['support'],
        params: z.strictObject({ partner: planIdText }),
        response: {
          200: z
            .object({ partner: z.string(), waiting: z.number().int(), oldestQueuedAt: z.string().nullable() })
            .meta({ id: 'SupportQueueWaiting' }),
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request) => {
      const { partner } = request.params;
      const plan = caseSupportPlan();
      if (!plan.partners.some((p) => p.id === partner))
        throw new PshbError('NOT_FOUND', `no partner "${partner}" in plan ${plan.id}`);
      await authorize(request, 'report.read', STAFF);
      return consultQueue(executorOf(store), partner);
    },
  );
};
