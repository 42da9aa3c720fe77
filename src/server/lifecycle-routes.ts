// The enrollment lifecycle over HTTP: where a household's enrollment stands and which actions its state
// allows, the transitions recorded, a new transition (idempotent, If-Match), and premiums. Each handler
// decides access, then calls the same src/exchange/lifecycle functions as the CLI.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { coverage, enrollmentState, type Actor } from '../domain/lifecycle.ts';
import {
  householdPremium,
  lifecycleContextFor,
  lifecycleRequestBody,
  listTransitions,
  permissionFor,
  programAverages,
  readEnrollmentState,
  recordTransition,
  toTransitionRequest,
  type ProgramAverages,
} from '../exchange/lifecycle/index.ts';
import { loadContributionParameters } from '../reference-data.ts';
import { TRANSITIONS } from '../rules/lifecycle/index.ts';
import { executorOf } from '../storage/executor.ts';
import { authorize, authorizeForPerson } from './authorize.ts';
import { ifMatchOf } from './concurrency.ts';
import { dayReceivedFor } from './paper-receipt.ts';
import { REPLAYED_HEADER, runOnce } from './idempotency.ts';
import { afterIdOf, pageAfterId, pageOf, pageQuery } from './pagination.ts';
import { personParams } from './person-params.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import { readonlyArray } from './response-schemas.ts';
import type { RouteOptions } from './route-options.ts';
import { decisionSchema } from './decision-schema.ts';

const AVERAGES_TTL_MS = 5 * 60 * 1000;

const allowedAction = z.object({
  action: z.string(),
  to: z.string(),
  citation: z.string(),
  permission: z.enum(['enrollment.elect', 'enrollment.administer']),
});

const standing = z
  .object({
    householdId: z.number().int(),
    state: enrollmentState,
    allowedActions: readonlyArray(allowedAction).describe('What the transition table allows from this state'),
    etag: z.string().describe('Send as If-Match with a transition'),
  })
  .meta({ id: 'EnrollmentStanding' });

const transitionRecord = z
  .object({
    id: z.number().int(),
    confirmationNumber: z.string().describe('What the person quotes to support, e.g. PSHB-000-01AK'),
    householdId: z.number().int(),
    action: z.string(),
    from: z.string(),
    to: z.string(),
    effectiveOn: z.string(),
    requestedOn: z.string(),
    decidedOn: z.string().describe('The program day of the decision: the date its notice bears'),
    reconsiderationDeadline: z.string().describe('The last day to ask for reconsideration'),
    recordedAt: z.string().describe('The instant it was recorded'),
    actor: z.object({ id: z.string(), role: z.string() }),
    reason: z.string(),
    citations: readonlyArray(z.string()),
    explanation: z.string(),
    premiumAdjustment: z.unknown(),
    coverage: coverage.nullable().describe('The coverage the change left, or null'),
  })
  .meta({ id: 'LifecycleTransition' });

const recorded = z
  .object({
    id: z.number().int(),
    confirmationNumber: z.string(),
    householdId: z.number().int(),
    decision: decisionSchema.extend({
      action: z.string(),
      from: z.string(),
      to: z.string(),
      effectiveOn: z.string(),
      requestedOn: z.string(),
      recordedAt: z.string(),
      temporaryExtensionEnds: z.string().nullable(),
      conversionRight: z.boolean(),
      premiumAdjustment: z.unknown(),
    }),
    state: enrollmentState,
    notice: decisionSchema.extend({
      decidedOn: z.string().describe('The date the notice bears'),
      reconsiderationDeadline: z.string(),
      notice: z.string(),
    }),
    etag: z.string(),
  })
  .meta({ id: 'RecordedTransition' });

const weightedAverage = z.object({ enrollments: z.number(), biweekly: z.number(), monthly: z.number() });
const averagesSchema = z
  .object({
    catalogueVersion: z.string(),
    contractYear: z.number().int(),
    enrollments: z.number().int(),
    averages: z.record(z.string(), weightedAverage),
  })
  .meta({ id: 'ProgramWeightedAverages' });

const premiumSchema = z
  .object({
    personId: z.number().int(),
    householdId: z.number().int(),
    enrollmentCode: z.string(),
    enrollmentType: z.string(),
    contribution: decisionSchema.extend({
      payFrequency: z.enum(['biweekly', 'monthly']),
      total: z.number().int().describe('cents per pay period or month'),
      government: z.number().int(),
      enrollee: z.number().int(),
    }),
  })
  .meta({ id: 'HouseholdPremium' });

/** The signed-in user as the lifecycle records them. */
export function actorOf(request: FastifyRequest): Actor {
  const principal = principalOf(request);
  // Auditors and contracting officers change no enrollment (the access policy refuses them first).
  if (principal.role === 'auditor' || principal.role === 'contracting_officer')
    return { id: principal.subject, role: 'system' };
  return { id: principal.subject, role: principal.role };
}

