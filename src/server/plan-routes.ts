// GET /api/v1/plans: plan comparison from the catalogue in force, for signed-in people; and
// GET /api/v1/public/plans: the same figures for anyone, by ZIP Code, before signing in. The public route
// reads only the catalogue: no session, no personal data, nothing audited; it counts against the
// per-address rate limit of every API request.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { enrollmentType } from '../domain/catalogue.ts';
import type { UseLevelProfiles, ZipPrefixTable } from '../domain/plan-costs.ts';
import { PshbError } from '../errors.ts';
import { loadUseLevelProfiles, loadZipPrefixTable } from '../reference-data.ts';
import { stateOfZip, ZIP_CODE_PATTERN } from '../rules/zip-state.ts';
import { authorize } from './authorize.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { comparePlans, payFrequency, planOffer } from './plan-comparison.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

/** Pages kept, serialized, per catalogue version and query; a page of a saved version never changes. */
const MAX_CACHED_PAGES = 2000;

const zipCode = z
  .string()
  .trim()
  .regex(ZIP_CODE_PATTERN, 'must be a five-digit ZIP Code, e.g. 89501')
  .describe('Where the person lives: only the plans offered in its state');

let profiles: UseLevelProfiles | undefined;
let zipTable: ZipPrefixTable | undefined;
const useLevels = (): UseLevelProfiles => (profiles ??= loadUseLevelProfiles());

/** The state of a ZIP Code; INVALID_INPUT naming the field when no state has its prefix. */
function stateOf(zip: string): string {
  const state = stateOfZip((zipTable ??= loadZipPrefixTable()), zip);
  if (state === null)
    throw new PshbError('INVALID_INPUT', `no state is known for ZIP Code ${zip}`, [
      { field: 'zip', message: 'is not a ZIP Code in use' },
    ]);
  return state;
}

export const planRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { seasons }) => {
  // Plan comparison is the first morning's most frequent read: serializing it again for each of
  // thousands of requests a second costs more than everything else the request does.
  const pages = new Map<string, string>();
  app.get(
    '/plans',
    {
      schema: {
        summary: 'Compare the PSHB plans of the catalogue in force',
        tags: ['plans'],
        querystring: z.strictObject({
          enrollmentType: enrollmentType.optional().describe('Only this enrollment type'),
          payFrequency: payFrequency
            .default('biweekly')
            .describe('biweekly (employees) or monthly (annuitants)'),
          zip: zipCode
            .optional()
            .describe('Only plans offered where this ZIP Code is (its state); wins over state'),
          state: z
            .union([z.string().regex(/^[A-Z]{2}$/), z.literal('none')])
            .optional()
            .describe(
              "Only plans offered where the person lives: nationwide options, and regional ones whose regions include this state (two-letter code); 'none' (living outside the states): nationwide options only",
            ),
          ...pageQuery,
        }),
        response: { 200: pageOf(planOffer), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request, reply) => {
      await authorize(request, 'plan.read', { kind: 'plan' });
      const {
        enrollmentType: type,
        payFrequency: frequency,
        zip,
        state: stateAsked,
        limit,
        cursor,
      } = request.query;
      const state = zip !== undefined ? stateOf(zip) : stateAsked === 'none' ? null : stateAsked;
      const after = decodeCursor(cursor, { after: z.number().int().nonnegative() })?.after ?? 0;
      const catalogue = await seasons.catalogue();
      const key = `${catalogue.version}|${type ?? '*'}|${frequency}|${state === undefined ? '*' : String(state)}|${after}|${limit}`;
      let text = pages.get(key);
      if (text === undefined) {
        const offers = comparePlans(
          catalogue,
          { enrollmentType: type, payFrequency: frequency, state },
          useLevels(),
        );
        const rows = offers
          .slice(after, after + limit + 1)
          .map((offer, i) => ({ offer, position: after + i + 1 }));
        const page = cutPage(
          rows,
          limit,
          (row) => row.offer,
          (row) => ({ after: row.position }),
        );
        text = JSON.stringify(pageOf(planOffer).parse(page));
        if (pages.size >= MAX_CACHED_PAGES) pages.clear();
        pages.set(key, text);
      }
      // A string body is sent as is: the page was checked against its schema when it was cached.
      return reply.type('application/json; charset=utf-8').send(text as never);
    },
  );
};

const publicPlans = z
  .object({
    zip: z.string(),
    state: z.string().describe('The state or territory the ZIP Code is in'),
    catalogueVersion: z.string(),
    useLevelsVersion: z.string(),
    plans: z.array(planOffer),
  })
  .meta({ id: 'PublicPlans' });

/** Needs no session: the plans of the catalogue in force offered where a ZIP Code is. */
export const publicPlanRoutes: FastifyPluginAsyncZod<Pick<RouteOptions, 'seasons'>> = async (
  app,
  { seasons },
) => {
  app.get(
    '/public/plans',
    {
      schema: {
        summary: 'The PSHB plans offered in the state of a ZIP Code, with their costs, for anyone',
        description:
          'Needs no session and carries no personal data: the ZIP Code is used to find its state and is not kept.',
        tags: ['plans'],
        security: [],
        querystring: z.strictObject({
          zip: zipCode,
          enrollmentType: enrollmentType.optional().describe('Only this enrollment type'),
          payFrequency: payFrequency
            .default('biweekly')
            .describe('biweekly (employees) or monthly (annuitants)'),
        }),
        response: { 200: publicPlans, ...problemResponses([400, 429]) },
      },
    },
    async (request, reply) => {
      const { zip, enrollmentType: type, payFrequency: frequency } = request.query;
      const state = stateOf(zip);
      const catalogue = await seasons.catalogue();
      const plans = comparePlans(
        catalogue,
        { enrollmentType: type, payFrequency: frequency, state },
        useLevels(),
      );
      // The same for everyone: a shared cache may keep it for a few minutes.
      void reply.header('cache-control', 'public, max-age=300');
      return {
        zip: zip.slice(0, 5),
        state,
        catalogueVersion: catalogue.version,
        useLevelsVersion: useLevels().version,
        plans,
      };
    },
  );
};
