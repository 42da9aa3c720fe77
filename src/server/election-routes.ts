// POST /api/v1/elections: an open season election (enroll in an option, or decline), checked against
// the open season window and the catalogue by the rules (5 CFR 890.1605(b)), recorded on the household's
// enrollee in one transaction with its idempotency record, after the If-Match check. It is made on the
// day the program receives it (the program clock); only a program administrator records an SF 2809
// received earlier on paper, with its received date and a reason (audited).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { paperReceipt } from '../exchange/lifecycle/index.ts';
import type { Election } from '../domain/enrollment.ts';
import { PshbError } from '../errors.ts';
import { indexCatalogue } from '../rules/catalogue-index.ts';
import { assessElection } from '../rules/open-season-election.ts';
import type { RawTransaction } from '../storage/store.ts';
import { authorizeForPerson } from './authorize.ts';
import { checkIfMatch, ifMatchOf } from './concurrency.ts';
import { electionStamp, formatEtag, lockHousehold } from '../storage/household-etag.ts';
import { REPLAYED_HEADER, runOnce } from './idempotency.ts';
import { dayReceivedFor } from './paper-receipt.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

export const electionRequest = z
  .strictObject({
    personId: z
      .number()
      .int()
      .positive()
      .max(Number.MAX_SAFE_INTEGER)
      .describe('The enrollee making the election'),
    kind: z.enum(['enroll', 'decline']),
    enrollmentCode: z
      .string()
      .min(2)
      .max(4)
      .optional()
      .describe('The PSHB enrollment code; required to enroll'),
    paperReceipt: paperReceipt
      .optional()
      .describe(
        'Program administrators only: an SF 2809 received earlier on paper, with the day received and why it is recorded late',
      ),
    openSeasonId: z.string().min(1).max(64).optional().describe('Default: the transitional open season'),
  })
  .superRefine((value, context) => {
    if (value.kind === 'enroll' && value.enrollmentCode === undefined) {
      context.addIssue({ code: 'custom', path: ['enrollmentCode'], message: 'required when kind is enroll' });
    }
    if (value.kind === 'decline' && value.enrollmentCode !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['enrollmentCode'],
        message: 'not allowed when kind is decline',
      });
    }
  })
  .meta({ id: 'ElectionRequest' });

export const storedElection = z
  .object({
    personId: z.number().int(),
    openSeasonId: z.string(),
    kind: z.enum(['enroll', 'decline']),
    enrollmentCode: z.string().nullable(),
    madeOn: z
      .string()
      .describe('The day the program received the election: the program date, or the paper received date'),
    recordedAt: z.string(),
    etag: z.string().describe('The household enrollment ETag after this election'),
  })
  .meta({ id: 'Election' });
type StoredElection = z.infer<typeof storedElection>;

export const electionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, seasons }) => {
  app.post(
    '/elections',
    {
      schema: {
        summary: 'Make an open season election (enroll or decline) for a household',
        tags: ['enrollments'],
        headers: z.object({
          'idempotency-key': z
            .string()
            .optional()
            .describe('Required: a new unique value for each change; a retry sends the same one'),
          'if-match': z
            .string()
            .optional()
            .describe('Required: the ETag of GET /api/v1/persons/{id}/enrollments'),
        }),
        body: electionRequest,
        response: {
          201: storedElection,
          ...problemResponses([400, 401, 403, 404, 412, 413, 415, 422, 428]),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const ifMatch = ifMatchOf(request);
      const householdId = await authorizeForPerson(request, 'enrollment.elect', body.personId);
      if (body.personId !== householdId) {
        throw new PshbError(
          'INVALID_INPUT',
          `person ${body.personId} is a family member; the enrollee, person ${householdId}, makes the household's election`,
          [{ field: 'body.personId', message: `use the enrollee, ${householdId}` }],
        );
      }
      const madeOn = await dayReceivedFor(request, householdId, body.paperReceipt);
      const context = await seasons.get(body.openSeasonId);
      const election: Election =
        body.kind === 'enroll'
          ? { kind: 'enroll', enrollmentCode: body.enrollmentCode ?? '', madeOn }
          : { kind: 'decline', madeOn };
      const standing = assessElection(election, context.openSeason, indexCatalogue(context.catalogue));
      if (standing.kind === 'outside_window') {
        throw new PshbError(
          'ELECTION_OUTSIDE_OPEN_SEASON',
          `an election received on ${madeOn} falls outside ${context.openSeason.name} (${context.openSeason.start} to ${standing.closes}); 5 CFR 890.1605(b)(1)`,
          [
            {
              field: body.paperReceipt ? 'body.paperReceipt.receivedOn' : 'body',
              message: `received between ${context.openSeason.start} and ${standing.closes}`,
            },
          ],
        );
      }
      if (standing.kind === 'unknown_option') {
        throw new PshbError(
          'UNKNOWN_ENROLLMENT_CODE',
          `enrollment code ${election.kind === 'enroll' ? election.enrollmentCode : ''} names no PSHB option of catalogue ${context.catalogue.version}; see GET /api/v1/plans`,
          [{ field: 'body.enrollmentCode', message: 'not a PSHB enrollment code of the catalogue in force' }],
        );
      }
      const result = await runOnce(store, request, async (tx) => {
        const stored = await recordElection(tx, householdId, context.openSeason.id, election, ifMatch);
        return { status: 201, body: stored };
      });
      if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
      const stored = result.body as StoredElection;
      void reply.header('etag', stored.etag);
      return reply.code(201).send(stored);
    },
  );
};

async function recordElection(
  tx: RawTransaction,
  householdId: number,
  openSeasonId: string,
  election: Election,
  ifMatch: string,
): Promise<StoredElection> {
  const version = await lockHousehold(tx, householdId);
  checkIfMatch(ifMatch, formatEtag(version));
  const enrollmentCode = election.kind === 'enroll' ? election.enrollmentCode : null;
  const [row] = await tx.prepared<{ recorded_at: Date | string; stamp: string }>(
    'election-record',
    `insert into open_season_election (person_id, open_season_id, kind, enrollment_code, made_on)
     values ($1, $2, $3, $4, $5)
     on conflict (person_id, open_season_id, made_on)
       do update set kind = excluded.kind, enrollment_code = excluded.enrollment_code, recorded_at = clock_timestamp()
     returning recorded_at, ${electionStamp('recorded_at')} as stamp`,
    [householdId, openSeasonId, election.kind, enrollmentCode, election.madeOn],
  );
  return {
    personId: householdId,
    openSeasonId,
    kind: election.kind,
    enrollmentCode,
    madeOn: election.madeOn,
    recordedAt: new Date(row?.recorded_at ?? Date.now()).toISOString(),
    // The household's newest election is this one, recorded under the lock: no need to read it back.
    etag: formatEtag({ ...version, lastElection: row?.stamp ?? version.lastElection }),
  };
}
