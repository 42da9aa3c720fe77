// The files exchanged with partners over HTTP: a page of them by partner, kind and status, and one
// with its status history and acknowledgment. A carrier user reads its own carriers' files only.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileDetail, findFile, listFiles } from '../exchange/exchange-views/index.ts';
import { executorOf } from '../storage/executor.ts';
import { idParams } from './case-schemas.ts';
import { mayReadExchange } from './exchange-access.ts';
import {
  exchangeFile,
  exchangeFileDetail,
  FILE_KINDS,
  FILE_STATUSES,
  partnerFilter,
} from './exchange-schemas.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

export const exchangeFileRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/files',
    {
      schema: {
        summary: 'Files exchanged with partners, newest first, with their status now',
        tags: ['exchange'],
        querystring: z.strictObject({
          ...partnerFilter,
          kind: z.enum(FILE_KINDS).optional(),
          status: z.enum(FILE_STATUSES).optional().describe('Only files whose latest status is this'),
          ...pageQuery,
        }),
        response: { 200: pageOf(exchangeFile), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const { partner, kind, status, limit, cursor } = request.query;
      const partners = await mayReadExchange(request, partner);
      const before = decodeCursor(cursor, { before: z.number().int().positive() })?.before;
      const rows = await listFiles(executorOf(store), {
        ...(partners ? { partners } : {}),
        ...(kind ? { kind } : {}),
        ...(status ? { status } : {}),
        ...(before !== undefined ? { beforeId: before } : {}),
        limit: limit + 1,
      });
      return cutPage(
        rows,
        limit,
        (r) => r,
        (r) => ({ before: r.id }),
      );
    },
  );

  app.get(
    '/files/:id',
    {
      schema: {
        summary: 'One exchanged file with its status history and acknowledgment',
        tags: ['exchange'],
        params: idParams,
        response: { 200: exchangeFileDetail, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      // The role first, so a role that may never read files cannot probe which ids exist.
      await mayReadExchange(request);
      const executor = executorOf(store);
      const row = await findFile(executor, request.params.id);
      await mayReadExchange(request, row.partner, `exchange file ${request.params.id}`);
      return fileDetail(executor, row);
    },
  );
};
