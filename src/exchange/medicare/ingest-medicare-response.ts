// pshb medicare ingest: an agency's Medicare entitlement response (5 CFR 890.1612) read against the
// requests it answers. The whole file is checked first (a bad one changes nothing, naming line, column
// and field); then, in one transaction and in batches, each line is matched to its request, recorded as
// a fact event with its provenance (partner, file, line, day received), and: a match whose person still
// has the name and birth date sent sets their Medicare facts; no match, a mismatch the agency reports,
// or a person changed since the request goes to the exception queue and never onto the person. The
// households answered about are re-decided (part-b-review.ts): newly without a required Part B opens
// the 890.1608(b) review with its notice; Part B confirmed resolves an open one.
// The same file again (its SHA-256) changes nothing; a request answered before is skipped; two runs at
// once queue on the file's digest and the second finds the first's file; a crash rolls everything back.
import type { IsoDate } from '../../domain/dates.ts';
import { applyEntitlement } from '../../domain/medicare-entitlement.ts';
import { PshbError, type ProblemDetail } from '../../errors.ts';
import { loadProgramCalendar } from '../../reference-data.ts';
import { AGENCY_CODES } from '../../domain/trading-partner.ts';
import { openExceptions, type NewExchangeException } from '../../storage/exchange/exchange-exceptions.ts';
import { findFileByDigest, recordExchangeFile } from '../../storage/exchange/exchange-files.ts';
import {
  appendMedicareFactEvents,
  updatePersonMedicare,
  type NewMedicareFactEvent,
  type PersonMedicareUpdate,
} from '../../storage/exchange/medicare-fact-events.ts';
import { householdsByIds, householdsWithCoverage } from '../../storage/exchange/medicare-households.ts';
import {
  openPartBRemovalReviews,
  resolvePendingActions,
} from '../../storage/exchange/medicare-pending-actions.ts';
import { requestsAnswered, type AnsweringRow } from '../../storage/exchange/medicare-requests.ts';
import { executorOf, type Executor } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import type { MedicareOutcome } from '../../storage/tables/exchange-tables.ts';
import { lifeEventsTable } from '../lifecycle/lifecycle-context.ts';
import { chooseOpenSeason } from '../season-context.ts';
import { reviewPartB, withAnsweredFacts, type ReviewContext } from './part-b-review.ts';
import {
  checkMedicareResponse,
  medicareResponseBatches,
  type ResponseDetail,
} from './read-medicare-response.ts';
import { exceptionDetail, responseOutcome, type AskedAbout } from './response-outcome.ts';

