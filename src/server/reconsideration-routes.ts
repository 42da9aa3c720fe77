// Reconsideration over HTTP (5 CFR 890.1607, 890.104): a person asks for an initial decision to be
// reconsidered, the request is judged timely or not as it is filed, and the program office decides
// it once, with a final notice. Filing and deciding are idempotent like every change. A request is
// filed, and a decision made, on the program date; only a program administrator records a letter
// received earlier, with its received date and a reason (audited).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../domain/dates.ts';
import {
  paperReceipt,
  decideReconsideration,
  fileReconsideration,
  lifeEventsTable,
  listReconsiderations,
  readReconsideration,
} from '../exchange/lifecycle/index.ts';
import { executorOf } from '../storage/executor.ts';
import { authorizeForPerson } from './authorize.ts';
import { REPLAYED_HEADER, runOnce } from './idempotency.ts';
import { afterIdOf, pageAfterId, pageOf, pageQuery } from './pagination.ts';
import { personParams } from './person-params.ts';
import { principalOf } from './principal.ts';
import { dayReceivedFor } from './paper-receipt.ts';
import { problemResponses } from './problem.ts';
import { readonlyArray } from './response-schemas.ts';
import type { RouteOptions } from './route-options.ts';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().optional().describe('Required: a new unique value for each change'),
});

const filing = z
  .strictObject({
    transitionId: z.number().int().positive().optional().describe('The recorded transition contested'),
    subject: z.string().min(1).max(500).optional().describe('Without transitionId: the decision contested'),
    initialDecisionOn: isoDate.optional().describe('Without transitionId: the date of that decision'),
    paperReceipt: paperReceipt
      .optional()
      .describe(
        'Program administrators only: a request received earlier on paper (a letter), with the day received and why it is recorded late',
      ),
    grounds: z.string().min(1).max(4000).describe('Why the person believes the decision is wrong'),
    notNotified: z.boolean().default(false).describe('Was not told of the decision or the time limit'),
    preventedByCircumstancesBeyondControl: z.boolean().default(false),
  })
  .meta({ id: 'ReconsiderationFiling' });

const outcome = z.object({
  result: z.enum(['affirmed', 'reversed']),
  decidedOn: z.string(),
  findings: z.string(),
  notice: z.string(),
  citations: readonlyArray(z.string()),
  decidedBy: z.string(),
  recordedAt: z.string(),
});

const record = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    transitionId: z.number().int().nullable(),
    subject: z.string(),
    initialDecisionOn: z.string(),
    filedOn: z.string(),
    deadline: z.string(),
    timeliness: z.enum(['timely', 'late_excused', 'untimely']),
    grounds: z.string(),
    explanation: z.string(),
    citations: readonlyArray(z.string()),
    filedBy: z.string(),
    recordedAt: z.string(),
    decision: outcome.nullable(),
  })
  .meta({ id: 'Reconsideration' });

const decisionRequest = z
  .strictObject({
    result: z.enum(['affirm', 'reverse']),
    findings: z.string().min(1).max(4000).describe('The reasons, stated in the final notice'),
  })
  .meta({ id: 'ReconsiderationDecisionRequest' });

export const reconsiderationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  const query = executorOf(store);
  const periods = lifeEventsTable().periods;

  app.post(
    '/persons/:id/reconsiderations',
    {
      schema: {
        summary: 'Ask for an initial decision to be reconsidered (5 CFR 890.1607)',
        tags: ['reconsideration'],
        params: personParams,
        headers: idempotencyHeader,
        body: filing,
        response: { 201: record, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request, reply) => {
      const personId = request.params.id;
      await authorizeForPerson(request, 'case.create', personId);
      const { paperReceipt: paper, ...fields } = request.body;
      const filedOn = await dayReceivedFor(request, personId, paper, 'case.decide');
      const result = await runOnce(store, request, async (tx) => ({
        status: 201,
        body: await fileReconsideration(
          tx,
          { ...fields, personId, filedOn, filedBy: principalOf(request).subject },
          periods,
        ),
      }));
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      return reply.code(201).send(result.body);
    },
  );

  app.get(
    '/persons/:id/reconsiderations',
    {
      schema: {
        summary: "The household's reconsideration requests and their decisions, oldest first",
        tags: ['reconsideration'],
        params: personParams,
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(record), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const personId = request.params.id;
      const householdId = await authorizeForPerson(request, 'case.read', personId);
      const { limit, cursor } = request.query;
      const after = afterIdOf(cursor);
      return pageAfterId(await listReconsiderations(query, householdId, after, limit + 1), limit);
    },
  );

  app.post(
    '/reconsiderations/:id/decision',
    {
      schema: {
        summary: 'Decide a reconsideration request: affirm or reverse, with a final notice (890.104)',
        tags: ['reconsideration'],
        params: z.strictObject({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }),
        headers: idempotencyHeader,
        body: decisionRequest,
        response: { 201: record, ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422]) },
      },
    },
    async (request, reply) => {
      const existing = await readReconsideration(query, request.params.id);
      await authorizeForPerson(request, 'case.decide', existing.personId);
      const result = await runOnce(store, request, async (tx) => ({
        status: 201,
        body: await decideReconsideration(
          tx,
          request.params.id,
          {
            result: request.body.result,
            findings: request.body.findings,
            decidedOn: request.server.programClock.today(),
            decidedBy: principalOf(request).subject,
          },
          periods,
        ),
      }));
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      return reply.code(201).send(result.body);
    },
  );
};
