// The CX maturity self-assessment and action plans over HTTP (docs/cx-maturity.md): program
// administrators rate dimensions with evidence, choose the focus areas and plan actions; auditors and
// program administrators read the year, its planned actions and the published documents (the HISP
// action plan and the spring progress report as HTML, tagged PDF or Markdown, written from the data).
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { maturityDocument, renderMaturityDocument } from '../exchange/cx/action-plan-document.ts';
import { addPlannedAction, listPlannedActions, updatePlannedAction } from '../exchange/cx/action-plans.ts';
import {
  chooseFocusAreas,
  loadMaturityFramework,
  loadPersonas,
  readMaturity,
  recordRating,
} from '../exchange/cx/maturity-assessment.ts';
import { executorOf } from '../storage/executor.ts';
import type { Store } from '../storage/store.ts';
import { authorize } from './authorize.ts';
import { changeOnce } from './case-changes.ts';
import { idempotencyHeader } from './case-schemas.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

const READERS = ['program_administrator', 'auditor'];

/** Auditors and program administrators read (audited as a report read); others are refused. */
async function mayRead(request: FastifyRequest): Promise<void> {
  await authorize(request, 'report.read', { kind: 'report' });
  if (!READERS.includes(principalOf(request).role))
    throw new PshbError(
      'FORBIDDEN',
      'the CX maturity assessment is read by program administrators and auditors',
    );
}

/** Program administrators change the assessment and the action plan (audited; auditors never may). */
async function mayChange(request: FastifyRequest): Promise<void> {
  await authorize(request, 'plan.manage', { kind: 'plan' });
}

const yearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
const asOfQuery = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .describe('The day statuses are computed on (default: the program date)');
const effectiveOn = z
  .string()
  .optional()
  .describe('The day the change takes effect (default: the program date)');
const anyObject = z.record(z.string(), z.unknown());
const milestone = z.strictObject({
  key: z.string(),
  title: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable().optional(),
});
const actionFields = {
  focusArea: z.string(),
  title: z.string(),
  description: z.string().optional(),
  personaId: z.string(),
  owner: z.string(),
  status: z.enum(['planned', 'in_progress', 'done']).optional(),
  milestones: z.array(milestone).optional(),
  effectiveOn,
};
const documentResponse = {
  description: 'The document: HTML, tagged PDF or Markdown',
  content: {
    'text/html': { schema: z.string() },
    'application/pdf': { schema: z.string().describe('binary') },
    'text/markdown': { schema: z.string() },
  },
};

type App = Parameters<FastifyPluginAsyncZod<RouteOptions>>[0];

export const cxMaturityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  assessmentRoutes(app, store);
  actionRoutes(app, store);
  documentRoutes(app, store);
  await Promise.resolve();
};

