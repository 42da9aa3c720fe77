// GET /api/v1/audit: the audit log for program administrators and auditors (audit_log.read), newest or
// oldest first, filtered by person, subject, outcome and time. Reading the audit log is itself written
// to it, allowed or refused, so "who looked at who looked at this person" has an answer too.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';
import { authorizeAndAudit, listAudit } from '../security/audit-log.ts';
import { pageOf, pageQuery } from './pagination.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import { readonlyArray } from './response-schemas.ts';
import type { RouteOptions } from './route-options.ts';

const DAY_MS = 86_400_000;

/** A date (YYYY-MM-DD, a whole UTC day) or an ISO 8601 date-time with its offset. */
const instant = z
  .string()
  .max(40)
  .refine((v) => isIsoDate(v) || z.iso.datetime({ offset: true }).safeParse(v).success, {
    message: 'a date (YYYY-MM-DD) or a date-time with offset (2025-01-31T12:00:00Z)',
  });

/** A date as a bound: `from` at the start of that UTC day, `to` at the end of it (the day is included). */
function boundOf(value: string | undefined, end: boolean): Date | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) return new Date(value);
  const start = Date.parse(`${value}T00:00:00Z`);
  return new Date(end ? start + DAY_MS : start);
}

const auditEntry = z
  .object({
    id: z.number().int(),
    occurredAt: z.string().describe('When, ISO 8601 UTC'),
    subject: z.string().describe('Who: the signed-in user'),
    role: z.string(),
    action: z.string().describe('What was asked, e.g. person.read'),
    resourceKind: z.string(),
    resourceId: z.string().nullable(),
    personId: z.number().int().nullable().describe('The person the data is about'),
    fields: readonlyArray(z.string()).describe('The personal fields read, e.g. ssn, birth_date'),
    purpose: z.string().describe('Why'),
    outcome: z.enum(['allowed', 'refused']),
    reason: z.string().describe("The access policy's reason for the outcome"),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const auditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/audit',
    {
      schema: {
        summary: 'The audit log: who read or was refused what, when and why (administrators and auditors)',
        description:
          'Needs audit_log.read (program administrators, auditors). Every call is itself recorded in the audit log, allowed or refused. `from` is inclusive, `to` exclusive; a date alone covers that whole UTC day.',
        tags: ['audit'],
        querystring: z.strictObject({
          ...pageQuery,
          order: z
            .enum(['newest', 'oldest'])
            .default('newest')
            .describe('newest first (default) or oldest first; keep it the same across pages'),
          personId: z.coerce
            .number()
            .int()
            .positive()
            .max(Number.MAX_SAFE_INTEGER)
            .optional()
            .describe('Only entries about this person'),
          subject: z.string().min(1).max(255).optional().describe('Only entries by this user'),
          outcome: z.enum(['allowed', 'refused']).optional(),
          from: instant.optional().describe('Entries at or after this date or instant'),
          to: instant.optional().describe('Entries before this instant, or up to the end of this date'),
          purpose: z
            .string()
            .trim()
            .min(3)
            .max(200)
            .optional()
            .describe('Why the log is read, recorded with this read (default: audit review)'),
        }),
        response: { 200: pageOf(auditEntry), ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      const q = request.query;
      const principal = principalOf(request);
      const from = boundOf(q.from, false);
      const to = boundOf(q.to, true);
      if (from && to && from >= to)
        throw new PshbError('INVALID_INPUT', 'from must be before to', [
          { field: 'querystring.to', message: 'must be after from' },
        ]);
      const decision = await authorizeAndAudit(
        store,
        principal,
        'audit_log.read',
        { kind: 'audit_log', ...(q.personId !== undefined ? { personId: q.personId } : {}) },
        {
          purpose:
            q.purpose ??
            (principal.role === 'program_administrator' ? 'program administration' : 'audit review'),
          requestId: request.id,
        },
        { alwaysRecord: true },
      );
      if (!decision.allowed) throw new PshbError('FORBIDDEN', `audit_log.read refused: ${decision.reason}`);
      const page = await listAudit(
        store,
        {
          limit: q.limit,
          order: q.order,
          ...(q.personId !== undefined ? { personId: q.personId } : {}),
          ...(q.subject !== undefined ? { subject: q.subject } : {}),
          ...(q.outcome !== undefined ? { outcome: q.outcome } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        },
        q.cursor ?? null,
      );
      return {
        items: page.entries.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt).toISOString() })),
        nextCursor: page.nextCursor,
      };
    },
  );
};
