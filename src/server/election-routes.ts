// POST /api/v1/elections: an open season election (enroll in an option, or decline), checked against
// the open season window and the catalogue by the rules (5 CFR 890.1605(b)), recorded on the household's
// enrollee in one transaction with its idempotency record, after the If-Match check. It is made on the
// day the program receives it (the program clock); only a program administrator records an SF 2809
// received earlier on paper, with its received date and a reason (audited).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { paperReceipt } from '../exchange/lifecycle/index.ts';
import { checkElection, recordElection, requireEnrollee } from '../exchange/elections/record-election.ts';
import { authorizeForPerson } from './authorize.ts';
import { ifMatchOf } from './concurrency.ts';
import { REPLAYED_HEADER, runOnce } from './idempotency.ts';
import { dayReceivedFor } from './paper-receipt.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

export const electionRequest = z
  .strictObject({
    personId: z
      .number()
      .int()
      .positive()
      .max(Number.MAX_SAFE_INTEGER)
      .describe('The enrollee making the election'),
    kind: z.enum(['enroll', 'decline']),
    enrollmentCode: z
      .string()
      .min(2)
      .max(4)
      .optional()
      .describe('The PSHB enrollment code; required to enroll'),
    paperReceipt: paperReceipt
      .optional()
      .describe(
        'Program administrators only: an SF 2809 received earlier on paper, with the day received and why it is recorded late',
      ),
    openSeasonId: z.string().min(1).max(64).optional().describe('Default: the transitional open season'),
  })
  .superRefine((value, context) => {
    if (value.kind === 'enroll' && value.enrollmentCode === undefined) {
      context.addIssue({ code: 'custom', path: ['enrollmentCode'], message: 'required when kind is enroll' });
    }
    if (value.kind === 'decline' && value.enrollmentCode !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['enrollmentCode'],
        message: 'not allowed when kind is decline',
      });
    }
  })
  .meta({ id: 'ElectionRequest' });

export const storedElection = z
  .object({
    personId: z.number().int(),
    openSeasonId: z.string(),
    kind: z.enum(['enroll', 'decline']),
    enrollmentCode: z.string().nullable(),
    madeOn: z
      .string()
      .describe('The day the program received the election: the program date, or the paper received date'),
    recordedAt: z.string(),
    etag: z.string().describe('The household enrollment ETag after this election'),
  })
  .meta({ id: 'Election' });

export const electionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, seasons }) => {
  app.post(
    '/elections',
    {
      schema: {
        summary: 'Make an open season election (enroll or decline) for a household',
        tags: ['enrollments'],
        headers: z.object({
          'idempotency-key': z
            .string()
            .optional()
            .describe('Required: a new unique value for each change; a retry sends the same one'),
          'if-match': z
            .string()
            .optional()
            .describe('Required: the ETag of GET /api/v1/persons/{id}/enrollments'),
        }),
        body: electionRequest,
        response: {
          201: storedElection,
          ...problemResponses([400, 401, 403, 404, 412, 413, 415, 422, 428]),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const ifMatch = ifMatchOf(request);
      const householdId = await authorizeForPerson(request, 'enrollment.elect', body.personId);
      requireEnrollee(body.personId, householdId);
      const madeOn = await dayReceivedFor(request, householdId, body.paperReceipt);
      const { context, index } = await seasons.indexed(body.openSeasonId);
      const receivedOnPaper = body.paperReceipt !== undefined;
      const choice = { kind: body.kind, enrollmentCode: body.enrollmentCode, madeOn, receivedOnPaper };
      const election = checkElection(choice, context, index);
      const result = await runOnce(store, request, async (tx) => ({
        status: 201,
        body: await recordElection(tx, householdId, context.openSeason.id, election, ifMatch),
      }));
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      void reply.header('etag', result.body.etag);
      return reply.code(201).send(result.body);
    },
  );
};
