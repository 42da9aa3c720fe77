// GET /api/v1/persons/:id/eligibility: a person's eligibility, Part B standing and open season outcome,
// each explained. The busiest read of open season: one round trip reads the person with their access
// scope, the policy decides and audits, and only then are the rules run.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';
import {
  explainEligibility,
  readEligibilitySource,
  type EligibilitySource,
} from '../exchange/person-eligibility.ts';
import type { Store } from '../storage/store.ts';
import { earlyReadFor, type EarlyRead } from './early-read.ts';
import type { SeasonContexts } from './season-cache.ts';
import { personParams } from './person-params.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';
import { readonlyArray } from './response-schemas.ts';
import { decisionSchema, personOutcomeSchema, terminationSchema } from './decision-schema.ts';

const decision = decisionSchema;

/** The personal fields an explanation carries, for its audit record. */
const ELIGIBILITY_FIELDS = ['name', 'birth_date', 'medicare', 'residence'] as const;
export const eligibility = z
  .object({
    personId: z.string(),
    householdId: z.string(),
    name: z.string(),
    ssnLastFour: z.string(),
    asOf: z.string(),
    person: personOutcomeSchema,
    household: z.object({
      enrollment: decision.extend({
        target: z
          .object({
            enrollmentCode: z.string(),
            planCode: z.string(),
            optionCode: z.string(),
            enrollmentType: z.string(),
            effectiveOn: z.string(),
          })
          .nullable(),
      }),
      termination: terminationSchema.nullable(),
    }),
    history: readonlyArray(
      z.object({
        eventType: z.string(),
        enrollmentCode: z.string().nullable(),
        effectiveOn: z.string(),
        recordedAt: z.string(),
        reason: z.string(),
        citations: readonlyArray(z.string()),
      }),
    ),
  })
  .meta({ id: 'PersonEligibility' });

const sourceKey = (personId: number, openSeasonId: string) => `${personId} ${openSeasonId}`;

/** The open season a request names (default the transitional one), or why there is none. */
function seasonOf(
  seasons: SeasonContexts,
  openSeasonId: string | undefined,
): { readonly id: string } | { readonly unknown: unknown } {
  try {
    return { id: seasons.openSeason(openSeasonId).id };
  } catch (error) {
    return { unknown: error };
  }
}

/**
 * The person's explanation's inputs, read as the request arrives (src/server/early-read.ts), when its
 * id and open season are valid; the handler reads them itself otherwise.
 */
function earlySource(request: FastifyRequest, store: Store, seasons: SeasonContexts): EarlyRead | undefined {
  const params = personParams.safeParse(request.params);
  const { openSeasonId } = request.query as { openSeasonId?: unknown };
  if (!params.success || (openSeasonId !== undefined && typeof openSeasonId !== 'string')) return undefined;
  const season = seasonOf(seasons, openSeasonId);
  if (!('id' in season)) return undefined;
  const id = params.data.id;
  return { key: sourceKey(id, season.id), result: readEligibilitySource(store, id, season.id) };
}

export const personEligibilityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { store, seasons },
) => {
  app.get(
    '/persons/:id/eligibility',
    {
      schema: {
        summary: "A person's eligibility, Part B standing and open season outcome, each explained",
        tags: ['persons'],
        params: personParams,
        querystring: z.strictObject({
          asOf: isoDate
            .optional()
            .describe('Decide as of this date (default: when open season actions take effect)'),
          openSeasonId: z
            .string()
            .min(1)
            .max(64)
            .optional()
            .describe('Default: the transitional open season'),
        }),
        response: { 200: eligibility, ...problemResponses([400, 401, 403, 404]) },
      },
      config: { earlyRead: (request) => earlySource(request, store, seasons) },
    },
    async (request, reply) => {
      const id = request.params.id;
      const { openSeasonId, asOf } = request.query;
      // An unknown open season is reported only after the access decision, as it was when access was
      // decided first; meanwhile the read names no season, so it finds no elections.
      const named = seasonOf(seasons, openSeasonId);
      const season = 'id' in named ? named.id : '';
      // One round trip reads the person's scope with the data; the policy decides on that scope and the
      // audit record commits before anything of the data is used.
      const source = await (earlyReadFor<EligibilitySource | undefined>(request, sourceKey(id, season)) ??
        readEligibilitySource(store, id, season));
      const scope = await request.server.accessEnforcer.withScope(
        principalOf(request),
        'person.read',
        id,
        source,
        { requestId: request.id, fields: ELIGIBILITY_FIELDS },
      );
      if (!scope || !source) throw new PshbError('NOT_FOUND', `no person with id ${id}`);
      if ('unknown' in named) throw named.unknown;
      const { context, index } = await seasons.indexed(openSeasonId);
      // Sent as text: the explanation is built by typed code, and checking it against the response
      // schema on every request cost more than the rules themselves (the schema is checked in tests).
      const body = JSON.stringify(explainEligibility(source, context, index, asOf));
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );
};
