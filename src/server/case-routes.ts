// Support cases over HTTP: open a case for a caller, add to its transcript, transfer it warm to another
// partner, escalate, resolve and reopen it; a partner's queue per skill with due times; incidents of the
// technical command center and the cases they cause. A support specialist acts on the cases its partner
// holds and reads those its partner has held; every change is idempotent. The CLI calls the same
// src/support/cases functions.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { queryOf, type Query } from '../storage/raw-query.ts';
import { CASE_PRIORITIES } from '../support/plan/case-targets.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import {
  caseOpeningPolicyFromEnv,
  checkOpeningLimit,
  identifyCaller,
  unidentifiedOpenings,
} from '../support/cases/caller-identification.ts';
import { CASE_EVENT_KINDS, CASE_STATUSES } from '../support/cases/case-status.ts';
import {
  INCIDENT_SEVERITIES,
  linkCase,
  resolveIncident,
  listIncidents,
  openIncident,
  readIncident,
} from '../support/cases/incidents.ts';
import {
  addNote,
  CASE_CHANNELS,
  caseScope,
  escalateCase,
  listQueue,
  openCase,
  plannedRoute,
  queueSummary,
  readCase,
  reopenCase,
  resolveCase,
  transferCase,
  type CaseActor,
  type SupportCase,
} from '../support/cases/support-cases.ts';
import { partnersFor } from '../support/cases/transfer-policy.ts';
import { ACTIONS } from '../security/access-policy.ts';
import { recordAccess } from '../security/audit-log.ts';
import { authorize } from './authorize.ts';
import { REPLAYED_HEADER, runOnce } from './idempotency.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import { readonlyArray } from './response-schemas.ts';
import type { RouteOptions } from './route-options.ts';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().optional().describe('Required: a new unique value for each change'),
});
const idParams = z.strictObject({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
const planIdText = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a plan identifier: lower-case words and hyphens');
const text = (max: number) => z.string().trim().min(1).max(max);

const caseEvent = z.object({
  seq: z.number().int(),
  kind: z.enum(CASE_EVENT_KINDS),
  fromStatus: z.enum(CASE_STATUSES).nullable(),
  toStatus: z.enum(CASE_STATUSES),
  fromPartner: z.string().nullable(),
  toPartner: z.string(),
  actor: z.object({ id: z.string(), role: z.string(), partner: z.string().nullable() }),
  text: z.string().describe('The note, the context handed over, the reason or the resolution'),
  details: z.record(z.string(), z.unknown()),
  recordedAt: z.string(),
});

const supportCase = z
  .object({
    id: z.number().int(),
    person: z
      .object({
        id: z.number().int(),
        householdId: z.number().int(),
        name: z.string(),
        birthYear: z.number().int(),
        ssnLastFour: z.string().describe('Only the last four digits of the SSN'),
        medicareNumberLastFour: z.string().nullable().describe('Only the last four characters of the MBI'),
      })
      .describe('The caller, masked'),
    channel: z.enum(CASE_CHANNELS),
    requestType: z.string(),
    skill: z.string(),
    priority: z.enum(CASE_PRIORITIES),
    partner: z.string().describe('The partner holding the case'),
    status: z.enum(CASE_STATUSES),
    plan: z.object({ id: z.string(), version: z.string() }),
    subject: z.string(),
    openedAt: z.string(),
    queuedAt: z.string().describe("When the case joined its partner's queue"),
    dueAt: z.string().describe("The SLA clock: when the plan's resolution target runs out"),
    resolvedAt: z.string().nullable(),
    overdue: z.boolean(),
    openedBy: z.string(),
    heldBy: readonlyArray(z.string()).describe('Every partner that has held the case'),
    possibleEvents: readonlyArray(z.enum(CASE_EVENT_KINDS)),
    transferTo: readonlyArray(z.string()).describe('Partners the plan allows a transfer to'),
    incidents: readonlyArray(z.number().int()),
    events: readonlyArray(caseEvent).describe('The whole history, oldest first'),
  })
  .meta({ id: 'SupportCase' });

const openRequest = z
  .strictObject({
    personId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    channel: z.enum(CASE_CHANNELS),
    requestType: planIdText.describe('A request type of the support plan (its requestTypes[].id)'),
    priority: z.enum(CASE_PRIORITIES).default('normal'),
    subject: text(200),
    note: text(8000).describe('What the caller asked: the first entry of the transcript'),
    partner: planIdText
      .optional()
      .describe(
        "The partner keeping the case; default: a specialist's own partner when the plan lets it handle the request type, else the plan's route",
      ),
    verifiedIdentifiers: z
      .strictObject({
        lastName: text(80),
        ssnLastFour: z.string().regex(/^\d{4}$/, 'four digits'),
      })
      .optional()
      .describe(
        "The caller's last name and SSN last four as given on an inbound contact; a specialist needs them (matching) unless its own caller search found the person recently or the person's case is with its partner",
      ),
  })
  .meta({ id: 'SupportCaseOpening' });

const unidentifiedOpening = z
  .object({
    caseId: z.number().int(),
    personId: z.number().int(),
    openedBy: z.string(),
    openerRole: z.string(),
    openerPartner: z.string().nullable(),
    partner: z.string().describe('The partner the case went to'),
    openedAt: z.string(),
    identification: z
      .string()
      .nullable()
      .describe('How the opener said it identified the caller (partner_case), or null'),
  })
  .meta({ id: 'UnidentifiedCaseOpening' });

const incident = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    severity: z.enum(INCIDENT_SEVERITIES),
    partner: z.string().describe('The partner running the incident'),
    openedBy: z.string(),
    openedAt: z.string(),
    cases: readonlyArray(z.number().int()).describe('Cases linked to the incident'),
    resolution: z
      .object({ text: z.string(), by: z.string(), at: z.string() })
      .nullable()
      .describe('How the incident was resolved; null while it is open'),
  })
  .meta({ id: 'SupportIncident' });

