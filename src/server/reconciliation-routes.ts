// Membership reconciliations over HTTP: a carrier's runs, and its open discrepancies aged as of the
// program day, and the reconciliation team's assignment of one. A carrier user reads its own carriers'
// only; program administrators assign, once per Idempotency-Key.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignDiscrepancyTo,
  listRunViews,
  openDiscrepanciesAged,
} from '../exchange/exchange-views/index.ts';
import { executorOf } from '../storage/executor.ts';
import { changeOnce } from './case-changes.ts';
import { idempotencyHeader, idParams } from './case-schemas.ts';
import { MEMBER_FIELDS, mayReadExchange, mayWorkExchange } from './exchange-access.ts';
import {
  discrepancyItem,
  exceptionAssignment,
  openDiscrepancies,
  partnerFilter,
  reconciliationRun,
} from './exchange-schemas.ts';
import { principalOf } from './principal.ts';
import { MAX_PAGE_SIZE } from './pagination.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

const limitQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(MAX_PAGE_SIZE)
    .describe('At most this many (1-1000)'),
};

export const reconciliationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/reconciliations',
    {
      schema: {
        summary: 'Reconciliation runs, newest first',
        tags: ['exchange'],
        querystring: z.strictObject({ ...partnerFilter, ...limitQuery }),
        response: {
          200: z.object({ runs: z.array(reconciliationRun) }),
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request) => {
      const carriers = await mayReadExchange(request, request.query.partner);
      return { runs: await listRunViews(executorOf(store), carriers, request.query.limit) };
    },
  );

  app.get(
    '/reconciliations/discrepancies',
    {
      schema: {
        summary: 'Open discrepancies, oldest first, each with its age and ageing bucket',
        tags: ['exchange'],
        querystring: z.strictObject({ ...partnerFilter, ...limitQuery }),
        response: { 200: openDiscrepancies, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const { partner } = request.query;
      const carriers = await mayReadExchange(request, partner, `partner ${partner ?? ''}`, MEMBER_FIELDS);
      const today = request.server.programClock.today();
      return openDiscrepanciesAged(executorOf(store), carriers, today, request.query.limit);
    },
  );

  app.post(
    '/reconciliations/discrepancies/:id/assign',
    {
      schema: {
        summary:
          'Give an open discrepancy to someone on the reconciliation team (the caller when no owner is named)',
        description:
          'A discrepancy a later run has already resolved answers 409 CONFLICT and changes nothing.',
        tags: ['exchange'],
        params: idParams,
        headers: idempotencyHeader,
        body: exceptionAssignment,
        response: { 200: discrepancyItem, ...problemResponses([400, 401, 403, 404, 409, 413, 415]) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await mayWorkExchange(request);
      const owner = request.body.owner ?? principalOf(request).subject;
      const on = request.server.programClock.today();
      return changeOnce(store, request, reply, 200, (tx) => assignDiscrepancyTo(tx, id, owner, on));
    },
  );
};
