// GET /api/v1/persons/:id (masked) and /persons/:id/identifiers (the whole SSN and Medicare number, for
// the roles that need them, with a stated purpose); the plugin also registers a person's explained
// eligibility (person-eligibility-routes.ts) and the household's enrollment history
// (enrollment-history-routes.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskedPerson as readMasked } from '../exchange/masked-person.ts';
import type { FieldKeyring } from '../security/field-encryption.ts';
import { readPersonIdentifiers } from '../security/medicare-number-at-rest.ts';
import { fieldKeyringFor } from '../security/ssn-at-rest.ts';
import { executorOf } from '../storage/executor.ts';
import { authorizeForPerson } from './authorize.ts';
import { enrollmentHistoryRoutes } from './enrollment-history-routes.ts';
import { personEligibilityRoutes } from './person-eligibility-routes.ts';
import { personParams } from './person-params.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

const maskedPerson = z
  .object({
    id: z.number().int(),
    householdId: z.number().int(),
    relationship: z.string(),
    category: z.string(),
    name: z.string(),
    birthYear: z.number().int(),
    ssnLastFour: z.string().describe('Only the last four digits of the SSN'),
    medicareNumberLastFour: z
      .string()
      .nullable()
      .describe('Only the last four characters of the Medicare number (MBI); null when none is on file'),
    mailingZip: z
      .string()
      .nullable()
      .describe(
        "The 5-digit ZIP Code of the household's mailing address, e.g. to compare the plans offered there; null when none is on file or its USPS prefix is not in the address's state",
      ),
  })
  .meta({ id: 'MaskedPerson' });

const personIdentifiers = z
  .object({
    id: z.number().int(),
    ssn: z.string().describe('The whole SSN, NNN-NN-NNNN'),
    medicareNumber: z
      .string()
      .nullable()
      .describe('The whole Medicare Beneficiary Identifier (11 characters); null when none is on file'),
  })
  .meta({ id: 'PersonIdentifiers' });

/** The server the plugin registers its routes on, with the zod type provider. */
type App = Parameters<FastifyPluginAsyncZod<RouteOptions>>[0];

export const personRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, options) => {
  maskedPersonRoute(app, options);
  identifiersRoute(app, options);
  await personEligibilityRoutes(app, options);
  await enrollmentHistoryRoutes(app, options);
};

function maskedPersonRoute(app: App, { store }: RouteOptions): void {
  const executor = executorOf(store);
  app.get(
    '/persons/:id',
    {
      schema: {
        summary:
          "A person, masked: name, birth year, the last four characters of the SSN and Medicare number, and the mailing address's ZIP Code",
        tags: ['persons'],
        params: personParams,
        response: { 200: maskedPerson, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const id = request.params.id;
      await authorizeForPerson(request, 'person.read', id, {
        fields: ['name', 'birth_date', 'ssn_last4', 'medicare_number_last4', 'mailing_postal_code'],
      });
      return readMasked(executor, id);
    },
  );
}

function identifiersRoute(app: App, { store }: RouteOptions): void {
  // Loaded at the first identifiers read, so a server that never serves one never touches the key.
  let keyring: FieldKeyring | undefined;
  app.get(
    '/persons/:id/identifiers',
    {
      schema: {
        summary: "A person's whole SSN and Medicare number, for the roles that need them, with a purpose",
        description:
          'Only for person.read_identifiers (program administrators; carriers for their own enrollees). The read is written to the audit log with the purpose given and the fields ssn and medicare_number; a refusal is audited too.',
        tags: ['persons'],
        params: personParams,
        querystring: z.strictObject({
          purpose: z
            .string()
            .trim()
            .min(3)
            .max(200)
            .describe(
              'Why the whole identifiers are needed, recorded in the audit log (e.g. "carrier enrollment reconciliation", "case 123")',
            ),
        }),
        response: { 200: personIdentifiers, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      // Whole identifiers must not linger in a browser's or a proxy's cache.
      void reply.header('cache-control', 'no-store');
      await authorizeForPerson(request, 'person.read_identifiers', id, {
        fields: ['ssn', 'medicare_number'],
        purpose: request.query.purpose,
      });
      keyring ??= fieldKeyringFor(store, app.environment);
      const identifiers = await readPersonIdentifiers(store, keyring, id);
      return { id, ...identifiers };
    },
  );
}
