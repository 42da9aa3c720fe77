// GET /api/v1/persons?lastName=&ssnLastFour=&birthDate=: a specialist finds the caller's record by
// masked identifiers before opening a case; GET /api/v1/confirmation-numbers/{number}: or by the
// confirmation number of a change the caller reads out. Every search is audited with what was searched for, and the
// people it found are recorded as identified by the searcher (src/support/cases/caller-identification.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../domain/dates.ts';
import { findByConfirmationNumber, findPersons } from '../exchange/person-search.ts';
import { executorOf } from '../storage/executor.ts';
import { queryOf } from '../storage/raw-query.ts';
import { recordSearchResults } from '../support/cases/caller-identification.ts';
import { authorize } from './authorize.ts';
import { actorOf } from './case-routes.ts';
import { problemResponses } from './problem.ts';
import { readonlyArray } from './response-schemas.ts';
import type { RouteOptions } from './route-options.ts';

const match = z
  .object({
    id: z.number().int(),
    householdId: z.number().int(),
    relationship: z.string(),
    name: z.string(),
    birthYear: z.number().int(),
    ssnLastFour: z.string(),
  })
  .meta({ id: 'PersonMatch' });

export const personSearchRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  const query = queryOf(store);
  const executor = executorOf(store);
  app.get(
    '/persons',
    {
      schema: {
        summary: 'Find a person by last name and the last four digits of the SSN (masked results)',
        tags: ['persons'],
        querystring: z.strictObject({
          lastName: z.string().trim().min(1).max(80),
          ssnLastFour: z.string().regex(/^\d{4}$/, 'four digits'),
          birthDate: isoDate.optional().describe('To tell apart people with the same name and digits'),
        }),
        response: {
          200: z.object({ items: readonlyArray(match) }),
          ...problemResponses([400, 401, 403]),
        },
      },
    },
    async (request) => {
      await authorize(
        request,
        'person.search',
        { kind: 'person' },
        { fields: ['name', 'birth_date', 'ssn_last4'], purpose: 'find a caller to open a case' },
      );
      const items = await findPersons(executor, request.query);
      // The people found are identified for this searcher: a specialist may open a case about them.
      await recordSearchResults(
        query,
        actorOf(request),
        items.map((item) => item.id),
      );
      return { items };
    },
  );

  app.get(
    '/confirmation-numbers/:number',
    {
      schema: {
        summary: 'Find a recorded change by its confirmation number, and the enrollee (masked)',
        tags: ['persons'],
        params: z.strictObject({ number: z.string().trim().min(1).max(40) }),
        response: {
          200: z.object({
            items: readonlyArray(
              match.extend({
                transitionId: z.number().int(),
                action: z.string(),
                decidedOn: z.string(),
              }),
            ),
          }),
          ...problemResponses([400, 401, 403]),
        },
      },
    },
    async (request) => {
      await authorize(
        request,
        'person.search',
        { kind: 'person' },
        { fields: ['name', 'birth_date', 'ssn_last4'], purpose: 'find a caller by a confirmation number' },
      );
      const found = await findByConfirmationNumber(executor, request.params.number);
      const items = found ? [found] : [];
      await recordSearchResults(
        query,
        actorOf(request),
        items.map((item) => item.id),
      );
      return { items };
    },
  );
};
