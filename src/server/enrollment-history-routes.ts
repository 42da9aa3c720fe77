// GET /api/v1/persons/:id/enrollments: the household's enrollment history, paginated, with the ETag a
// change to the enrollment must send back in If-Match.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readEnrollmentHistory } from '../exchange/enrollment-history.ts';
import { executorOf } from '../storage/executor.ts';
import { authorizeForPerson } from './authorize.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { personParams } from './person-params.ts';
import { problemResponses } from './problem.ts';
import { readonlyArray } from './response-schemas.ts';
import type { RouteOptions } from './route-options.ts';

const enrollmentEvent = z
  .object({
    id: z.number().int(),
    eventType: z.string(),
    openSeasonId: z.string().nullable(),
    enrollmentCode: z.string().nullable(),
    planCode: z.string().nullable(),
    optionCode: z.string().nullable(),
    enrollmentType: z.string().nullable(),
    effectiveOn: z.string(),
    recordedAt: z.string(),
    reason: z.string(),
    citations: readonlyArray(z.string()),
  })
  .meta({ id: 'EnrollmentEvent' });

export const enrollmentHistoryRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  const executor = executorOf(store);
  app.get(
    '/persons/:id/enrollments',
    {
      schema: {
        summary: "The enrollment history of a person's household, oldest first, with its ETag",
        tags: ['enrollments'],
        params: personParams,
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(enrollmentEvent), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request, reply) => {
      const householdId = await authorizeForPerson(request, 'enrollment.read', request.params.id);
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor, { after: z.number().int().nonnegative() })?.after ?? 0;
      const history = await readEnrollmentHistory(executor, householdId, after, limit + 1);
      void reply.header('etag', history.etag);
      return cutPage(
        history.events,
        limit,
        (event) => event,
        (event) => ({ after: event.id }),
      );
    },
  );
};