function assessmentRoutes(app: App, store: Store): void {
  const today = (): string => app.programClock.today();

  app.get(
    '/cx/maturity/framework',
    {
      schema: {
        summary: 'The CX maturity dimensions, rating scale and personas (A-11 Section 280)',
        tags: ['cx'],
        response: {
          200: z.object({ framework: anyObject, personas: anyObject }),
          ...problemResponses([401, 403]),
        },
      },
    },
    async (request) => {
      await mayRead(request);
      return { framework: loadMaturityFramework(), personas: loadPersonas() };
    },
  );

  app.get(
    '/cx/maturity/:year',
    {
      schema: {
        summary:
          "The year's self-assessment: ratings, completeness, focus areas, actions, progress and history",
        tags: ['cx'],
        params: yearParams,
        querystring: z.strictObject({ asOf: asOfQuery }),
        response: { 200: anyObject, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await mayRead(request);
      const view = await readMaturity(executorOf(store), request.params.year, request.query.asOf ?? today());
      return view as unknown as Record<string, unknown>;
    },
  );

  app.post(
    '/cx/maturity/:year/ratings',
    {
      schema: {
        summary: 'Rate one dimension with its evidence (a new rating; the earlier ones stay in the history)',
        tags: ['cx'],
        params: yearParams,
        headers: idempotencyHeader,
        body: z.strictObject({
          dimension: z.string(),
          rating: z.number().int(),
          summary: z.string().optional(),
          evidence: z.array(z.strictObject({ label: z.string(), link: z.string() })),
          effectiveOn,
        }),
        response: { 201: anyObject, ...problemResponses([400, 401, 403]) },
      },
    },
    async (request, reply) => {
      await mayChange(request);
      const { effectiveOn: on, ...rest } = request.body;
      return changeOnce(store, request, reply, 201, (tx) =>
        recordRating(tx, principalOf(request), {
          ...rest,
          fiscalYear: request.params.year,
          effectiveOn: on ?? today(),
        }),
      );
    },
  );

  app.post(
    '/cx/maturity/:year/focus',
    {
      schema: {
        summary: 'Choose the two focus areas for the year',
        tags: ['cx'],
        params: yearParams,
        headers: idempotencyHeader,
        body: z.strictObject({ areas: z.array(z.string()), reason: z.string().optional(), effectiveOn }),
        response: { 201: anyObject, ...problemResponses([400, 401, 403]) },
      },
    },
    async (request, reply) => {
      await mayChange(request);
      const { effectiveOn: on, ...rest } = request.body;
      return changeOnce(store, request, reply, 201, (tx) =>
        chooseFocusAreas(tx, principalOf(request), {
          ...rest,
          fiscalYear: request.params.year,
          effectiveOn: on ?? today(),
        }),
      );
    },
  );
}

function actionRoutes(app: App, store: Store): void {
  const today = (): string => app.programClock.today();
  app.get(
    '/cx/action-plans/:year/actions',
    {
      schema: {
        summary: "The year's planned actions with their status on the program date",
        tags: ['cx'],
        params: yearParams,
        querystring: z.strictObject({ focusArea: z.string().optional(), asOf: asOfQuery }),
        response: { 200: z.object({ items: z.array(anyObject) }), ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      await mayRead(request);
      const items = await listPlannedActions(
        executorOf(store),
        request.params.year,
        request.query.asOf ?? today(),
        request.query.focusArea,
      );
      return { items: items as unknown as Record<string, unknown>[] };
    },
  );

  app.post(
    '/cx/action-plans/:year/actions',
    {
      schema: {
        summary: "Add a planned action to one of the year's focus areas, tied to a persona",
        tags: ['cx'],
        params: yearParams,
        headers: idempotencyHeader,
        body: z.strictObject({ key: z.string(), ...actionFields }),
        response: { 201: anyObject, ...problemResponses([400, 401, 403, 409]) },
      },
    },
    async (request, reply) => {
      await mayChange(request);
      const { effectiveOn: on, ...rest } = request.body;
      return changeOnce(store, request, reply, 201, (tx) =>
        addPlannedAction(
          tx,
          principalOf(request),
          { ...rest, fiscalYear: request.params.year, effectiveOn: on ?? today() },
          { asOf: today() },
        ),
      );
    },
  );

  app.post(
    '/cx/action-plans/:year/actions/:key',
    {
      schema: {
        summary:
          "Change a planned action's fields, status or milestones (a new version; the history is kept)",
        tags: ['cx'],
        params: yearParams.extend({ key: z.string() }),
        headers: idempotencyHeader,
        body: z.strictObject({
          focusArea: z.string().optional(),
          title: z.string().optional(),
          description: z.string().optional(),
          personaId: z.string().optional(),
          owner: z.string().optional(),
          status: z.enum(['planned', 'in_progress', 'done']).optional(),
          milestones: z.array(milestone).optional(),
          effectiveOn,
        }),
        response: { 200: anyObject, ...problemResponses([400, 401, 403, 404, 409]) },
      },
    },
    async (request, reply) => {
      await mayChange(request);
      const { effectiveOn: on, ...rest } = request.body;
      return changeOnce(store, request, reply, 200, (tx) =>
        updatePlannedAction(
          tx,
          principalOf(request),
          { ...rest, fiscalYear: request.params.year, key: request.params.key, effectiveOn: on ?? today() },
          { asOf: today() },
        ),
      );
    },
  );
}

function documentRoutes(app: App, store: Store): void {
  const today = (): string => app.programClock.today();
  for (const [path, kind] of [
    ['/cx/action-plans/:year/document', 'action-plan'],
    ['/cx/action-plans/:year/progress-report', 'progress-report'],
  ] as const)
    app.get(
      path,
      {
        schema: {
          summary:
            kind === 'action-plan'
              ? 'The published HISP CX action plan, written from the data'
              : 'The spring progress report on the planned actions, written from the data',
          tags: ['cx'],
          params: yearParams,
          querystring: z.strictObject({
            format: z.enum(['html', 'pdf', 'md']).default('html'),
            asOf: asOfQuery,
          }),
          response: { 200: documentResponse, ...problemResponses([400, 401, 403, 404]) },
        },
      },
      async (request, reply) => {
        await mayRead(request);
        const view = await readMaturity(
          executorOf(store),
          request.params.year,
          request.query.asOf ?? today(),
        );
        const model = maturityDocument(view, kind, loadMaturityFramework(), loadPersonas());
        const rendered = await renderMaturityDocument(model, request.query.format);
        return reply.type(rendered.contentType).send(rendered.body as never);
      },
    );
}
