// Incidents of the technical command center over HTTP: open one, list and read them, link the cases a
// fault causes (by the partner holding the case), and resolve it once. Staff of a partner, or the
// program office; every change is idempotent.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { executorOf } from '../storage/executor.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import {
  linkCase,
  listIncidents,
  openIncident,
  readIncident,
  resolveIncident,
} from '../support/cases/incidents.ts';
import { mayChangeCase, mayOperate } from './case-access.ts';
import { changeOnce } from './case-changes.ts';
import {
  idempotencyHeader,
  idParams,
  incident,
  incidentLink,
  incidentOpening,
  incidentResolution,
} from './case-schemas.ts';
import { principalOf } from './principal.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

export const incidentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.post(
    '/incidents',
    {
      schema: {
        summary: 'Open an incident for the technical command center',
        tags: ['support'],
        headers: idempotencyHeader,
        body: incidentOpening,
        response: { 201: incident, ...problemResponses([400, 401, 403, 413, 415, 422]) },
      },
    },
    async (request, reply) => {
      await mayOperate(request, 'case.update');
      const input = { ...request.body, openedBy: principalOf(request).subject };
      return changeOnce(store, request, reply, 201, (tx) => openIncident(tx, caseSupportPlan(), input));
    },
  );

  app.get(
    '/incidents',
    {
      schema: {
        summary: 'Incidents, newest first, with the cases linked to each',
        tags: ['support'],
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(incident), ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      await mayOperate(request, 'case.read');
      const { limit, cursor } = request.query;
      const before = decodeCursor(cursor, { before: z.number().int().positive() })?.before ?? null;
      const rows = await listIncidents(executorOf(store), before, limit + 1);
      return cutPage(
        rows,
        limit,
        (r) => r,
        (r) => ({ before: r.id }),
      );
    },
  );

  app.get(
    '/incidents/:id',
    {
      schema: {
        summary: 'An incident with the cases linked to it',
        tags: ['support'],
        params: idParams,
        response: { 200: incident, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await mayOperate(request, 'case.read');
      return readIncident(executorOf(store), request.params.id);
    },
  );

  app.post(
    '/incidents/:id/cases',
    {
      schema: {
        summary: 'Link a case to the incident that caused it (by the partner holding the case)',
        tags: ['support'],
        params: idParams,
        headers: idempotencyHeader,
        body: incidentLink,
        response: { 200: incident, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request, reply) => {
      const { partner } = await mayChangeCase(store, request, request.body.caseId);
      const linkedBy = principalOf(request).subject;
      return changeOnce(store, request, reply, 200, (tx) =>
        linkCase(tx, request.params.id, request.body.caseId, linkedBy, partner),
      );
    },
  );

  app.post(
    '/incidents/:id/resolve',
    {
      schema: {
        summary: 'Resolve an incident (once), saying how',
        tags: ['support'],
        params: idParams,
        headers: idempotencyHeader,
        body: incidentResolution,
        response: { 200: incident, ...problemResponses([400, 401, 403, 404, 409, 413, 415]) },
      },
    },
    async (request, reply) => {
      const current = await readIncident(executorOf(store), request.params.id);
      await mayOperate(request, 'case.update', current.partner);
      const input = { resolution: request.body.resolution, resolvedBy: principalOf(request).subject };
      return changeOnce(store, request, reply, 200, (tx) => resolveIncident(tx, request.params.id, input));
    },
  );
};
