// What the support operation publishes, over HTTP: daily and weekly performance reports from the loaded
// contact statistics (JSON, CSV, HTML or PDF), and the written Customer Support Operations Plan
// generated from the plan data with simulated evidence. Staff only (report.read).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DOCUMENT_FORMATS,
  performanceReport,
  REPORT_FORMATS,
  renderPlanDocument,
  renderReport,
} from '../support/reports/support-outputs.ts';
import { authorize } from './authorize.ts';
import { problemResponses } from './problem.ts';
import { anyJson, isoDate, planName, shipped, STAFF, type SupportRouteOptions } from './support-schemas.ts';

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

export const supportReportRoutes: FastifyPluginAsyncZod<SupportRouteOptions> = async (
  app,
  { store, simulations },
) => {
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
