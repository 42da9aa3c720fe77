// The support plans over HTTP: the shipped plans, one plan as data, and the check of a plan given in the
// request (the schema and every cross-reference, all problems at once). Staff only (report.read).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listShippedPlans, resolveSupportPlan, validateSupportPlan } from '../support/plan/load-plan.ts';
import { planSummary } from '../support/plan/plan-summary.ts';
import { authorize } from './authorize.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';
import { anyJson, planName, shipped, STAFF } from './support-schemas.ts';

export const supportPlanRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app) => {
  app.get(
    '/support/plans',
    {
      schema: {
        summary: 'The shipped customer-support plans',
        tags: ['support'],
        response: {
          200: z.object({
            plans: z.array(z.object({ id: z.string(), name: z.string(), version: z.string() })),
          }),
          ...problemResponses([401, 403]),
        },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', STAFF);
      return {
        plans: listShippedPlans().map((name) => {
          const plan = resolveSupportPlan(name).plan;
          return { id: plan.id, name: plan.name, version: plan.version };
        }),
      };
    },
  );

  app.get(
    '/support/plans/:name',
    {
      schema: {
        summary: 'One customer-support plan as data',
        tags: ['support'],
        params: z.strictObject({ name: planName }),
        response: { 200: anyJson, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', STAFF);
      return shipped(request.params.name) as unknown as Record<string, unknown>;
    },
  );

  app.post(
    '/support/plans/validate',
    {
      schema: {
        summary: 'Check a support plan: the schema and every cross-reference, all problems at once',
        tags: ['support'],
        body: anyJson,
        response: {
          200: z.object({
            ok: z.literal(true),
            id: z.string(),
            version: z.string(),
            partners: z.number().int(),
            requestTypes: z.number().int(),
            tiers: z.number().int(),
            contingencyLevels: z.number().int(),
            scriptedAnswers: z.number().int(),
          }),
          ...problemResponses([400, 401, 403]),
        },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', STAFF);
      const plan = validateSupportPlan(request.body, 'the plan');
      return { ok: true as const, ...planSummary(plan) };
    },
  );
};
