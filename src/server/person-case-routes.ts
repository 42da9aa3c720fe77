// GET /api/v1/persons/:id/cases: the support cases opened about one person, newest first, so an
// enrollee can follow the requests they made from the portal. Authorized and audited like every other
// read of a person's cases (case.read on that person); a support specialist sees only the cases its
// partner holds or has held, as GET /cases/{id} would allow it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryOf, type Query } from '../storage/raw-query.ts';
import { CASE_PRIORITIES } from '../support/plan/case-targets.ts';
import { CASE_STATUSES, isActive, type CaseStatus } from '../support/cases/case-status.ts';
import { CASE_CHANNELS } from '../support/cases/support-cases.ts';
import { authorizeForPerson } from './authorize.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { personParams } from './person-routes.ts';
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

interface SummaryRow {
  id: number | string;
  person_id: number | string;
  channel: CaseSummary['channel'];
  request_type: string;
  priority: CaseSummary['priority'];
  subject: string;
  status: CaseStatus;
  partner: string;
  opened_at: string | Date;
  due_at: string | Date;
  resolved_at: string | Date | null;
  held_by: string[];
}

const instant = (value: string | Date): string => new Date(value).toISOString();

function toSummary(row: SummaryRow, now: Date): CaseSummary {
  return {
    id: Number(row.id),
    personId: Number(row.person_id),
    channel: row.channel,
    requestType: row.request_type,
    priority: row.priority,
    subject: row.subject,
    status: row.status,
    partner: row.partner,
    openedAt: instant(row.opened_at),
    dueAt: instant(row.due_at),
    resolvedAt: row.resolved_at === null ? null : instant(row.resolved_at),
    overdue: isActive(row.status) && new Date(row.due_at).getTime() < now.getTime(),
    heldBy: [...row.held_by].sort(),
  };
}

/** The person's cases with an id below `before` (newest first); only those `partner` held, when given. */
function listPersonCases(
  query: Query,
  personId: number,
  before: number,
  limit: number,
  partner: string | null,
): Promise<SummaryRow[]> {
  return query<SummaryRow>(
    `select c.id, c.person_id, c.channel, c.request_type, c.priority, c.subject, c.status, c.partner,
       c.opened_at, c.due_at, c.resolved_at,
       array(select distinct e.to_partner from support_case_event e where e.case_id = c.id) as held_by
     from support_case c
     where c.person_id = $1 and c.id < $2
       and ($3::text is null or exists (
         select 1 from support_case_event e where e.case_id = c.id and e.to_partner = $3::text))
     order by c.id desc
     limit $4`,
    [personId, before, partner, limit],
  );
}

export const personCaseRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  const query = queryOf(store);

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
      const rows = await listPersonCases(query, personId, before, limit + 1, partner);
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