export const lifecycleRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, seasons }) => {
  const query = executorOf(store);
  const parameters = loadContributionParameters();
  let averages: { value: ProgramAverages; at: number } | null = null;
  const currentAverages = async (): Promise<ProgramAverages> => {
    const catalogue = await seasons.catalogue();
    const fresh = averages && performance.now() - averages.at < AVERAGES_TTL_MS;
    if (!fresh || averages?.value.catalogueVersion !== catalogue.version) {
      averages = { value: await programAverages(query, catalogue), at: performance.now() };
    }
    return averages.value;
  };
  const readEnrollment = (request: FastifyRequest, personId: number): Promise<number> =>
    authorizeForPerson(request, 'enrollment.read', personId);

  app.get(
    '/persons/:id/enrollment-state',
    {
      schema: {
        summary: "Where the household's enrollment stands, and the actions its state allows",
        tags: ['lifecycle'],
        params: personParams,
        response: { 200: standing, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request, reply) => {
      await readEnrollment(request, request.params.id);
      const current = await readEnrollmentState(query, request.params.id);
      void reply.header('etag', current.etag);
      const allowedActions = TRANSITIONS.filter((row) => row.from === current.state.status).map((row) => ({
        action: row.action,
        to: row.to,
        citation: row.citation,
        permission: permissionFor(row.action),
      }));
      return { ...current, allowedActions };
    },
  );

  app.get(
    '/persons/:id/transitions',
    {
      schema: {
        summary: "The lifecycle transitions recorded on the household's enrollment, oldest first",
        tags: ['lifecycle'],
        params: personParams,
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(transitionRecord), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const householdId = await readEnrollment(request, request.params.id);
      const { limit, cursor } = request.query;
      const after = afterIdOf(cursor);
      return pageAfterId(await listTransitions(query, householdId, after, limit + 1), limit);
    },
  );

  app.post(
    '/persons/:id/transitions',
    {
      schema: {
        summary:
          'Act on the enrollment: an election, a life event, a cancellation, a removal, a correction...',
        description:
          'The body names the action and its fields (see LifecycleRequest). The request is received on the program date; a program administrator records paper received earlier with paperReceipt. The rules decide; a refusal is INVALID_TRANSITION (409) or RULE_NOT_MET (422) and records nothing. The response carries the initial decision notice with the reconsideration deadline.',
        tags: ['lifecycle'],
        params: personParams,
        headers: z.object({
          'idempotency-key': z.string().optional().describe('Required: a new unique value for each change'),
          'if-match': z
            .string()
            .optional()
            .describe('Required: the ETag of GET /persons/{id}/enrollment-state'),
        }),
        body: lifecycleRequestBody,
        response: { 201: recorded, ...problemResponses([400, 401, 403, 404, 409, 412, 413, 415, 422, 428]) },
      },
    },
    async (request, reply) => {
      const personId = request.params.id;
      const body = request.body;
      const ifMatch = ifMatchOf(request);
      const householdId = await authorizeForPerson(request, permissionFor(body.action), personId);
      const receivedOn = await dayReceivedFor(request, personId, body.paperReceipt);
      const transition = toTransitionRequest(
        body,
        actorOf(request),
        receivedOn,
        request.server.programClock.today(),
      );
      const context = await lifecycleContextFor(
        store,
        householdId,
        body.action,
        await seasons.get(),
        app.programClock,
      );
      const input = { personId, request: transition, ifMatch, paperReceipt: body.paperReceipt };
      const result = await runOnce(store, request, async (tx) => {
        const made = await recordTransition(tx, input, context);
        return { status: 201, body: { ...made, state: made.decision.state } };
      });
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      void reply.header('etag', result.body.etag);
      return reply.code(201).send(result.body);
    },
  );

  app.get(
    '/persons/:id/premium',
    {
      schema: {
        summary: "The household's premium: Government contribution and enrollee share, explained",
        tags: ['lifecycle'],
        params: personParams,
        response: { 200: premiumSchema, ...problemResponses([400, 401, 403, 404, 422]) },
      },
    },
    async (request) => {
      await readEnrollment(request, request.params.id);
      const catalogue = await seasons.catalogue();
      return householdPremium(query, request.params.id, catalogue, await currentAverages(), parameters);
    },
  );

  app.get(
    '/premiums/weighted-averages',
    {
      schema: {
        summary: 'Program-wide enrollment-weighted average premiums per enrollment type (5 U.S.C. 8906(a))',
        tags: ['lifecycle'],
        response: { 200: averagesSchema, ...problemResponses([401, 403]) },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', { kind: 'report' });
      return currentAverages();
    },
  );
};
