// GET /api/v1/persons/:id/cases: the support cases opened about one person, newest first, so an
// enrollee can follow the requests they made from the portal; GET /api/v1/persons/:id/timeline: the
// person's one timeline for the console (portal requests, cases, transitions, notices). Authorized and
// audited like every other read of a person's cases (case.read on that person) or enrollment; a support
// specialist sees only the cases its partner holds or has held, as GET /cases/{id} would allow it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { executorOf } from '../storage/executor.ts';
import { listPersonCases, type PersonCaseRow } from '../storage/support/person-cases.ts';
import { CASE_PRIORITIES } from '../support/plan/case-targets.ts';
import { CASE_STATUSES, isActive, type CaseStatus } from '../support/cases/case-status.ts';
import { CASE_CHANNELS } from '../support/cases/support-cases.ts';
import { personTimeline } from '../support/cases/person-timeline.ts';
import { authorizeForPerson } from './authorize.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { personParams } from './person-params.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import { readonlyArray } from './response-schemas.ts';
import type { RouteOptions } from './route-options.ts';

const caseSummary = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    channel: z.enum(CASE_CHANNELS),
    requestType: z.string(),
    priority: z.enum(CASE_PRIORITIES),
    subject: z.string(),
    status: z.enum(CASE_STATUSES),
    partner: z.string().describe('The partner holding the case'),
    openedAt: z.string(),
    dueAt: z.string().describe("When the plan's resolution target runs out"),
    resolvedAt: z.string().nullable(),
    overdue: z.boolean(),
    heldBy: readonlyArray(z.string()).describe('Every partner that has held the case'),
  })
  .meta({ id: 'PersonCaseSummary' });
type CaseSummary = z.infer<typeof caseSummary>;

const timelineEntry = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.enum(['portal_request', 'case']),
      at: z.string(),
      caseId: z.number().int(),
      requestType: z.string(),
      channel: z.enum(CASE_CHANNELS),
      subject: z.string().describe('Any identifier typed into it masked'),
      status: z.enum(CASE_STATUSES),
      partner: z.string(),
      resolvedAt: z.string().nullable(),
    }),
    z.object({
      kind: z.literal('transition'),
      at: z.string(),
      transitionId: z.number().int(),
      action: z.string(),
      from: z.string(),
      to: z.string(),
      effectiveOn: z.string(),
    }),
    z.object({
      kind: z.literal('notice'),
      at: z.string(),
      notice: z.enum(['initial_decision', 'reconsideration_decision']),
      about: z.number().int().describe('The transition or the reconsideration request'),
      decidedOn: z.string(),
      result: z.enum(['accepted', 'affirmed', 'reversed']),
    }),
  ])
  .meta({ id: 'PersonTimelineEntry' });

/** What a timeline read shows, for the audit record. */
const TIMELINE_FIELDS = ['support_case', 'lifecycle_transition', 'notice'];

const instant = (value: string | Date): string => new Date(value).toISOString();

/** The stored row as the API shows it; overdue is decided at `now`. */
function toSummary(row: PersonCaseRow, now: Date): CaseSummary {
  // The columns hold only the values the support case module writes (checked by the database too).
  const status = row.status as CaseStatus;
  return {
    id: Number(row.id),
    personId: Number(row.person_id),
    channel: row.channel as CaseSummary['channel'],
    requestType: row.request_type,
    priority: row.priority as CaseSummary['priority'],
    subject: row.subject,
    status,
    partner: row.partner,
    openedAt: instant(row.opened_at),
    dueAt: instant(row.due_at),
    resolvedAt: row.resolved_at === null ? null : instant(row.resolved_at),
    overdue: isActive(status) && new Date(row.due_at).getTime() < now.getTime(),
    heldBy: [...row.held_by].sort(),
  };
}

export const personCaseRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  const executor = executorOf(store);

  app.get(
    '/persons/:id/cases',
    {
      schema: {
        summary: "A person's support cases, newest first (a specialist: those its partner holds or held)",
        tags: ['support'],
        params: personParams,
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(caseSummary), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const personId = request.params.id;
      await authorizeForPerson(request, 'case.read', personId, { fields: ['support_case'] });
      const principal = principalOf(request);
      const partner = principal.role === 'support_specialist' ? (principal.partnerOrganization ?? '') : null;
      const { limit, cursor } = request.query;
      const before =
        decodeCursor(cursor, { before: z.number().int().positive() })?.before ?? Number.MAX_SAFE_INTEGER;
      const rows = await listPersonCases(executor, {
        personId,
        beforeId: before,
        limit: limit + 1,
        heldByPartner: partner,
      });
      const now = new Date();
      return cutPage(
        rows,
        limit,
        (row) => toSummary(row, now),
        (row) => ({ before: Number(row.id) }),
      );
    },
  );

  app.get(
    '/persons/:id/timeline',
    {
      schema: {
        summary:
          'One timeline of a person, newest first: portal requests, cases, lifecycle transitions and decision notices',
        description:
          "A specialist sees only the cases its partner holds or has held. Read like the person's enrollment (a specialist only while a case about the person is with its partner) and audited as a read of their personal data.",
        tags: ['support'],
        params: personParams,
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(200).default(50).describe('Entries, newest first'),
        }),
        response: {
          200: z.object({ items: readonlyArray(timelineEntry) }),
          ...problemResponses([400, 401, 403, 404]),
        },
      },
    },
    async (request) => {
      const personId = request.params.id;
      const householdId = await authorizeForPerson(request, 'enrollment.read', personId, {
        fields: TIMELINE_FIELDS,
      });
      const principal = principalOf(request);
      const partner = principal.role === 'support_specialist' ? (principal.partnerOrganization ?? '') : null;
      const items = await personTimeline(executor, {
        personId,
        householdId,
        heldByPartner: partner,
        limit: request.query.limit,
      });
      return { items };
    },
  );
};
