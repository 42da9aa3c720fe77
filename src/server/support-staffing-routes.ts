// Staffing and simulation over HTTP: the agents one interval needs (Erlang C, or Erlang A with caller
// patience), and a small simulated season of a shipped plan, run in a worker thread so it never holds
// up other requests. Staff only (report.read).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { planStaffing } from '../support/staffing/staffing-plan.ts';
import { authorize } from './authorize.ts';
import { problemResponses } from './problem.ts';
import { anyJson, planName, shipped, STAFF, type SupportRouteOptions } from './support-schemas.ts';

/** The most contacts a request may simulate: a few seconds of the worker's time at most. */
export const MAX_API_SIMULATION_CONTACTS = 200_000;

export const supportStaffingRoutes: FastifyPluginAsyncZod<SupportRouteOptions> = async (
  app,
  { simulations },
) => {
  app.post(
    '/support/staff',
    {
      schema: {
        summary: 'Agents needed for one interval (Erlang C, or Erlang A when patienceSeconds is given)',
        tags: ['support'],
        body: z.strictObject({
          calls: z.number().nonnegative(),
          intervalSeconds: z.number().positive(),
          ahtSeconds: z.number().positive(),
          serviceLevel: z.number().min(0).max(1),
          answerWithinSeconds: z.number().nonnegative(),
          maxOccupancy: z.number().gt(0).max(1).optional(),
          shrinkage: z.number().min(0).lt(1).optional(),
          patienceSeconds: z.number().positive().optional(),
        }),
        response: { 200: anyJson, ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', STAFF);
      try {
        return planStaffing(request.body) as unknown as Record<string, unknown>;
      } catch (error) {
        if (error instanceof RangeError)
          throw new PshbError('INVALID_INPUT', `serviceLevel: ${error.message}`, [
            { field: 'body.serviceLevel', message: error.message },
          ]);
        throw error;
      }
    },
  );

  app.post(
    '/support/simulations',
    {
      schema: {
        summary: 'Simulate a season of a shipped plan, scaled to a small number of contacts',
        tags: ['support'],
        body: z.strictObject({
          plan: planName.default('open-season-77'),
          seed: z.number().int().min(0).max(4_294_967_295).default(1),
          contacts: z
            .number()
            .int()
            .positive()
            .max(MAX_API_SIMULATION_CONTACTS)
            .default(20_000)
            .describe('Contacts over the season; the staff scale with them'),
        }),
        response: { 200: anyJson, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', STAFF);
      const { plan: name, seed, contacts } = request.body;
      shipped(name);
      const report = await simulations.simulate(name, { seed, contacts, scaleStaff: true });
      return report as unknown as Record<string, unknown>;
    },
  );
};
