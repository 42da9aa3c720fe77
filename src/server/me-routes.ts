// GET /api/v1/me: who is signed in, as the web app needs it to choose its screens: role, scope, the
// name to greet, and the program's today (which a training environment may fix; program-clock.ts).
// PUT /api/v1/me/language: an enrollee's language for what the program sends them (survey invitations).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { setPreferredLanguage } from '../exchange/preferred-language.ts';
import { ROLES } from '../security/principal.ts';
import { securityDb } from '../security/security-tables.ts';
import { authorizeForPerson } from './authorize.ts';
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

const languageBody = z
  .strictObject({ language: z.enum(['en', 'es']).describe('English or Spanish') })
  .describe('PreferredLanguage');

export const meRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.put(
    '/me/language',
    {
      schema: {
        summary: "Sets the signed-in enrollee's language for survey invitations and their forms",
        description:
          'Enrollees only, for their own person record. Without a choice, invitations are in English.',
        tags: ['session'],
        body: languageBody,
        response: { 200: languageBody, ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (principal.role !== 'enrollee' || principal.personId === undefined || principal.personId === null)
        throw new PshbError('FORBIDDEN', 'only an enrollee linked to a person record sets a language');
      await authorizeForPerson(request, 'person.update_contact', principal.personId, {
        purpose: 'language preference',
      });
      const saved = await setPreferredLanguage(store, {
        personId: principal.personId,
        language: request.body.language,
        at: new Date(),
      });
      return { language: saved.language };
    },
  );

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
