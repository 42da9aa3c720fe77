// The exchange's exception queue over HTTP: items within the caller's scope, one with its history, and
// the reconciliation team's work on it (assign, resolve with a note; program administrators only).
// Each change runs once per Idempotency-Key; resolving an item someone already resolved is a 409.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignExceptionTo,
  exceptionDetail,
  findExceptionRow,
  listExceptionViews,
  resolveExceptionWith,
} from '../exchange/exchange-views/index.ts';
import { executorOf } from '../storage/executor.ts';
import { changeOnce } from './case-changes.ts';
import { idempotencyHeader, idParams } from './case-schemas.ts';
import { MEMBER_FIELDS, mayReadExchange, mayWorkExchange } from './exchange-access.ts';
import {
  exceptionAssignment,
  exceptionQuery,
  exceptionResolution,
  exchangeException,
  exchangeExceptionDetail,
} from './exchange-schemas.ts';
import { MAX_PAGE_SIZE, cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

export const exceptionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/exceptions',
    {
      schema: {
        summary:
          'Items of the exception queue, newest first (open ones unless a state is asked for), a page at a time',
        tags: ['exchange'],
        querystring: z.strictObject({
          ...exceptionQuery,
          limit: z.coerce.number().int().min(1).max(1000).default(MAX_PAGE_SIZE),
          cursor: pageQuery.cursor,
        }),
        response: {
          200: pageOf(exchangeException),
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request) => {
      const { partner, state, kind, limit, cursor } = request.query;
      const partners = await mayReadExchange(request, partner, `partner ${partner ?? ''}`, MEMBER_FIELDS);
      const before = decodeCursor(cursor, { before: z.number().int().positive() })?.before;
      const items = await listExceptionViews(executorOf(store), {
        ...(partners ? { partners } : {}),
        ...(kind ? { kind } : {}),
        ...(before === undefined ? {} : { beforeId: before }),
        state,
        limit: limit + 1,
      });
      return cutPage(
        items,
        limit,
        (item) => item,
        (item) => ({ before: item.id }),
      );
    },
  );

  app.get(
    '/exceptions/:id',
    {
      schema: {
        summary: 'One item of the exception queue with its history',
        tags: ['exchange'],
        params: idParams,
        response: { 200: exchangeExceptionDetail, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      // The role first, so a role that may never read the queue cannot probe which ids exist.
      await mayReadExchange(request);
      const executor = executorOf(store);
      const row = await findExceptionRow(executor, request.params.id);
      await mayReadExchange(request, row.partner, `exchange exception ${request.params.id}`, MEMBER_FIELDS);
      return exceptionDetail(executor, row);
    },
  );

  app.post(
    '/exceptions/:id/assign',
    {
      schema: {
        summary: 'Give an open item to someone on the team (the caller when no owner is named)',
        tags: ['exchange'],
        params: idParams,
        headers: idempotencyHeader,
        body: exceptionAssignment,
        response: { 200: exchangeExceptionDetail, ...problemResponses([400, 401, 403, 404, 409, 413, 415]) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await mayWorkExchange(request);
      const owner = request.body.owner ?? principalOf(request).subject;
      const on = request.server.programClock.today();
      return changeOnce(store, request, reply, 200, (tx) => assignExceptionTo(tx, id, owner, on));
    },
  );

  app.post(
    '/exceptions/:id/resolve',
    {
      schema: {
        summary: 'Resolve an open item with a note saying what was done',
        description: 'An item already resolved answers 409 CONFLICT, naming the day it was resolved.',
        tags: ['exchange'],
        params: idParams,
        headers: idempotencyHeader,
        body: exceptionResolution,
        response: { 200: exchangeExceptionDetail, ...problemResponses([400, 401, 403, 404, 409, 413, 415]) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await mayWorkExchange(request);
      const resolution = {
        note: request.body.note,
        by: principalOf(request).subject,
        on: request.server.programClock.today(),
        resentFileId: request.body.resentFileId ?? null,
      };
      return changeOnce(store, request, reply, 200, (tx) => resolveExceptionWith(tx, id, resolution));
    },
  );
};
