// Carrier performance over HTTP, due process after acceptance (48 CFR 1609.7101-2; 1632.170(a)(2)):
// the findings notice (HTML and PDF from one document model), the carrier's response and its request
// for reconsideration, the contracting officer's decision on it, the final determination, and the money
// (rebate, withhold across the first quarter's payments, deposit in the contingency reserve) with its
// statement. A step the evaluation's state does not allow answers 409 and changes nothing; each change
// runs once per Idempotency-Key, in the key's transaction (performance-transaction.ts).
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as dueProcess from '../exchange/carrier-performance/due-process/index.ts';
import { idempotencyHeader } from './case-schemas.ts';
import {
  actorOf,
  mayActOnOwnEvaluation,
  mayDecidePerformance,
  mayReadPerformance,
  performanceEvaluationOf,
} from './performance-access.ts';
import {
  carrierResponse,
  carrierResponseView,
  evaluationParams,
  finalDetermination,
  moneyRecording,
  moneyStatement,
  noticeItem,
  noticeParams,
  noticeRequest,
  reasonBody,
  reconsiderationDecided,
  reconsiderationDecision,
  reconsiderationRequest,
  reconsiderationView,
} from './performance-schemas.ts';
import { changeOnceWithin } from './performance-transaction.ts';
import { API_PREFIX_OF_ROUTES, noticeLinks } from './performance-links.ts';
import { problemResponses } from './problem.ts';
import { DATA_CONTENT_SECURITY_POLICY } from './response-headers.ts';
import type { RouteOptions } from './route-options.ts';
import type { Store } from '../storage/store.ts';

const TAGS = ['carrier-performance'];
const PREFIX = API_PREFIX_OF_ROUTES;
const READ_PROBLEMS = problemResponses([400, 401, 403, 404]);
const CHANGE_PROBLEMS = problemResponses([400, 401, 403, 404, 409, 413, 415, 422]);

/** The notice's own stylesheet is inline: nothing else loads, nothing frames it. */
const NOTICE_CONTENT_SECURITY_POLICY = `${DATA_CONTENT_SECURITY_POLICY}; style-src 'unsafe-inline'`;

/** What every step is told: the program day it is taken on, and the request, for the audit log. */
const stepContext = (request: FastifyRequest) => ({
  today: request.server.programClock.today(),
  requestId: request.id,
});

/** The operation recording each kind of money (63 FR 55337; 48 CFR 1632.170(a)(2)). */
const RECORD_MONEY = {
  rebate: dueProcess.recordRebate,
  withhold_schedule: dueProcess.scheduleWithhold,
  withheld: dueProcess.recordWithheld,
  reserve_deposit: dueProcess.recordReserveDeposit,
} as const;

type App = Parameters<FastifyPluginAsyncZod<RouteOptions>>[0];

