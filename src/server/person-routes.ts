// GET /api/v1/persons/:id (masked), /persons/:id/eligibility (explained) and /persons/:id/enrollments
// (the household's enrollment history, paginated, with the ETag a change must send back).
import { CompiledQuery } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';
import { explainPersonEligibility } from '../exchange/person-eligibility.ts';
import type { Store } from '../storage/store.ts';
import { authorize } from './authorize.ts';
import { householdEtag } from './concurrency.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';
import { readonlyArray } from './response-schemas.ts';
import { decisionSchema } from './decision-schema.ts';

export const personParams = z.strictObject({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('The person id'),
});

const maskedPerson = z
  .object({
    id: z.number().int(),
    householdId: z.number().int(),
    relationship: z.string(),
    category: z.string(),
    name: z.string(),
    birthYear: z.number().int(),
    ssnLastFour: z.string().describe('Only the last four digits of the SSN'),
  })
  .meta({ id: 'MaskedPerson' });

const decision = decisionSchema;
const eligibility = z
  .object({
    personId: z.string(),
    householdId: z.string(),
    name: z.string(),
    ssnLastFour: z.string(),
    asOf: z.string(),
    person: z.object({ personId: z.string(), eligibility: decision, partB: decision, covered: z.boolean() }),
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
      termination: decision
        .extend({
          effectiveOn: z.string().nullable(),
          temporaryExtensionEnds: z.string().nullable(),
          conversionRight: z.boolean(),
        })
        .nullable(),
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

const enrollmentEvent = z
  .object({
    id: z.number().int(),
    eventType: z.string(),
    openSeasonId: z.string().nullable(),
    enrollmentCode: z.string().nullable(),
    planCode: z.string().nullable(),
    optionCode: z.string().nullable(),
    enrollmentType: z.string().nullable(),
    effectiveOn: z.string(),
    recordedAt: z.string(),
    reason: z.string(),
    citations: readonlyArray(z.string()),
  })
  .meta({ id: 'EnrollmentEvent' });

/** The household of a person, or NOT_FOUND. */
export async function householdOf(store: Store, personId: number): Promise<number> {
  const row = await store.db
    .selectFrom('person')
    .select('household_id')
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!row) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  return row.household_id;
}

export const personRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, seasons }) => {
  const query = async <Row>(text: string, params: readonly unknown[]): Promise<Row[]> =>
    (await store.db.executeQuery<Row>(CompiledQuery.raw(text, [...params]))).rows;

  /** Decides (and audits) an action on a person's data; returns their household id. */
  const authorizeForPerson = async (
    request: FastifyRequest,
    action: 'person.read' | 'enrollment.read',
    personId: number,
    fields?: readonly string[],
  ): Promise<number> => {
    const householdId = await householdOf(store, personId);
    const kind = action === 'person.read' ? 'person' : 'enrollment';
    await authorize(request, action, { kind, personId, householdId }, fields ? { fields } : {});
    return householdId;
  };

  app.get(
    '/persons/:id',
    {
      schema: {
        summary: 'A person, masked: name, birth year and the last four digits of the SSN',
        tags: ['persons'],
        params: personParams,
        response: { 200: maskedPerson, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const id = request.params.id;
      await authorizeForPerson(request, 'person.read', id, ['name', 'birth_date', 'ssn_last4']);
      // The SSN is stored encrypted (migration 0003); only its last four digits are read, never decrypted.
      const row = await store.db
        .selectFrom('person')
        .select([
          'id',
          'household_id',
          'relationship',
          'category',
          'first_name',
          'last_name',
          'birth_date',
          'ssn_last4',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw new PshbError('NOT_FOUND', `no person with id ${id}`);
      return {
        id: row.id,
        householdId: row.household_id,
        relationship: row.relationship,
        category: row.category,
        name: `${row.first_name} ${row.last_name}`,
        birthYear: Number(row.birth_date.slice(0, 4)),
        ssnLastFour: row.ssn_last4 ?? '????',
      };
    },
  );

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
    },
    async (request) => {
      const id = request.params.id;
      await authorizeForPerson(request, 'person.read', id, ['name', 'birth_date', 'medicare', 'residence']);
      const context = await seasons.get(request.query.openSeasonId);
      return explainPersonEligibility(store, id, context, request.query.asOf);
    },
  );

  app.get(
    '/persons/:id/enrollments',
    {
      schema: {
        summary: "The enrollment history of a person's household, oldest first, with its ETag",
        tags: ['enrollments'],
        params: personParams,
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(enrollmentEvent), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      const householdId = await authorizeForPerson(request, 'enrollment.read', id);
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor, { after: z.number().int().nonnegative() })?.after ?? 0;
      const [rows, etag] = await Promise.all([
        store.db
          .selectFrom('enrollment_event')
          .selectAll()
          .where('person_id', '=', householdId)
          .where('id', '>', after)
          .orderBy('id')
          .limit(limit + 1)
          .execute(),
        householdEtag(query, householdId),
      ]);
      void reply.header('etag', etag);
      return cutPage(
        rows,
        limit,
        (r) => ({
          id: Number(r.id),
          eventType: r.event_type,
          openSeasonId: r.open_season_id,
          enrollmentCode: r.enrollment_code,
          planCode: r.plan_code,
          optionCode: r.option_code,
          enrollmentType: r.enrollment_type,
          effectiveOn: r.effective_on,
          recordedAt: new Date(r.recorded_at).toISOString(),
          reason: r.reason,
          citations: r.citations,
        }),
        (r) => ({ after: Number(r.id) }),
      );
    },
  );
};
