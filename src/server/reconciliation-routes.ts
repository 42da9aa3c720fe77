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
import { isoDate } from '../domain/dates.ts';
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
import { MAX_PAGE_SIZE, cutPage, decodeCursor, pageQuery } from './pagination.ts';
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
  cursor: pageQuery.cursor,
};

const runPosition = { before: z.number().int().positive() };
const discrepancyPosition = { openedOn: isoDate, id: z.number().int().positive() };

export const reconciliationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/reconciliations',
    {
      schema: {
        summary: 'Reconciliation runs, newest first',
        tags: ['exchange'],
        querystring: z.strictObject({ ...partnerFilter, ...limitQuery }),
        response: {
          200: z.object({
            runs: z.array(reconciliationRun),
            nextCursor: z
              .string()
              .nullable()
              .describe('Pass as ?cursor= for the next page; null on the last page'),
          }),
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request) => {
      const { partner, limit, cursor } = request.query;
      const carriers = await mayReadExchange(request, partner);
      const before = decodeCursor(cursor, runPosition)?.before;
      const rows = await listRunViews(executorOf(store), carriers, limit + 1, before);
      const page = cutPage(
        rows,
        limit,
        (run) => run,
        (run) => ({ before: run.id }),
      );
      return { runs: page.items, nextCursor: page.nextCursor };
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
      const { partner, limit, cursor } = request.query;
      const carriers = await mayReadExchange(request, partner, `partner ${partner ?? ''}`, MEMBER_FIELDS);
      const after = decodeCursor(cursor, discrepancyPosition) ?? undefined;
      const today = request.server.programClock.today();
      const aged = await openDiscrepanciesAged(executorOf(store), carriers, today, limit + 1, after);
      const page = cutPage(
        aged.items,
        limit,
        (item) => item,
        ({ openedOn, id }) => ({ openedOn, id }),
      );
      return { ...aged, items: page.items, nextCursor: page.nextCursor };
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
