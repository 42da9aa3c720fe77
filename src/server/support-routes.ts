// The customer-support operation over HTTP (docs/support-reports.md): the support plans, their
// validation, one interval's staffing, a small simulation, daily and weekly performance reports and
// the written Customer Support Operations Plan. Staff only: every route asks for report.read, which
// enrollees lack and carriers hold only for reports on their own plans. The handlers call the same
// src/support functions as `pshb support`.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { listShippedPlans, resolveSupportPlan, validateSupportPlan } from '../support/plan/load-plan.ts';
import {
  DOCUMENT_FORMATS,
  performanceReport,
  REPORT_FORMATS,
  renderPlanDocument,
  renderReport,
} from '../support/reports/support-outputs.ts';
import { SimulationPool, simulationQueueFromEnv } from '../support/simulation/simulation-pool.ts';
import { planStaffing } from '../support/staffing/staffing-plan.ts';
import { authorize } from './authorize.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

/** The most contacts a request may simulate: a few seconds of the worker's time at most. */
export const MAX_API_SIMULATION_CONTACTS = 200_000;

const planName = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .describe('A shipped plan, e.g. open-season-77');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');
const anyJson = z.record(z.string(), z.unknown());
const STAFF = { kind: 'report' } as const;

function shipped(name: string) {
  if (!listShippedPlans().includes(name))
    throw new PshbError('NOT_FOUND', `no support plan "${name}"; plans: ${listShippedPlans().join(', ')}`);
  return resolveSupportPlan(name).plan;
}

const reportQuery = z.strictObject({
  partner: planName.optional().describe('One partner only'),
  from: isoDate.optional().describe('First day, YYYY-MM-DD'),
  to: isoDate.optional().describe('Last day, YYYY-MM-DD'),
  format: z.enum(REPORT_FORMATS).default('json'),
  plan: planName.optional().describe('The plan giving the target and partner names (default open-season-77)'),
});

const reportResponse = {
  description: 'The report: JSON, CSV, HTML with charts, or PDF',
  content: {
    'application/json': { schema: anyJson },
    'text/csv': { schema: z.string() },
    'text/html': { schema: z.string() },
    'application/pdf': { schema: z.string().describe('binary') },
  },
};

export const supportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  // Simulations run in a worker thread, so they never hold up other requests (simulation-pool.ts).
  const simulations = new SimulationPool(simulationQueueFromEnv());
  app.addHook('onClose', () => simulations.close());

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
          }),
          ...problemResponses([400, 401, 403]),
        },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', STAFF);
      const plan = validateSupportPlan(request.body, 'the plan');
      return {
        ok: true as const,
        id: plan.id,
        version: plan.version,
        partners: plan.partners.length,
        requestTypes: plan.requestTypes.length,
        tiers: plan.routing.tiers.length,
        contingencyLevels: plan.contingency.levels.length,
      };
    },
  );

  app.post(
    '/support/staff',
    {
      schema: {
        summary: 'Agents needed for one interval (Erlang C, or Erlang A when patienceSeconds is given)',
        tags: ['support'],
        body: z.strictObject({
          calls: z.number().nonnegative(),
          intervalSeconds: z.number().positive(),
          ahtSeconds: z.number().positive(),
          serviceLevel: z.number().min(0).max(1),
          answerWithinSeconds: z.number().nonnegative(),
          maxOccupancy: z.number().gt(0).max(1).optional(),
          shrinkage: z.number().min(0).lt(1).optional(),
          patienceSeconds: z.number().positive().optional(),
        }),
        response: { 200: anyJson, ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', STAFF);
      try {
        return planStaffing(request.body) as unknown as Record<string, unknown>;
      } catch (error) {
        if (error instanceof RangeError)
          throw new PshbError('INVALID_INPUT', `serviceLevel: ${error.message}`, [
            { field: 'body.serviceLevel', message: error.message },
          ]);
        throw error;
      }
    },
  );

  app.post(
    '/support/simulations',
    {
      schema: {
        summary: 'Simulate a season of a shipped plan, scaled to a small number of contacts',
        tags: ['support'],
        body: z.strictObject({
          plan: planName.default('open-season-77'),
          seed: z.number().int().min(0).max(4_294_967_295).default(1),
          contacts: z
            .number()
            .int()
            .positive()
            .max(MAX_API_SIMULATION_CONTACTS)
            .default(20_000)
            .describe('Contacts over the season; the staff scale with them'),
        }),
        response: { 200: anyJson, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', STAFF);
      const { plan: name, seed, contacts } = request.body;
      shipped(name);
      const report = await simulations.simulate(name, { seed, contacts, scaleStaff: true });
      return report as unknown as Record<string, unknown>;
    },
  );

  for (const granularity of ['daily', 'weekly'] as const) {
    app.get(
      `/support/reports/${granularity}`,
      {
        schema: {
          summary: `${granularity === 'daily' ? 'Daily' : 'Weekly'} support performance per partner and for the network`,
          tags: ['support'],
          querystring: reportQuery,
          response: { 200: reportResponse, ...problemResponses([400, 401, 403, 404]) },
        },
      },
      async (request, reply) => {
        await authorize(request, 'report.read', STAFF);
        const { partner, from, to, format } = request.query;
        const plan = request.query.plan ? shipped(request.query.plan) : undefined;
        const report = await performanceReport(store, { granularity, partner, from, to, plan });
        const rendered = await renderReport(report, format, plan);
        return reply.type(rendered.contentType).send(rendered.body as never);
      },
    );
  }

  app.get(
    '/support/plans/:name/document',
    {
      schema: {
        summary: 'The written Customer Support Operations Plan, generated from the plan data',
        tags: ['support'],
        params: z.strictObject({ name: planName }),
        querystring: z.strictObject({
          format: z.enum(DOCUMENT_FORMATS).default('html'),
          seed: z.coerce
            .number()
            .int()
            .min(0)
            .max(4_294_967_295)
            .default(1)
            .describe('Seed of the simulated evidence'),
        }),
        response: {
          200: {
            description: 'The plan as HTML, PDF or Markdown',
            content: {
              'text/html': { schema: z.string() },
              'application/pdf': { schema: z.string().describe('binary') },
              'text/markdown': { schema: z.string() },
            },
          },
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request, reply) => {
      await authorize(request, 'report.read', STAFF);
      const plan = shipped(request.params.name);
      const { seed } = request.query;
      const simulation = await simulations.simulate(request.params.name, { seed });
      const rendered = await renderPlanDocument(plan, request.query.format, { seed, simulation });
      return reply.type(rendered.contentType).send(rendered.body as never);
    },
  );
};
