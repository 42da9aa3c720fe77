// GET /api/v1/plans: plan comparison from the catalogue in force.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { enrollmentType } from '../domain/catalogue.ts';
import { authorize } from './authorize.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { comparePlans, payFrequency, planOffer } from './plan-comparison.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

/** Pages kept, serialized, per catalogue version and query; a page of a saved version never changes. */
const MAX_CACHED_PAGES = 2000;

export const planRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { seasons }) => {
  // Plan comparison is the first morning's most frequent read: serializing it again for each of
  // thousands of requests a second costs more than everything else the request does.
  const pages = new Map<string, string>();
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
    async (request, reply) => {
      await authorize(request, 'plan.read', { kind: 'plan' });
      const { enrollmentType: type, payFrequency: frequency, limit, cursor } = request.query;
      const after = decodeCursor(cursor, { after: z.number().int().nonnegative() })?.after ?? 0;
      const catalogue = await seasons.catalogue();
      const key = `${catalogue.version}|${type ?? '*'}|${frequency}|${after}|${limit}`;
      let text = pages.get(key);
      if (text === undefined) {
        const offers = comparePlans(catalogue, { enrollmentType: type, payFrequency: frequency });
        const rows = offers
          .slice(after, after + limit + 1)
          .map((offer, i) => ({ offer, position: after + i + 1 }));
        const page = cutPage(
          rows,
          limit,
          (row) => row.offer,
          (row) => ({ after: row.position }),
        );
        text = JSON.stringify(pageOf(planOffer).parse(page));
        if (pages.size >= MAX_CACHED_PAGES) pages.clear();
        pages.set(key, text);
      }
      // A string body is sent as is: the page was checked against its schema when it was cached.
      return reply.type('application/json; charset=utf-8').send(text as never);
    },
  );
};
