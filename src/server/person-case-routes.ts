// GET /api/v1/persons/:id/cases: the support cases opened about one person, newest first, so an
// enrollee can follow the requests they made from the portal. Authorized and audited like every other
// read of a person's cases (case.read on that person); a support specialist sees only the cases its
// partner holds or has held, as GET /cases/{id} would allow it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { executorOf } from '../storage/executor.ts';
import { listPersonCases, type PersonCaseRow } from '../storage/support/person-cases.ts';
import { CASE_PRIORITIES } from '../support/plan/case-targets.ts';
import { CASE_STATUSES, isActive, type CaseStatus } from '../support/cases/case-status.ts';
import { CASE_CHANNELS } from '../support/cases/support-cases.ts';
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
};