const queueItem = z.object({
  caseId: z.number().int(),
  skill: z.string(),
  requestType: z.string(),
  priority: z.enum(CASE_PRIORITIES),
  status: z.enum(CASE_STATUSES),
  channel: z.enum(CASE_CHANNELS),
  queuedAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
});
const queueResponse = pageOf(queueItem)
  .extend({
    partner: z.string(),
    skills: z.array(
      z.object({
        skill: z.string(),
        open: z.number().int(),
        overdue: z.number().int(),
        nextDueAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'SupportQueue' });

/** The signed-in principal as the actor recorded on cases and identifications. */
export function actorOf(request: FastifyRequest): CaseActor {
  const principal = principalOf(request);
  return { id: principal.subject, role: principal.role, partner: principal.partnerOrganization ?? null };
}

const CASE_FIELDS = ['name', 'birth_date', 'ssn_last4', 'medicare_number_last4', 'support_case'];

export const caseRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  const query: Query = queryOf(store);
  const plan = () => caseSupportPlan();
  const openingPolicy = caseOpeningPolicyFromEnv();

  /** Reading a case: its partner's and every partner's that held it (a warm transfer keeps them in). */
  const mayRead = async (request: FastifyRequest, id: number) => {
    const scope = await caseScope(query, id);
    await caseAnsweredAlike(
      id,
      authorize(
        request,
        'case.read',
        {
          kind: 'case',
          personId: scope.personId,
          partnerOrganization: scope.partner,
          routedTo: scope.heldBy,
        },
        { fields: CASE_FIELDS },
      ),
    );
    return scope;
  };
  /** Changing a case: only the partner holding it. */
  const mayChange = async (request: FastifyRequest, id: number) => {
    const scope = await caseScope(query, id);
    const change = authorize(request, 'case.update', {
      kind: 'case',
      personId: scope.personId,
      partnerOrganization: scope.partner,
      routedTo: [scope.partner],
    });
    // A partner that held the case may read it, and a role that may never change cases is refused as
    // such: both are told 403. To any other caller the case does not exist.
    const held = scope.heldBy.includes(principalOf(request).partnerOrganization ?? '');
    const roleMay = (ACTIONS['case.update'].roles as readonly string[]).includes(principalOf(request).role);
    await (held || !roleMay ? change : caseAnsweredAlike(id, change));
    return scope;
  };
  /** Operational data of the network (queues, incidents): staff of a partner, or the program office. */
  const mayOperate = (request: FastifyRequest, action: 'case.read' | 'case.update', partner?: string) => {
    const own = principalOf(request).partnerOrganization;
    return authorize(request, action, {
      kind: 'case',
      partnerOrganization: partner ?? own,
      routedTo: partner ? [partner] : [],
    });
  };

  /** A refusal for the opening limits is audited like every other refusal. */
  const auditingLimit = async <T>(request: FastifyRequest, personId: number, work: () => Promise<T>) => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof PshbError && error.code === 'CASE_OPENING_LIMIT') {
        const principal = principalOf(request);
        await recordAccess(store, {
          subject: principal.subject,
          role: principal.role,
          action: 'case.create',
          resourceKind: 'case',
          personId,
          purpose: 'customer support case',
          outcome: 'refused',
          reason: error.message,
          requestId: request.id,
        });
      }
      throw error;
    }
  };

  const change = async (
    request: FastifyRequest,
    status: 200 | 201,
    work: (tx: Query) => Promise<SupportCase>,
  ): Promise<{ body: SupportCase; replayed: boolean }> => {
    const result = await runOnce(store, request, async (tx) => ({
      status,
      body: await work((sql, params) => tx.query(sql, params)),
    }));
    return { body: result.body as SupportCase, replayed: result.replayed };
  };

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
      auditingLimit(request, request.body.personId, async () => {
        const { verifiedIdentifiers, ...body } = request.body;
        const actor = actorOf(request);
        const current = plan();
        const specialist = actor.role === 'support_specialist';
        const identification = specialist
          ? await store.transaction((tx) =>
              identifyCaller(
                (text, params) => tx.query(text, params),
                actor,
                body.personId,
                openingPolicy,
                verifiedIdentifiers,
              ),
            )
          : null;
        const takenBy =
          body.partner ??
          (actor.partner && partnersFor(current, body.requestType).includes(actor.partner)
            ? actor.partner
            : undefined);
        const route = plannedRoute(current, body.requestType, takenBy);
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
        const { body: opened, replayed } = await change(request, 201, async (tx) => {
          if (specialist) await checkOpeningLimit(tx, actor, openingPolicy);
          return openCase(tx, current, { ...body, takenBy, actor, identification });
        });
        if (replayed) void reply.header(REPLAYED_HEADER, 'true');
        return reply.code(201).send(opened);
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
        querystring: z.strictObject({
          from: z.iso.datetime({ offset: true }).optional().describe('Opened at or after this instant'),
          to: z.iso.datetime({ offset: true }).optional().describe('Opened before this instant'),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
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
        items: await unidentifiedOpenings(query, {
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
      await mayRead(request, request.params.id);
      return readCase(query, plan(), request.params.id);
    },
  );

  const action = <Body extends z.ZodType>(
    path: string,
    summary: string,
    body: Body,
    status: 200 | 201,
    work: (tx: Query, id: number, body: z.infer<Body>, actor: CaseActor) => Promise<SupportCase>,
  ) =>
    app.post(
      `/cases/:id/${path}`,
      {
        schema: {
          summary,
          tags: ['support'],
          params: idParams,
          headers: idempotencyHeader,
          body,
          response: {
            [status]: supportCase,
            ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422]),
          },
        },
      },
      async (request, reply) => {
        const id = (request.params as { id: number }).id;
        await mayChange(request, id);
        const actor = actorOf(request);
        const result = await change(request, status, (tx) =>
          work(tx, id, request.body as z.infer<Body>, actor),
        );
        if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
        // The status is one of the two this helper documents; the schema's type cannot follow it.
        return (reply as FastifyReply).code(status).send(result.body);
      },
    );

  action(
    'notes',
    'Add to the transcript; the holding partner is now working the case',
    z.strictObject({ text: text(8000) }).meta({ id: 'SupportCaseNote' }),
    201,
    (tx, id, body, actor) => addNote(tx, plan(), id, { text: body.text, actor }),
  );
  action(
    'transfer',
    'Warm transfer to a partner the plan allows for the request type, with the whole history',
    z
      .strictObject({
        toPartner: planIdText,
        note: text(8000).describe('The context handed over: what was done and what is needed'),
      })
      .meta({ id: 'SupportCaseTransfer' }),
    200,
    (tx, id, body, actor) => transferCase(tx, plan(), id, { ...body, actor }),
  );
  action(
    'escalate',
    "Escalate along a plan escalation path, or to the request type's accountable partner",
    z
      .strictObject({
        reason: text(4000),
        path: planIdText.optional().describe('An escalation path of the plan (escalationPaths[].id)'),
        priority: z.enum(CASE_PRIORITIES).optional().describe('A higher priority shortens the due time'),
      })
      .meta({ id: 'SupportCaseEscalation' }),
    200,
    (tx, id, body, actor) => escalateCase(tx, plan(), id, { ...body, actor }),
  );
  action(
    'resolve',
    'Resolve the case, recording whether it met its due time',
    z.strictObject({ resolution: text(4000) }).meta({ id: 'SupportCaseResolution' }),
    200,
    (tx, id, body, actor) => resolveCase(tx, plan(), id, { ...body, actor }),
  );
  action(
    'reopen',
    'Reopen a resolved case: back in the queue of the partner that resolved it, with a new SLA clock',
    z.strictObject({ reason: text(4000) }).meta({ id: 'SupportCaseReopening' }),
    200,
    (tx, id, body, actor) => reopenCase(tx, plan(), id, { ...body, actor }),
  );

  app.get(
    '/queues/:partner',
    {
      schema: {
        summary: "A partner's active cases per skill with their SLA due times, oldest in the queue first",
        tags: ['support'],
        params: z.strictObject({ partner: planIdText }),
        querystring: z.strictObject({
          skill: planIdText.optional().describe('Only this skill'),
          ...pageQuery,
        }),
        response: { 200: queueResponse, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const { partner } = request.params;
      if (!plan().partners.some((p) => p.id === partner))
        throw new PshbError('NOT_FOUND', `no partner "${partner}" in plan ${plan().id}`);
      await mayOperate(request, 'case.read', partner);
      const { limit, cursor, skill } = request.query;
      const after = decodeCursor(cursor, { queuedAt: z.string(), id: z.number().int() }) ?? undefined;
      const now = new Date();
      const rows = await listQueue(query, partner, {
        limit: limit + 1,
        now,
        ...(skill ? { skill } : {}),
        ...(after ? { after } : {}),
      });
      const page = cutPage(
        rows,
        limit,
        (r) => r,
        (r) => ({ queuedAt: r.queuedAt, id: r.caseId }),
      );
      return { partner, skills: await queueSummary(query, partner, now), ...page };
    },
  );

  app.post(
    '/incidents',
    {
      schema: {
        summary: 'Open an incident for the technical command center',
        tags: ['support'],
        headers: idempotencyHeader,
        body: z
          .strictObject({
            title: text(200),
            description: text(8000),
            severity: z.enum(INCIDENT_SEVERITIES),
            partner: planIdText
              .optional()
              .describe("Who runs it; default: the plan's technical-incident path"),
          })
          .meta({ id: 'SupportIncidentOpening' }),
        response: { 201: incident, ...problemResponses([400, 401, 403, 413, 415, 422]) },
      },
    },
    async (request, reply) => {
      await mayOperate(request, 'case.update');
      const result = await runOnce(store, request, async (tx) => ({
        status: 201,
        body: await openIncident((sql, params) => tx.query(sql, params), plan(), {
          ...request.body,
          openedBy: principalOf(request).subject,
        }),
      }));
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      return reply.code(201).send(result.body as z.infer<typeof incident>);
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
      const rows = await listIncidents(query, before, limit + 1);
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
      return readIncident(query, request.params.id);
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
        body: z.strictObject({ caseId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }),
        response: { 200: incident, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request, reply) => {
      await mayChange(request, request.body.caseId);
      const result = await runOnce(store, request, async (tx) => ({
        status: 200,
        body: await linkCase(
          (sql, params) => tx.query(sql, params),
          request.params.id,
          request.body.caseId,
          principalOf(request).subject,
        ),
      }));
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      return reply.code(200).send(result.body as z.infer<typeof incident>);
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
        body: z.strictObject({ resolution: z.string().min(1).max(4000) }),
        response: { 200: incident, ...problemResponses([400, 401, 403, 404, 409, 413, 415]) },
      },
    },
    async (request, reply) => {
      const current = await readIncident(query, request.params.id);
      await mayOperate(request, 'case.update', current.partner);
      const result = await runOnce(store, request, async (tx) => ({
        status: 200,
        body: await resolveIncident((sql, params) => tx.query(sql, params), request.params.id, {
          resolution: request.body.resolution,
          resolvedBy: principalOf(request).subject,
        }),
      }));
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      return reply.code(200).send(result.body as z.infer<typeof incident>);
    },
  );
};

/**
 * A case outside the caller's scope is answered as one that does not exist (404 NOT_FOUND), so case ids
 * cannot be probed for existence; the refusal was audited before the policy refused.
 */
function caseAnsweredAlike<T>(id: number, decision: Promise<T>): Promise<T> {
  return decision.catch((error: unknown) => {
    if (error instanceof PshbError && error.code === 'FORBIDDEN')
      throw new PshbError('NOT_FOUND', `no support case ${id}`);
    throw error;
  });
}
