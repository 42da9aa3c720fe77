// Carrier performance over HTTP, the evaluation itself: the methods, the program-wide summary with each
// carrier's trend, the evaluations a page at a time, one evaluation with its history, the contracting
// officer's factor decisions and acceptance, and the evidence. A carrier reads its own carriers'
// evaluations and evidence only; another carrier's is answered as missing. Every change runs once per
// Idempotency-Key in one transaction; two changes of one evaluation queue on its row, so the second
// sees the first's result (a second acceptance answers 409). docs/carrier-performance-api.md.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as performance from '../exchange/carrier-performance/index.ts';
import { loadPerformanceMethods } from '../exchange/carrier-performance/method-catalogue.ts';
import { executorOf } from '../storage/executor.ts';
import { PshbError } from '../errors.ts';
import { idempotencyHeader } from './case-schemas.ts';
import {
  actorOf,
  mayDecidePerformance,
  mayReadPerformance,
  performanceEvaluationOf,
} from './performance-access.ts';
import { API_PREFIX_OF_ROUTES } from './performance-links.ts';
import {
  evaluationCreation,
  evaluationListQuery,
  evaluationPage,
  evaluationParams,
  evaluationView,
  evidenceItem,
  evidenceList,
  evidenceQuery,
  evidenceRecording,
  evidenceRefresh,
  factorDecision,
  factorParams,
  ifMatchHeaders,
  methodList,
  reasonBody,
  summary,
  summaryQuery,
} from './performance-schemas.ts';
import { changeOnceWithin } from './performance-transaction.ts';
import {
  evaluationAnswer,
  evaluationEtag,
  noticesOf,
  requireUnchangedSince,
  STAFF_MEASURES,
} from './performance-views.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';
import type { Store } from '../storage/store.ts';

const TAGS = ['carrier-performance'];
const PREFIX = API_PREFIX_OF_ROUTES;
const READ_PROBLEMS = problemResponses([400, 401, 403, 404]);
const CHANGE_PROBLEMS = problemResponses([400, 401, 403, 404, 409, 413, 415, 422]);

/** The most a year's summary lists: every carrier and plan of the program, many times over. */
const SUMMARY_LIMIT = 500;

/** Sends an evaluation with its ETag, for a later change's If-Match. */
function withEtag<View extends { readonly id: number; readonly events: readonly { readonly id: number }[] }>(
  reply: FastifyReply,
  view: View,
): View {
  void reply.header('etag', evaluationEtag(view));
  return view;
}

const requestIdOf = (request: FastifyRequest) => ({ requestId: request.id });

type App = Parameters<FastifyPluginAsyncZod<RouteOptions>>[0];

/** The methods, the year's summary and the evaluations a page at a time. */
function listingRoutes(app: App, store: Store): void {
  app.get(
    `${PREFIX}/methods`,
    {
      schema: {
        summary: 'The evaluation methods the exchange holds as data, oldest first',
        tags: TAGS,
        response: { 200: methodList, ...READ_PROBLEMS },
      },
    },
    async (request) => {
      await mayReadPerformance(request);
      const methods = loadPerformanceMethods();
      return { items: [...methods].sort((a, b) => a.effectiveFromYear - b.effectiveFromYear) };
    },
  );

  app.get(
    `${PREFIX}/summary`,
    {
      schema: {
        summary: "Every evaluation of a contract year in the caller's scope, with each carrier's trend",
        tags: TAGS,
        querystring: summaryQuery,
        response: { 200: summary, ...READ_PROBLEMS },
      },
    },
    async (request) => {
      await mayReadPerformance(request);
      const { year } = request.query;
      const page = await performance.listEvaluationSummaries(store, actorOf(request), {
        contractYear: year,
        limit: SUMMARY_LIMIT,
        ...requestIdOf(request),
      });
      return { year, items: page.items };
    },
  );

  app.get(
    `${PREFIX}/evaluations`,
    {
      schema: {
        summary: "Evaluations in the caller's scope, in id order, a page at a time",
        tags: TAGS,
        querystring: evaluationListQuery,
        response: { 200: evaluationPage, ...READ_PROBLEMS },
      },
    },
    async (request) => {
      const { carrier, year, state, limit, cursor } = request.query;
      await mayReadPerformance(request, carrier);
      return performance.listEvaluationSummaries(store, actorOf(request), {
        ...(carrier === undefined ? {} : { carrierCode: carrier }),
        ...(year === undefined ? {} : { contractYear: year }),
        ...(state === undefined ? {} : { state }),
        ...(cursor === undefined ? {} : { cursor }),
        limit,
        ...requestIdOf(request),
      });
    },
  );
}

