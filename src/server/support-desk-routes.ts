// GET /api/v1/support/desk: the help desk's reference data for the console, the wrap-up codes a case is
// closed with and the knowledge base, each with its source and version (reference-data/support-desk/).
// Staff only, like the support plans.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deskReference, knowledgeBase, wrapUpCodes } from '../support/desk/desk-reference.ts';
import { authorize } from './authorize.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';
import { STAFF } from './support-schemas.ts';

export const supportDeskRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app) => {
  app.get(
    '/support/desk',
    {
      schema: {
        summary: "The help desk's wrap-up codes and knowledge base, with their sources and versions",
        tags: ['support'],
        response: {
          200: z
            .object({ wrapUpCodes: wrapUpCodes, knowledgeBase: knowledgeBase })
            .meta({ id: 'SupportDesk' }),
          ...problemResponses([401, 403]),
        },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', STAFF);
      const { wrapUp, knowledge } = deskReference();
      return { wrapUpCodes: wrapUp, knowledgeBase: knowledge };
    },
  );
};
