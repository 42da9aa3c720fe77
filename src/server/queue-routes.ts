// A partner's support queue over HTTP: its active cases, oldest in the queue first, a page at a time,
// with per skill how many are open and past due. For the partner's staff and the program office.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { executorOf } from '../storage/executor.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { listQueue, queueSummary } from '../support/cases/case-queues.ts';
import { mayOperate } from './case-access.ts';
import { planIdText, queueResponse } from './case-schemas.ts';
import { cutPage, decodeCursor, pageQuery } from './pagination.ts';
import { problemResponses } from './problem.ts';
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
      await mayOperate(request, 'case.read', partner);
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
};
