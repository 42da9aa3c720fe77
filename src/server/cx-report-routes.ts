// The quarterly CX data over HTTP (docs/customer-experience.md, "The quarterly CX data"): the report as
// JSON, CSV or GSA Touchpoints' CSVs, the quarterly collections and their state changes, and what is
// due. Program staff only: program administrators and auditors read (each read audited as a report
// read), only program administrators change a collection.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import {
  dueCollections,
  listCxCollections,
  openCollection,
  showCxCollection,
  transitionCxCollection,
} from '../exchange/cx/cx-collections.ts';
import { cxReportExport, CX_REPORT_FORMATS } from '../exchange/cx/touchpoints-export.ts';
import { COLLECTION_STATES, type CollectionAction } from '../rules/cx/collection-state.ts';
import { executorOf } from '../storage/executor.ts';
import type { Store } from '../storage/store.ts';
import { authorize } from './authorize.ts';
import { principalOf, type Principal } from './principal.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

const REPORT = { kind: 'report' } as const;
const PROGRAM_STAFF = ['program_administrator', 'auditor'] as const;

/** Audits the read as a report read, then admits program staff only. */
export async function programStaff(
  request: FastifyRequest,
  purpose = 'quarterly customer-experience data',
  fields?: readonly string[],
): Promise<Principal> {
  await authorize(request, 'report.read', REPORT, { purpose, ...(fields ? { fields } : {}) });
  const principal = principalOf(request);
  if (!(PROGRAM_STAFF as readonly string[]).includes(principal.role))
    throw new PshbError('FORBIDDEN', 'only program staff read the quarterly CX data');
  return principal;
}

const fiscalYear = z.coerce.number().int().min(2000).max(2200).describe('Fiscal year (begins October 1)');
const quarter = z.coerce.number().int().min(1).max(4).describe('Fiscal quarter 1-4');

const collectionView = z.object({
  id: z.number().int(),
  service: z.string(),
  fiscalYear: z.number().int(),
  quarter: z.number().int(),
  state: z.enum(COLLECTION_STATES),
  reflection: z.string().nullable(),
  rating: z.string().nullable(),
  dueOn: z.string(),
  updatedAt: z.string(),
});

const eventView = z.object({
  id: z.number().int(),
  kind: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  reflection: z.string().nullable(),
  rating: z.string().nullable(),
  note: z.string().nullable(),
  author: z.string(),
  recordedAt: z.string(),
});

const ACTIONS: Record<string, CollectionAction> = {
  submit: 'submit',
  publish: 'publish',
  'request-change': 'request_change',
  reopen: 'reopen',
  'not-reported': 'mark_not_reported',
  archive: 'archive',
};

type App = Parameters<FastifyPluginAsyncZod<RouteOptions>>[0];

/** The report and what is due. */
function reportRoutes(app: App, store: Store): void {
  app.get(
    '/cx/report',
    {
      schema: {
        summary: "The quarter's CX data per service, transaction point, channel and partner",
        tags: ['customer experience'],
        querystring: z.strictObject({
          fiscalYear,
          quarter,
          format: z.enum(CX_REPORT_FORMATS).default('json'),
        }),
        response: {
          200: {
            description: "The report as JSON, as CSV, or as GSA Touchpoints' detail or response upload CSV",
            content: {
              'application/json': { schema: z.record(z.string(), z.unknown()) },
              'text/csv': { schema: z.string() },
            },
          },
          ...problemResponses([400, 401, 403]),
        },
      },
    },
    async (request, reply) => {
      await programStaff(request);
      const { fiscalYear: year, quarter: q, format } = request.query;
      const rendered = await cxReportExport(executorOf(store), {
        fiscalYear: year,
        quarter: q as 1 | 2 | 3 | 4,
        format,
      });
      return reply
        .type(rendered.contentType)
        .header('content-disposition', `attachment; filename="${rendered.fileName}"`)
        .send(rendered.body as never);
    },
  );

  app.get(
    '/cx/due',
    {
      schema: {
        summary: "What is due and overdue: each quarter's data is due 30 days after the quarter ends",
        tags: ['customer experience'],
        response: {
          200: z.object({
            today: z.string(),
            items: z.array(
              z.object({
                service: z.string(),
                fiscalYear: z.number().int(),
                quarter: z.number().int(),
                collectionId: z.number().int().nullable(),
                state: z.enum(COLLECTION_STATES).nullable(),
                dueOn: z.string(),
                status: z.enum(['not_yet_due', 'due', 'overdue', 'done']),
                explanation: z.string(),
              }),
            ),
          }),
          ...problemResponses([401, 403]),
        },
      },
    },
    async (request) => {
      const principal = await programStaff(request);
      const today = request.server.programClock.today();
      return { today, items: await dueCollections(store, principal, { today }) };
    },
  );
}

/** The collections and their state changes. */
function collectionRoutes(app: App, store: Store): void {
  app.get(
    '/cx/collections',
    {
      schema: {
        summary: 'The quarterly CX collections, newest quarter first',
        tags: ['customer experience'],
        querystring: z.strictObject({
          fiscalYear: fiscalYear.optional(),
          quarter: quarter.optional(),
          state: z.enum(COLLECTION_STATES).optional(),
        }),
        response: { 200: z.object({ items: z.array(collectionView) }), ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      const principal = await programStaff(request);
      return { items: await listCxCollections(store, principal, request.query) };
    },
  );

  app.post(
    '/cx/collections',
    {
      schema: {
        summary: "Open the quarter's collection as a draft (the same one when it exists)",
        tags: ['customer experience'],
        body: z.strictObject({ fiscalYear, quarter }),
        response: { 200: collectionView, ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      const principal = await programStaff(request);
      const { fiscalYear: year, quarter: q } = request.body;
      return openCollection(store, principal, { fiscalYear: year, quarter: q as 1 | 2 | 3 | 4 });
    },
  );

  app.get(
    '/cx/collections/:id',
    {
      schema: {
        summary: 'A collection with every change',
        tags: ['customer experience'],
        params: z.strictObject({ id: z.coerce.number().int().positive() }),
        response: {
          200: collectionView.extend({ events: z.array(eventView) }),
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request) => {
      const shown = await showCxCollection(store, await programStaff(request), request.params.id);
      return { ...shown, events: [...shown.events] };
    },
  );

  app.post(
    '/cx/collections/:id/:action',
    {
      schema: {
        summary: 'Submit, publish, request a change, reopen, mark not reported or archive a collection',
        tags: ['customer experience'],
        params: z.strictObject({
          id: z.coerce.number().int().positive(),
          action: z.enum(Object.keys(ACTIONS) as [string, ...string[]]),
        }),
        body: z.strictObject({ note: z.string().max(5000).optional() }).optional(),
        response: {
          200: z.object({
            collection: collectionView,
            decision: z.object({
              outcome: z.string(),
              citations: z.array(z.string()),
              explanation: z.string(),
            }),
          }),
          ...problemResponses([400, 401, 403, 404, 409]),
        },
      },
    },
    async (request) => {
      const principal = await programStaff(request);
      const result = await transitionCxCollection(
        store,
        principal,
        request.params.id,
        ACTIONS[request.params.action]!,
        request.body?.note,
      );
      return {
        collection: result.collection,
        decision: { ...result.decision, citations: [...result.decision.citations] },
      };
    },
  );
}

export const cxReportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  reportRoutes(app, store);
  collectionRoutes(app, store);
  await Promise.resolve();
};