/** One evaluation: its creation, reading, factor decisions and acceptance. */
function evaluationRoutes(app: App, store: Store): void {
  app.post(
    `${PREFIX}/evaluations`,
    {
      schema: {
        summary:
          "Evaluate a carrier's contract year: the engine's proposal from its evidence and premium base",
        description:
          'The contracting officer then accepts or changes each proposed factor. One evaluation per carrier, plan, year and method: asking again answers the one there is, with 200.',
        tags: TAGS,
        headers: idempotencyHeader,
        body: evaluationCreation,
        response: { 201: evaluationView, 200: evaluationView, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayDecidePerformance(request);
      const input = {
        ...request.body,
        today: request.server.programClock.today(),
        ...requestIdOf(request),
      };
      return changeOnceWithin(store, request, reply, async (within) => {
        const { created, evaluation } = await performance.createEvaluation(within, actorOf(request), input);
        return { status: created ? 201 : 200, body: evaluationAnswer(evaluation) } as const;
      });
    },
  );

  app.get(
    `${PREFIX}/evaluations/:id`,
    {
      schema: {
        summary: 'One evaluation: proposal, factors, acceptance, notices, deadlines and its whole history',
        description: 'The ETag header names the version read: send it as If-Match with a factor decision.',
        tags: TAGS,
        params: evaluationParams,
        response: { 200: evaluationView, ...READ_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayReadPerformance(request);
      const view = await performanceEvaluationOf(request, () =>
        performance.showEvaluation(store, actorOf(request), {
          evaluationId: request.params.id,
          ...requestIdOf(request),
        }),
      );
      return withEtag(reply, evaluationAnswer(view, await noticesOf(executorOf(store), view.id)));
    },
  );

  app.post(
    `${PREFIX}/evaluations/:id/factors/:elementId`,
    {
      schema: {
        summary: "Decide an element's factor, with the reason: kept with its author",
        description:
          'Only while the evaluation is proposed (409 after). With If-Match (the ETag of the evaluation read), a decision recorded by someone else since that read answers 409 CONFLICT and changes nothing.',
        tags: TAGS,
        params: factorParams,
        headers: ifMatchHeaders,
        body: factorDecision,
        response: { 200: evaluationView, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayDecidePerformance(request);
      const { id, elementId } = request.params;
      const input = {
        evaluationId: id,
        elementId,
        ...request.body,
        today: request.server.programClock.today(),
        ...requestIdOf(request),
      };
      const ifMatch = request.headers['if-match'];
      const answer = await changeOnceWithin(store, request, reply, async (within) => {
        const view = await performance.decideFactor(within, actorOf(request), input);
        // The evaluation stays locked until the change commits: the event before this decision is
        // the one the caller read, or someone else decided in between.
        if (ifMatch !== undefined) requireUnchangedSince(view, ifMatch, 1);
        return { status: 200, body: evaluationAnswer(view) } as const;
      });
      return answer;
    },
  );

  app.post(
    `${PREFIX}/evaluations/:id/accept`,
    {
      schema: {
        summary: 'Accept the decided factors: the amount is the premium base times their sum, capped',
        description:
          'Every element needs its factor decided first (409); an evaluation already accepted answers 409.',
        tags: TAGS,
        params: evaluationParams,
        headers: ifMatchHeaders,
        body: reasonBody,
        response: { 200: evaluationView, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayDecidePerformance(request);
      const input = {
        evaluationId: request.params.id,
        reason: request.body.reason,
        today: request.server.programClock.today(),
        ...requestIdOf(request),
      };
      const ifMatch = request.headers['if-match'];
      return changeOnceWithin(store, request, reply, async (within) => {
        const view = await performance.acceptEvaluation(within, actorOf(request), input);
        if (ifMatch !== undefined) requireUnchangedSince(view, ifMatch, 1);
        return { status: 200, body: evaluationAnswer(view) } as const;
      });
    },
  );
}

/** The evidence: read, refreshed from the exchange, recorded by staff. */
function evidenceRoutes(app: App, store: Store): void {
  app.get(
    `${PREFIX}/evidence`,
    {
      schema: {
        summary: "A carrier's evidence for a contract year, each item with where it came from",
        tags: TAGS,
        querystring: evidenceQuery,
        response: { 200: evidenceList, ...READ_PROBLEMS },
      },
    },
    async (request) => {
      const { carrier, year, plan } = request.query;
      await mayReadPerformance(request, carrier);
      const list = await performance.showEvidence(store, actorOf(request), {
        carrierCode: carrier,
        contractYear: year,
        ...(plan === undefined ? {} : { planCode: plan }),
        ...requestIdOf(request),
      });
      return { items: list.items };
    },
  );

  app.post(
    `${PREFIX}/evidence/refresh`,
    {
      schema: {
        summary: "Compute again the evidence the exchange holds for a carrier's year",
        description: 'A figure that did not change is not recorded again.',
        tags: TAGS,
        headers: idempotencyHeader,
        body: evidenceRefresh,
        response: { 200: evidenceList, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayDecidePerformance(request);
      const input = { ...request.body, ...requestIdOf(request) };
      return changeOnceWithin(store, request, reply, async (within) => {
        const refreshed = await performance.refreshExchangeEvidence(within, actorOf(request), input);
        return { status: 200, body: { items: refreshed.items } } as const;
      });
    },
  );

  app.post(
    `${PREFIX}/evidence`,
    {
      schema: {
        summary:
          'Record what OPM staff know: a change of contract administrator or a significant event, and when OPM was told',
        description:
          'The measure is contract-administrator-change.days-to-notify or significant-event.days-to-notify; the days are counted from occurredOn to notifiedOn. applicable false: no such event in the year (it costs nothing).',
        tags: TAGS,
        headers: idempotencyHeader,
        body: evidenceRecording,
        response: { 201: evidenceItem, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      await mayDecidePerformance(request);
      const { measure, applicable, note, occurredOn, notifiedOn, value, ...where } = request.body;
      const input = {
        ...where,
        kind: STAFF_MEASURES[measure],
        occurred: applicable,
        ...(occurredOn === undefined ? {} : { occurredOn }),
        ...(notifiedOn === undefined ? {} : { notifiedOn }),
        description: note,
        ...requestIdOf(request),
      };
      return changeOnceWithin(store, request, reply, async (within) => {
        const item = await performance.recordStaffEvidence(within, actorOf(request), input);
        if (value !== undefined && value !== null && applicable && item.value !== value)
          throw new PshbError(
            'INVALID_INPUT',
            `value: ${String(value)} is not the ${String(item.value)} days from occurredOn to notifiedOn`,
            [{ field: 'body.value', message: 'the days from occurredOn to notifiedOn, or leave it out' }],
          );
        return { status: 201, body: item } as const;
      });
    },
  );
}

export const performanceRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  listingRoutes(app, store);
  evaluationRoutes(app, store);
  evidenceRoutes(app, store);
};
