// The CX dashboard's data over HTTP (docs/customer-experience.md, "The CX dashboard"): trends of trust
// and the drivers with intervals beside the contact center's figures, and the comments page by page.
// Program staff only, every read audited as a report read before the role is checked, as the other
// CX report routes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cxDashboardComments, cxDashboardTrends } from '../exchange/cx/cx-dashboard.ts';
import { isoDate } from '../domain/dates.ts';
import { REPORT_DRIVERS } from '../storage/cx/quarterly-report-reads.ts';
import { programStaff } from './cx-report-routes.ts';
import { cutPage, decodeCursor, pageOf, pageQuery } from './pagination.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

const PURPOSE = 'customer-experience dashboard';

const scopeQuery = {
  from: isoDate.optional().describe('First day included, YYYY-MM-DD (default 89 days before to)'),
  to: isoDate.optional().describe('Last day included, YYYY-MM-DD (default the program date)'),
  partner: z.string().max(100).optional().describe('A support partner of the transaction points'),
  channel: z.string().max(40).optional().describe('A channel of the transaction points'),
};

const interval = z
  .object({ estimate: z.number(), low: z.number(), high: z.number() })
  .nullable()
  .describe('The share with its 95% Wilson score interval; null without answers or when suppressed');

const trendsView = z.object({
  from: z.string(),
  to: z.string(),
  bucket: z.enum(['week', 'month']),
  partner: z.string().nullable(),
  channel: z.string().nullable(),
  suppressionThreshold: z.number().int(),
  periods: z.array(z.string()),
  cells: z.array(
    z.object({
      period: z.string(),
      partner: z.string().nullable(),
      channel: z.string().nullable().describe("null on the period's total line"),
      respondents: z.number().int().nullable(),
      suppressed: z.boolean(),
      trust: interval,
      drivers: z.array(
        z.object({
          driver: z.enum(REPORT_DRIVERS),
          positive: z.number().int(),
          negative: z.number().int(),
          positiveShare: interval,
        }),
      ),
    }),
  ),
  contactCenter: z.array(
    z.object({
      period: z.string(),
      partner: z.string(),
      offered: z.number().int(),
      serviceLevel: z.number().nullable(),
      abandonmentRate: z.number().nullable(),
    }),
  ),
  serviceLevelTarget: z.number().nullable(),
  choices: z.object({ partners: z.array(z.string()), channels: z.array(z.string()) }),
});

const commentView = z.object({
  id: z.number().int(),
  respondedOn: z.string(),
  partner: z.string().nullable(),
  channel: z.string(),
  transactionPoint: z.string(),
  language: z.string(),
  surveyKind: z.string(),
  trustPositive: z.boolean().nullable(),
  positive: z.array(z.enum(REPORT_DRIVERS)),
  negative: z.array(z.enum(REPORT_DRIVERS)),
  text: z.string().describe('As stored: identifiers masked before the response was kept'),
});

export const cxDashboardRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/cx/dashboard/trends',
    {
      schema: {
        summary: 'Trust and each driver per week or month, partner and channel, beside the contact center',
        tags: ['customer experience'],
        querystring: z.strictObject({ ...scopeQuery, bucket: z.enum(['week', 'month']).default('week') }),
        response: { 200: trendsView, ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      await programStaff(request, PURPOSE);
      const trends = await cxDashboardTrends(store, {
        ...request.query,
        today: request.server.programClock.today(),
      });
      return structuredClone(trends) as z.infer<typeof trendsView>;
    },
  );

  app.get(
    '/cx/dashboard/comments',
    {
      schema: {
        summary: 'The free-text comments, masked when stored, newest first, by driver and partner',
        tags: ['customer experience'],
        querystring: z.strictObject({
          ...scopeQuery,
          driver: z.enum(REPORT_DRIVERS).optional(),
          side: z.enum(['positive', 'negative']).optional().describe('With driver: went well, or not'),
          ...pageQuery,
        }),
        response: { 200: pageOf(commentView), ...problemResponses([400, 401, 403]) },
      },
    },
    async (request) => {
      // Respondents' own words, masked or not, are read on the record: the read is always audited.
      await programStaff(request, PURPOSE, ['free_text']);
      const { cursor, limit, ...query } = request.query;
      const after = decodeCursor(cursor, { before: z.number().int().positive() });
      const rows = await cxDashboardComments(store, {
        ...query,
        limit,
        beforeId: after?.before,
        today: request.server.programClock.today(),
      });
      return cutPage(
        rows,
        limit,
        (row) => row,
        (row) => ({ before: row.id }),
      );
    },
  );
  await Promise.resolve();
};