/** The findings notice: issued by the contracting officer, read as HTML or PDF. */
function noticeRoutes(app: App, store: Store): void {
  app.post(
    `${PREFIX}/evaluations/:id/notice`,
    {
      schema: {
        summary: 'Issue the findings notice to the carrier, opening its response window',
        description:
          'Only once the evaluation is accepted (409 before). Issuing it again answers the notice already issued.',
        tags: TAGS,
        params: evaluationParams,
        headers: idempotencyHeader,
        body: noticeRequest,
        response: { 201: noticeItem, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayDecidePerformance(request);
      const input = { evaluationId: request.params.id, ...request.body, ...stepContext(request) };
      return changeOnceWithin(store, request, reply, async (within) => ({
        status: 201,
        body: noticeLinks(await dueProcess.issueFindingsNotice(within, actorOf(request), input)),
      }));
    },
  );

  for (const format of ['html', 'pdf'] as const) {
    app.get(
      `${PREFIX}/notices/:noticeId.${format}`,
      {
        schema: {
          summary: `A notice to a carrier as ${format === 'html' ? 'HTML' : 'a tagged PDF'}, from its document model`,
          tags: TAGS,
          params: noticeParams,
          response: {
            200: {
              description: `The notice as ${format === 'html' ? 'text/html' : 'application/pdf'}`,
              content:
                format === 'html'
                  ? { 'text/html': { schema: z.string() } }
                  : { 'application/pdf': { schema: z.string().describe('binary') } },
            },
            ...READ_PROBLEMS,
          },
        },
      },
      async (request, reply) => {
        await mayReadPerformance(request);
        const { noticeId } = request.params;
        const rendered = await performanceEvaluationOf(request, () =>
          dueProcess.readNotice(store, actorOf(request), { noticeId, format, requestId: request.id }),
        );
        if (format === 'html') void reply.header('content-security-policy', NOTICE_CONTENT_SECURITY_POLICY);
        void reply.header('content-disposition', `inline; filename="${rendered.fileName}"`);
        return reply.type(rendered.contentType).send(rendered.bytes);
      },
    );
  }
}

/** The carrier's response and request for reconsideration, and the decision on it. */
function reconsiderationRoutes(app: App, store: Store): void {
  app.post(
    `${PREFIX}/evaluations/:id/response`,
    {
      schema: {
        summary: "The carrier's response to the findings, within its window",
        description:
          'A carrier on its own evaluation, or a contracting officer recording what the carrier sent. After the window: 422.',
        tags: TAGS,
        params: evaluationParams,
        headers: idempotencyHeader,
        body: carrierResponse,
        response: { 200: carrierResponseView, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      const input = { evaluationId: request.params.id, text: request.body.text, ...stepContext(request) };
      await mayActOnOwnEvaluation(request, 'record_response', input.evaluationId, store);
      return changeOnceWithin(store, request, reply, async (within) => ({
        status: 200,
        body: await dueProcess.recordCarrierResponse(within, actorOf(request), input),
      }));
    },
  );

  app.post(
    `${PREFIX}/evaluations/:id/reconsideration`,
    {
      schema: {
        summary: 'The carrier asks for a finding to be reconsidered, with the evidence it submits',
        tags: TAGS,
        params: evaluationParams,
        headers: idempotencyHeader,
        body: reconsiderationRequest,
        response: { 200: reconsiderationView, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      const { evidence, ...asked } = request.body;
      // The carrier's evidence is kept as structured data: its words under `text`.
      const input = {
        evaluationId: request.params.id,
        ...asked,
        evidence: { text: evidence },
        ...stepContext(request),
      };
      await mayActOnOwnEvaluation(request, 'request_reconsideration', input.evaluationId, store);
      return changeOnceWithin(store, request, reply, async (within) => ({
        status: 200,
        body: await dueProcess.requestReconsideration(within, actorOf(request), input),
      }));
    },
  );

  app.post(
    `${PREFIX}/evaluations/:id/reconsideration/decision`,
    {
      schema: {
        summary: "The contracting officer's decision on the reconsideration, with the factors it changes",
        description:
          'The request is decided once: a second decision, also one sent at the same time, answers 409 CONFLICT.',
        tags: TAGS,
        params: evaluationParams,
        headers: idempotencyHeader,
        body: reconsiderationDecision,
        response: { 200: reconsiderationDecided, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayDecidePerformance(request);
      const input = { evaluationId: request.params.id, ...request.body, ...stepContext(request) };
      return changeOnceWithin(store, request, reply, async (within) => ({
        status: 200,
        body: await dueProcess.decideReconsideration(within, actorOf(request), input),
      }));
    },
  );
}

/** The final determination and the money. */
function determinationRoutes(app: App, store: Store): void {
  app.post(
    `${PREFIX}/evaluations/:id/final`,
    {
      schema: {
        summary: 'The final determination: the amount, and the 60 days the carrier has to rebate it',
        description:
          "Once the carrier's windows have closed or its requests are decided (409 before). Issuing it again answers the notice already issued.",
        tags: TAGS,
        params: evaluationParams,
        headers: idempotencyHeader,
        body: reasonBody,
        response: { 200: finalDetermination, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayDecidePerformance(request);
      const input = { evaluationId: request.params.id, reason: request.body.reason, ...stepContext(request) };
      return changeOnceWithin(store, request, reply, async (within) => ({
        status: 200,
        body: noticeLinks(await dueProcess.issueFinalDetermination(within, actorOf(request), input)),
      }));
    },
  );

  app.post(
    `${PREFIX}/evaluations/:id/money`,
    {
      schema: {
        summary: 'Record money: a rebate received, the withhold scheduled or withheld, the reserve deposit',
        description:
          'Only after the final determination (409 before); money that does not fit the amount owed answers 422. Once everything is collected and deposited the evaluation is settled.',
        tags: TAGS,
        params: evaluationParams,
        headers: idempotencyHeader,
        body: moneyRecording,
        response: { 201: moneyStatement, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayDecidePerformance(request);
      const { kind, ...money } = request.body;
      const input = { evaluationId: request.params.id, ...money, ...stepContext(request) };
      return changeOnceWithin(store, request, reply, async (within) => ({
        status: 201,
        body: await RECORD_MONEY[kind](within, actorOf(request), input),
      }));
    },
  );

  app.get(
    `${PREFIX}/evaluations/:id/money`,
    {
      schema: {
        summary:
          'The money statement: final amount, rebate due, received, scheduled, withheld, deposited, balance',
        tags: TAGS,
        params: evaluationParams,
        response: { 200: moneyStatement, ...READ_PROBLEMS, ...problemResponses([409]) },
      },
    },
    async (request) => {
      await mayReadPerformance(request);
      return performanceEvaluationOf(request, () =>
        dueProcess.moneyStatement(store, actorOf(request), {
          evaluationId: request.params.id,
          ...stepContext(request),
        }),
      );
    },
  );
}

export const performanceProcessRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  noticeRoutes(app, store);
  reconsiderationRoutes(app, store);
  determinationRoutes(app, store);
};