export interface IngestMedicareOptions {
  readonly path: string;
  readonly fileName: string;
  /** The program day the file was received: the facts' provenance and the notices' date. */
  readonly receivedOn: IsoDate;
  readonly now: Date;
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface IngestMedicareResult {
  /** True when this file (its SHA-256) was read before: nothing changed. */
  readonly duplicate: boolean;
  readonly partner: string;
  readonly fileId: number;
  readonly sha256: string;
  readonly lines: number;
  /** Matched lines set onto the person. */
  readonly applied: number;
  /** Lines whose request was answered by an earlier file: skipped. */
  readonly alreadyAnswered: number;
  readonly noMatch: number;
  readonly mismatches: number;
  readonly exceptionsOpened: number;
  readonly removalReviewsOpened: number;
  readonly partBConfirmed: number;
  readonly reviewsResolved: number;
}

type Counts = Omit<IngestMedicareResult, 'duplicate' | 'partner' | 'fileId' | 'sha256' | 'lines'>;

const SENDER_COLUMN = 30;

export async function ingestMedicareResponse(
  store: Store,
  options: IngestMedicareOptions,
): Promise<IngestMedicareResult> {
  const summary = await checkMedicareResponse(options.path);
  const partner = summary.sender;
  if (!(AGENCY_CODES as readonly string[]).includes(partner)) {
    throw new PshbError(
      'INVALID_FILE',
      `${options.fileName}: the sender is not an agency partner; nothing was changed`,
      [
        {
          line: 1,
          field: `column ${SENDER_COLUMN}, sender`,
          message: `"${partner}" is not one of ${AGENCY_CODES.join(', ')}`,
        },
      ],
    );
  }
  const base = { partner, sha256: summary.sha256, lines: summary.detailCount };
  const earlier = await findFileByDigest(executorOf(store), partner, 'inbound', summary.sha256);
  if (earlier) return { ...base, ...noCounts(), duplicate: true, fileId: Number(earlier.id) };
  const calendar = loadProgramCalendar();
  const season = chooseOpenSeason(calendar);
  const review = { calendar, periods: lifeEventsTable().periods, asOf: options.receivedOn };
  try {
    return await store.transaction(async (tx) => {
      const fileId = await recordExchangeFile(
        tx,
        {
          partner,
          direction: 'inbound',
          kind: 'medicare_response',
          interchangeControlNumber: null,
          groupControlNumber: null,
          transactionControlNumbers: [],
          asOf: options.receivedOn,
          sinceEventId: null,
          throughEventId: null,
          memberCount: summary.detailCount,
          segmentCount: summary.detailCount + 2,
          byteSize: summary.byteSize,
          sha256: summary.sha256,
          fileName: options.fileName,
          createdAt: options.now.toISOString(),
          status: 'accepted',
        },
        [],
      );
      const counts = noCounts();
      let done = 0;
      for await (const batch of medicareResponseBatches(options.path, options.batchSize ?? 5_000)) {
        const batchCounts = await applyBatch(tx, batch, {
          partner,
          fileId,
          receivedOn: options.receivedOn,
          seasonId: season.id,
          review,
        });
        for (const key of Object.keys(counts) as (keyof Counts)[]) counts[key] += batchCounts[key];
        done += batch.length;
        options.onProgress?.(done, summary.detailCount);
      }
      return { ...base, ...counts, duplicate: false, fileId };
    });
  } catch (error) {
    // A run that committed the same file first (the digest's unique index): this one changes nothing.
    const first = await findFileByDigest(executorOf(store), partner, 'inbound', summary.sha256);
    if (first) return { ...base, ...noCounts(), duplicate: true, fileId: Number(first.id) };
    throw error;
  }
}

function noCounts(): { -readonly [K in keyof Counts]: number } {
  return {
    applied: 0,
    alreadyAnswered: 0,
    noMatch: 0,
    mismatches: 0,
    exceptionsOpened: 0,
    removalReviewsOpened: 0,
    partBConfirmed: 0,
    reviewsResolved: 0,
  };
}

interface BatchContext {
  readonly partner: string;
  readonly fileId: number;
  readonly receivedOn: IsoDate;
  readonly seasonId: string;
  readonly review: Omit<ReviewContext, 'eventOf'>;
}

interface Answer {
  readonly detail: ResponseDetail;
  readonly request: AnsweringRow;
  readonly outcome: MedicareOutcome;
  readonly asked: AskedAbout;
}

async function applyBatch(
  tx: Executor,
  batch: readonly ResponseDetail[],
  context: BatchContext,
): Promise<Counts> {
  const counts = noCounts();
  const requests = new Map(
    (
      await requestsAnswered(
        tx,
        batch.map((d) => d.requestId),
      )
    ).map((r) => [r.request_id, r]),
  );
  const answers = matchRequests(batch, requests, context.partner);
  const fresh = answers.filter((a) => !a.request.answered);
  counts.alreadyAnswered = answers.length - fresh.length;
  const eventIds = await appendMedicareFactEvents(
    tx,
    fresh.map((a) => factEventOf(a, context)),
  );
  // Only what this run appended is acted on: a request another run answered meanwhile was skipped.
  const appended = fresh.filter((a) => eventIds.has(a.request.request_id));
  counts.alreadyAnswered += fresh.length - appended.length;
  const exceptions = appended.filter((a) => a.outcome !== 'matched');
  counts.noMatch = exceptions.filter((a) => a.outcome === 'no_match').length;
  counts.mismatches = exceptions.length - counts.noMatch;
  counts.exceptionsOpened = (
    await openExceptions(
      tx,
      exceptions.map((a) => exceptionOf(a, context)),
      context.receivedOn,
    )
  ).length;
  const matched = appended.filter((a) => a.outcome === 'matched');
  counts.applied = matched.length;
  if (matched.length === 0) return counts;
  return { ...counts, ...(await applyMatched(tx, matched, eventIds, context)) };
}

/**
 * Sets the matched answers onto the people and re-decides their households: reviews opened for Part B
 * newly missing, open ones resolved for Part B confirmed. Most answers agree with the record: only
 * people whose facts change are written and re-decided.
 */
async function applyMatched(
  tx: Executor,
  matched: readonly Answer[],
  eventIds: ReadonlyMap<string, number>,
  context: BatchContext,
): Promise<Pick<Counts, 'removalReviewsOpened' | 'partBConfirmed' | 'reviewsResolved'>> {
  const updates = matched.map((a) => ({ answer: a, update: medicareUpdateOf(a, context.receivedOn) }));
  const changed = updates.filter((u) => changesFacts(u.answer.request, u.update));
  const inPartBAlready = updates
    .filter((u) => !changesFacts(u.answer.request, u.update) && inPartB(u.update, context.receivedOn))
    .map((u) => u.update.personId);
  let confirmed: readonly number[] = [];
  let removalReviewsOpened = 0;
  if (changed.length > 0) {
    const householdIds = [...new Set(changed.map((u) => u.answer.request.household_id!))];
    // Read once, before the change; the households after it are the same people with the new facts.
    const before = await householdsByIds(tx, context.seasonId, householdIds);
    await updatePersonMedicare(
      tx,
      changed.map((u) => u.update),
    );
    const after = withAnsweredFacts(before, new Map(changed.map((u) => [u.update.personId, u.update])));
    const eventOf = new Map(
      changed.map((u) => [u.answer.request.person_id, eventIds.get(u.answer.request.request_id)!]),
    );
    const decided = reviewPartB(before, after, { ...context.review, eventOf });
    // A removal needs an enrollment to end: people of a household without coverage get no review.
    const covered = await householdsWithCoverage(tx, [...new Set(decided.reviews.map((r) => r.householdId))]);
    const reviews = decided.reviews.filter((r) => covered.has(r.householdId));
    removalReviewsOpened = (await openPartBRemovalReviews(tx, reviews, context.receivedOn)).length;
    confirmed = decided.confirmed;
  }
  const reviewsResolved = await resolvePendingActions(
    tx,
    [...confirmed, ...inPartBAlready],
    context.receivedOn,
    'part_b_confirmed',
  );
  return { removalReviewsOpened, partBConfirmed: confirmed.length, reviewsResolved };
}

function changesFacts(request: AnsweringRow, update: PersonMedicareUpdate): boolean {
  return (
    request.part_a_start !== update.partAStart ||
    request.part_b_start !== update.partBStart ||
    request.part_b_end !== update.partBEnd ||
    request.part_b_periods !== update.partBPeriods
  );
}

/** In Part B on the day by the facts as answered (an end is the first day without). */
function inPartB(update: PersonMedicareUpdate, on: IsoDate): boolean {
  return (
    update.partBStart !== null &&
    update.partBStart <= on &&
    (update.partBEnd === null || update.partBEnd > on)
  );
}

/** Each line with its request; a line naming no request of this partner refuses the whole file. */
function matchRequests(
  batch: readonly ResponseDetail[],
  requests: ReadonlyMap<string, AnsweringRow>,
  partner: string,
): Answer[] {
  const problems: ProblemDetail[] = [];
  const answers: Answer[] = [];
  for (const detail of batch) {
    const request = requests.get(detail.requestId);
    if (!request || request.partner !== partner) {
      problems.push({
        line: detail.line,
        field: 'column 2, requestId',
        message: `${detail.requestId} is not a request sent to ${partner}`,
      });
      continue;
    }
    const asked: AskedAbout = {
      sentLastName: request.sent_last_name,
      sentFirstName: request.sent_first_name,
      sentBirthDate: request.sent_birth_date,
      lastName: request.last_name,
      firstName: request.first_name,
      birthDate: request.birth_date,
    };
    answers.push({ detail, request, asked, outcome: responseOutcome(detail.matchCode, asked) });
  }
  if (problems.length > 0) {
    throw new PshbError(
      'INVALID_FILE',
      'the response answers requests that were never sent; nothing was changed',
      problems.slice(0, 50),
    );
  }
  return answers;
}

function factEventOf(answer: Answer, context: BatchContext): NewMedicareFactEvent {
  const d = answer.detail;
  return {
    requestId: answer.request.request_id,
    personId: answer.request.person_id,
    partner: context.partner,
    fileId: context.fileId,
    lineNumber: d.line,
    receivedOn: context.receivedOn,
    outcome: answer.outcome,
    applied: answer.outcome === 'matched',
    partAStart: d.partAStart,
    partAEnd: d.partAEnd,
    partBStart: d.partBStart,
    partBEnd: d.partBEnd,
  };
}

function exceptionOf(answer: Answer, context: BatchContext): NewExchangeException {
  return {
    partner: context.partner,
    kind: answer.outcome === 'no_match' ? 'medicare_no_match' : 'medicare_mismatch',
    fileId: context.fileId,
    personId: answer.request.person_id,
    segmentPosition: answer.detail.line,
    detail: {
      requestId: answer.request.request_id,
      line: answer.detail.line,
      ...exceptionDetail(answer.outcome, answer.asked, answer.detail.mbi),
    },
  };
}

function medicareUpdateOf(answer: Answer, receivedOn: IsoDate): PersonMedicareUpdate {
  const r = answer.request;
  const d = answer.detail;
  const next = applyEntitlement(
    { partAStart: null, partBStart: r.part_b_start, partBEnd: r.part_b_end, partBPeriods: r.part_b_periods },
    { partAStart: d.partAStart, partAEnd: d.partAEnd, partBStart: d.partBStart, partBEnd: d.partBEnd },
    receivedOn,
  );
  return { personId: r.person_id, ...next };
}
