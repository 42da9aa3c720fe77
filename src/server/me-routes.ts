// GET /api/v1/me: who is signed in, as the web app needs it to choose its screens: role, scope, the
// name to greet, and the program's today (which a training environment may fix; program-clock.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../security/principal.ts';
import { securityDb } from '../security/security-tables.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

const me = z.object({
  subject: z.string(),
  role: z.enum(ROLES),
  displayName: z.string().describe('The name to greet the user by; may be empty'),
  personId: z.number().int().nullable().describe("An enrollee's own person record"),
  partnerOrganization: z.string().nullable().describe("A support specialist's partner organization"),
  carrierCodes: z.array(z.string()).describe("A carrier user's carriers"),
  programDate: z.string().describe('The day the program treats as today (YYYY-MM-DD)'),
});

export const meRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/me',
    {
      schema: {
        summary: 'The signed-in user: role, scope and display name',
        tags: ['session'],
        response: { 200: me, ...problemResponses([401]) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const account = await securityDb(store)
        .selectFrom('user_account')
        .select('display_name')
        .where('subject', '=', principal.subject)
        .executeTakeFirst();
      return {
        subject: principal.subject,
        role: principal.role,
        displayName: account?.display_name ?? '',
        personId: principal.personId ?? null,
        partnerOrganization: principal.partnerOrganization ?? null,
        carrierCodes: [...(principal.carrierCodes ?? [])],
        programDate: request.server.programClock.today(),
      };
    },
  );
};
