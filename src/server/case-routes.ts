// Support cases over HTTP: open a case for a caller, read it, list openings without identification;
// the changes to a case (case-action-routes.ts), its callbacks (callback-routes.ts), a partner's queue (queue-routes.ts) and incidents of
// the technical command center (incident-routes.ts) are registered with them. Who may do what is in
// case-access.ts; every change is idempotent. The CLI calls the same src/support/cases functions.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { executorOf } from '../storage/executor.ts';
import {
  caseOpeningPolicyOf,
  identifyCaller,
  unidentifiedOpenings,
} from '../support/cases/caller-identification.ts';
import { keepingPartner, openCaseWithinLimit, plannedRoute } from '../support/cases/case-opening.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { readCase } from '../support/cases/case-view.ts';
import { actorOf, auditingLimit, CASE_FIELDS, mayReadCase } from './case-access.ts';
import { callbackRoutes } from './callback-routes.ts';
import { caseActionRoutes } from './case-action-routes.ts';
import { changeOnce } from './case-changes.ts';
import {
  idempotencyHeader,
  idParams,
  openRequest,
  supportCase,
  unidentifiedOpening,
  unidentifiedQuery,
} from './case-schemas.ts';
import { authorize } from './authorize.ts';
import { incidentRoutes } from './incident-routes.ts';
import { problemResponses } from './problem.ts';
import { queueRoutes } from './queue-routes.ts';
import { readonlyArray } from './response-schemas.ts';
import type { RouteOptions } from './route-options.ts';

// The person search records the people it finds as identified by this actor.
export { actorOf };

export const caseRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, options) => {
  const { store } = options;
  const openingPolicy = caseOpeningPolicyOf(app.environment);

  app.post(
    '/cases',
    {
      schema: {
        summary: 'Open a case for a contact: routed by the support plan, with its SLA due time',
        description:
          "The person is looked up by id and shown masked. The case joins the queue of the partner the plan's routing rule names for the request type (or of the specialist's own partner when the plan lets it handle that type); refused with TRANSFER_NOT_ALLOWED for a partner the plan does not allow.",
        tags: ['support'],
        headers: idempotencyHeader,
        body: openRequest,
        response: { 201: supportCase, ...problemResponses([400, 401, 403, 404, 413, 415, 422, 429]) },
      },
    },
    async (request, reply) =>
      auditingLimit(store, request, request.body.personId, async () => {
        const { verifiedIdentifiers, partner, ...body } = request.body;
        const actor = actorOf(request);
        const plan = caseSupportPlan();
        // Only specialists must have identified the caller, and only they have an hourly limit.
        const specialist = actor.role === 'support_specialist';
        const identification = specialist
          ? await store.transaction((tx) =>
              identifyCaller(tx, actor, body.personId, openingPolicy, verifiedIdentifiers),
            )
          : null;
        const takenBy = keepingPartner(plan, body.requestType, actor, partner);
        const route = plannedRoute(plan, body.requestType, takenBy);
        const scope = await authorize(
          request,
          'case.create',
          {
            kind: 'case',
            personId: body.personId,
            partnerOrganization: route.partner,
            routedTo: [route.partner],
            ...(specialist ? { callerIdentified: identification !== null } : {}),
          },
          { fields: CASE_FIELDS },
        );
        if (!scope) throw new PshbError('NOT_FOUND', `no person with id ${body.personId}`);
        const input = { ...body, takenBy, actor, identification };
        return changeOnce(store, request, reply, 201, (tx) =>
          openCaseWithinLimit(tx, plan, input, specialist ? openingPolicy : null),
        );
      }),
  );

  app.get(
    '/cases/unidentified-openings',
    {
      schema: {
        summary: 'Cases opened about people their opener never searched for nor identified, newest first',
        description:
          'For program administrators and auditors: each case a staff member opened without a caller search or verified identifiers of that person before it (cases opened because the person had a case with the partner, by the program office, or before identification was recorded).',
        tags: ['support'],
        querystring: unidentifiedQuery,
        response: {
          200: z.object({ items: readonlyArray(unidentifiedOpening) }),
          ...problemResponses([400, 401, 403]),
        },
      },
    },
    async (request) => {
      await authorize(request, 'audit_log.read', { kind: 'audit_log' });
      const { from, to, limit } = request.query;
      return {
        items: await unidentifiedOpenings(executorOf(store), {
          limit,
          ...(from ? { from: new Date(from) } : {}),
          ...(to ? { to: new Date(to) } : {}),
        }),
      };
    },
  );

  app.get(
    '/cases/:id',
    {
      schema: {
        summary: 'A case with its whole history, the caller masked',
        tags: ['support'],
        params: idParams,
        response: { 200: supportCase, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await mayReadCase(store, request, request.params.id);
      return readCase(executorOf(store), caseSupportPlan(), request.params.id);
    },
  );

  await app.register(caseActionRoutes, options);
  await app.register(callbackRoutes, options);
  await app.register(queueRoutes, options);
  await app.register(incidentRoutes, options);
};
