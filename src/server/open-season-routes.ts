// GET /api/v1/open-seasons: the program calendar's open seasons, and which is open on the program date.
// GET /api/v1/open-seasons/:id/report: the open season enrollment report.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../domain/dates.ts';
import { lastElectionDay, type OpenSeason } from '../domain/program-calendar.ts';
import { buildCarrierEnrollments, buildEnrollmentReport } from '../exchange/open-season/enrollment-report.ts';
import { PshbError } from '../errors.ts';
import { ACTIONS } from '../security/access-policy.ts';
import { loadProgramCalendar } from '../reference-data.ts';
import { authorize } from './authorize.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';
import { readonlyArray } from './response-schemas.ts';

const counts = { automatic: z.number().int(), elected: z.number().int(), total: z.number().int() };

const planLine = z.object({
  carrier: z.string(),
  carrierCode: z.string(),
  plan: z.string(),
  option: z.string(),
  enrollmentType: z.string(),
  enrollmentCode: z.string(),
  ...counts,
});

const carrierEnrollments = z
  .object({
    openSeasonId: z.string(),
    carrierCodes: readonlyArray(z.string()),
    totals: z.object(counts),
    byPlan: readonlyArray(planLine),
  })
  .meta({ id: 'CarrierEnrollments' });

const enrollmentReport = z
  .object({
    openSeasonId: z.string(),
    totals: z.object({
      households: z.number().int(),
      automatic: z.number().int(),
      elected: z.number().int(),
      declined: z.number().int(),
      notEnrolled: z.number().int(),
      terminations: z.number().int(),
      peopleDecided: z.number().int(),
      peopleCovered: z.number().int(),
    }),
    byCarrier: readonlyArray(z.object({ carrier: z.string(), ...counts })),
    byPlan: readonlyArray(planLine),
    notEnrolledReasons: readonlyArray(z.object({ paragraph: z.string(), households: z.number().int() })),
    partB: readonlyArray(z.object({ outcome: z.string(), paragraph: z.string(), people: z.number().int() })),
  })
  .meta({ id: 'EnrollmentReport' });

const seasonStatus = z.enum(['upcoming', 'open', 'closed']);
type SeasonStatus = z.infer<typeof seasonStatus>;

const openSeasonList = z
  .object({
    programDate: z.string().describe('The day the program treats as today (YYYY-MM-DD)'),
    currentId: z.string().nullable().describe('The open season open on the program date, if any'),
    defaultId: z.string().describe('The open season reports use when none is named'),
    openSeasons: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        start: z.string(),
        end: z.string(),
        extendedTo: z.string().nullable(),
        lastElectionDay: z.string().describe('The last day an election counts (after any extension)'),
        effectiveOn: z.string(),
        transitional: z.boolean(),
        status: seasonStatus.describe('Against the program date'),
      }),
    ),
  })
  .meta({ id: 'OpenSeasonList' });

/** Open means the program date lies between the first day and the last election day, both included. */
export function seasonStatusOn(season: OpenSeason, today: string): SeasonStatus {
  if (today < season.start) return 'upcoming';
  return today <= lastElectionDay(season) ? 'open' : 'closed';
}

export const openSeasonRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, seasons }) => {
  // The calendar is reference data shipped with the release, the same file the season contexts read.
  const calendar = loadProgramCalendar();

  app.get(
    '/open-seasons',
    {
      schema: {
        summary: "The program calendar's open seasons, and which one is open on the program date",
        tags: ['open-seasons'],
        description: 'Any signed-in user: the calendar is public. The program date is GET /me programDate.',
        response: { 200: openSeasonList, ...problemResponses([401]) },
      },
    },
    async () => {
      const today = app.programClock.today();
      const list = calendar.openSeasons.map((season) => ({
        id: season.id,
        name: season.name,
        start: season.start,
        end: season.end,
        extendedTo: season.extendedTo,
        lastElectionDay: lastElectionDay(season),
        effectiveOn: season.effectiveOn,
        transitional: season.transitional,
        status: seasonStatusOn(season, today),
      }));
      return {
        programDate: today,
        currentId: list.find((season) => season.status === 'open')?.id ?? null,
        defaultId: seasons.openSeason().id,
        openSeasons: list,
      };
    },
  );

  app.get(
    '/open-seasons/:id/report',
    {
      schema: {
        summary: 'The open season enrollment report: by carrier, plan and type; automatic against elected',
        tags: ['open-seasons'],
        description:
          'With from and/or to: only the events and decisions recorded on those days (UTC), e.g. the elections of one week.',
        params: z.strictObject({ id: z.string().min(1).max(64).describe('The open season id') }),
        querystring: z.strictObject({
          from: isoDate.optional().describe('First day recorded, YYYY-MM-DD'),
          to: isoDate.optional().describe('Last day recorded, YYYY-MM-DD'),
        }),
        response: { 200: enrollmentReport, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', { kind: 'report' });
      const { from, to } = request.query;
      if (from && to && to < from)
        throw new PshbError('INVALID_INPUT', 'to must not be before from', [
          { field: 'querystring.to', message: 'must not be before from' },
        ]);
      const context = await seasons.get(request.params.id);
      return buildEnrollmentReport(store, context.openSeason.id, context.catalogue, { from, to });
    },
  );

  app.get(
    '/open-seasons/:id/carriers/:code/enrollments',
    {
      schema: {
        summary: "One carrier's enrollments in the open season, by plan, option and enrollment type",
        tags: ['open-seasons'],
        description:
          "A carrier user reads its own carriers' figures only: another carrier's answer 404, as if it did not exist (the refusal is audited). Program staff read any carrier's.",
        params: z.strictObject({
          id: z.string().min(1).max(64).describe('The open season id'),
          code: z.string().min(1).max(16).describe("The carrier's code, e.g. NALC"),
        }),
        response: { 200: carrierEnrollments, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const { id, code } = request.params;
      const roleMay = (ACTIONS['report.read'].roles as readonly string[]).includes(principalOf(request).role);
      await authorize(request, 'report.read', { kind: 'report', carrierCodes: [code] }).catch(
        (error: unknown) => {
          // The role may read reports, only not this carrier's: to it that carrier's figures do not exist.
          if (roleMay && error instanceof PshbError && error.code === 'FORBIDDEN')
            throw new PshbError('NOT_FOUND', `no enrollments of carrier ${code}`);
          throw error;
        },
      );
      const context = await seasons.get(id);
      return buildCarrierEnrollments(store, context.openSeason.id, context.catalogue, [code]);
    },
  );
};
