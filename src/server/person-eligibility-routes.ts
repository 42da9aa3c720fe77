// GET /api/v1/persons/:id (masked), /persons/:id/identifiers (the whole SSN and Medicare number, for the
// roles that need them, with a stated purpose), /persons/:id/eligibility (explained) and
// /persons/:id/enrollments (the household's enrollment history, paginated, with the ETag a change must
// send back).
import { CompiledQuery } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';
import { explainEligibility, readEligibilitySource } from '../exchange/person-eligibility.ts';
import type { FieldKeyring } from '../security/field-encryption.ts';
import { readPersonIdentifiers } from '../security/medicare-number-at-rest.ts';
import { fieldKeyringFor } from '../security/ssn-at-rest.ts';
import { authorizeForPerson } from './authorize.ts';
import { principalOf } from './principal.ts';
import { householdEtag } from './concurrency.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';
import { readonlyArray } from './response-schemas.ts';
import { decisionSchema, personOutcomeSchema, terminationSchema } from './decision-schema.ts';

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
    medicareNumberLastFour: z
      .string()
      .nullable()
      .describe('Only the last four characters of the Medicare number (MBI); null when none is on file'),
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

export const personRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, seasons }) => {
  const query = async <Row>(text: string, params: readonly unknown[]): Promise<Row[]> =>
    (await store.db.executeQuery<Row>(CompiledQuery.raw(text, [...params]))).rows;

  const authorizeRead = (
    request: FastifyRequest,
    action: 'person.read' | 'person.read_identifiers' | 'enrollment.read',
    personId: number,
    fields?: readonly string[],
    purpose?: string,
  ): Promise<number> =>
    authorizeForPerson(request, action, personId, {
      ...(fields ? { fields } : {}),
      ...(purpose ? { purpose } : {}),
    });

  // Loaded at the first identifiers read, so a server that never serves one never touches the key.
  let keyring: FieldKeyring | undefined;

  app.get(
    '/persons/:id',
    {
      schema: {
        summary:
          'A person, masked: name, birth year and the last four characters of the SSN and Medicare number',
        tags: ['persons'],
        params: personParams,
        response: { 200: maskedPerson, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const id = request.params.id;
      await authorizeRead(request, 'person.read', id, [
        'name',
        'birth_date',
        'ssn_last4',
        'medicare_number_last4',
      ]);
      // The SSN and MBI are stored encrypted (migrations 0003, 0005); only their last four characters
      // are read here, never decrypted.
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
          'medicare_number_last4',
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
        medicareNumberLastFour: row.medicare_number_last4,
      };
    },
  );

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
      await authorizeRead(
        request,
        'person.read_identifiers',
        id,
        ['ssn', 'medicare_number'],
        request.query.purpose,
      );
      keyring ??= fieldKeyringFor(store);
      const identifiers = await readPersonIdentifiers(store, keyring, id);
      return { id, ...identifiers };
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
    async (request, reply) => {
      const id = request.params.id;
      const { openSeasonId, asOf } = request.query;
      // An unknown open season is reported only after the access decision, as it was when access was
      // decided first; meanwhile the read names no season, so it finds no elections.
      let season: string;
      let unknownSeason: unknown;
      try {
        season = seasons.openSeason(openSeasonId).id;
      } catch (error) {
        season = '';
        unknownSeason = error;
      }
      // One round trip reads the person's scope with the data; the policy decides on that scope and the
      // audit record commits before anything of the data is used.
      const source = await readEligibilitySource(store, id, season);
      const scope = await request.server.accessEnforcer.withScope(
        principalOf(request),
        'person.read',
        id,
        source,
        { requestId: request.id, fields: ELIGIBILITY_FIELDS },
      );
      if (!scope || !source) throw new PshbError('NOT_FOUND', `no person with id ${id}`);
      if (unknownSeason !== undefined) throw unknownSeason;
      const { context, index } = await seasons.indexed(openSeasonId);
      // Sent as text: the explanation is built by typed code, and checking it against the response
      // schema on every request cost more than the rules themselves (the schema is checked in tests).
      const body = JSON.stringify(explainEligibility(source, context, index, asOf));
      return reply.type('application/json; charset=utf-8').send(body as never);
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
      const householdId = await authorizeRead(request, 'enrollment.read', id);
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
