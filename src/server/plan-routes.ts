// GET /api/v1/plans: plan comparison from the catalogue in force.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { enrollmentType } from '../domain/catalogue.ts';
import { authorize } from './authorize.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { comparePlans, payFrequency, planOffer } from './plan-comparison.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

export const planRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { seasons }) => {
  app.get(
    '/plans',
    {
      schema: {
        summary: 'Compare the PSHB plans of the catalogue in force',
        tags: ['plans'],
        querystring: z.strictObject({
          enrollmentType: enrollmentType.optional().describe('Only this enrollment type'),
          payFrequency: payFrequency
            .default('biweekly')
            .describe('biweekly (employees) or monthly (annuitants)'),
          ...pageQuery,
        }),
        response: { 200: pageOf(planOffer), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await authorize(request, 'plan.read', { kind: 'plan' });
      const { enrollmentType: type, payFrequency: frequency, limit, cursor } = request.query;
      const after = decodeCursor(cursor, { after: z.number().int().nonnegative() })?.after ?? 0;
      const offers = comparePlans(await seasons.catalogue(), {
        enrollmentType: type,
        payFrequency: frequency,
      });
      const rows = offers
        .slice(after, after + limit + 1)
        .map((offer, i) => ({ offer, position: after + i + 1 }));
      return cutPage(
        rows,
        limit,
        (row) => row.offer,
        (row) => ({ after: row.position }),
      );
    },
  );
};
