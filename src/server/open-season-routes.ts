// GET /api/v1/open-seasons/:id/report: the open season enrollment report.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildEnrollmentReport } from '../exchange/open-season/enrollment-report.ts';
import { authorize } from './authorize.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';
import { readonlyArray } from './response-schemas.ts';

const counts = { automatic: z.number().int(), elected: z.number().int(), total: z.number().int() };

const enrollmentReport = z
  .object({
    openSeasonId: z.string(),
    totals: z.object({
      households: z.number().int(),
      automatic: z.number().int(),
      elected: z.number().int(),
      declined: z.number().int(),
      notEnrolled: z.number().int(),
      terminations: z.number().int(),
      peopleDecided: z.number().int(),
      peopleCovered: z.number().int(),
    }),
    byCarrier: readonlyArray(z.object({ carrier: z.string(), ...counts })),
    byPlan: readonlyArray(
      z.object({
        carrier: z.string(),
        plan: z.string(),
        option: z.string(),
        enrollmentType: z.string(),
        enrollmentCode: z.string(),
        ...counts,
      }),
    ),
    notEnrolledReasons: readonlyArray(z.object({ paragraph: z.string(), households: z.number().int() })),
    partB: readonlyArray(z.object({ outcome: z.string(), paragraph: z.string(), people: z.number().int() })),
  })
  .meta({ id: 'EnrollmentReport' });

export const openSeasonRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, seasons }) => {
  app.get(
    '/open-seasons/:id/report',
    {
      schema: {
        summary: 'The open season enrollment report: by carrier, plan and type; automatic against elected',
        tags: ['open-seasons'],
        params: z.strictObject({ id: z.string().min(1).max(64).describe('The open season id') }),
        response: { 200: enrollmentReport, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', { kind: 'report' });
      const context = await seasons.get(request.params.id);
      return buildEnrollmentReport(store, context.openSeason.id, context.catalogue);
    },
  );
};
