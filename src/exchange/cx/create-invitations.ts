// createInvitations: invites customers to a survey after their transactions (OMB Circular A-11,
// Section 280), by scanning each source of transactions after its watermark, so the transaction
// itself pays nothing. Per batch, in one database transaction: the watermark is locked, the next
// transactions read, each matched to its transaction point and decided by the rules (channel,
// sample, once per person per period, no open case, survey collecting), the invitations inserted, the
// customers served counted, and the watermark advanced. A crash loses at most the batch in flight,
// which the next run repeats; a re-run finds nothing new, and the unique indexes keep a transaction
// from being invited twice whatever happens.
import { addDays, type IsoDate } from '../../domain/dates.ts';
import { fiscalQuarterOf, periodKey } from '../../rules/cx/fiscal-quarter.ts';
import { invitationEligibility, type EligibilityOutcome } from '../../rules/cx/invitation-eligibility.ts';
import { sampleTransaction } from '../../rules/cx/sampling.ts';
import { surveyCollecting } from '../../rules/cx/survey-collecting.ts';
import type { CxChannel, Language, TransactionPoint } from '../../rules/cx/survey-instrument.ts';
import { insertInvitations, invitedInPeriod, type InvitationInsert } from '../../storage/cx/invitations.ts';
import { addServedCounts, type ServedCount } from '../../storage/cx/served-counts.ts';
import {
  advanceWatermark,
  EPOCH_INSTANT,
  exactInstantOf,
  lockWatermark,
  personsWithOpenCases,
  readCursors,
  scanTransactions,
  sourcesWithNewTransactions,
  TRANSACTION_SOURCES,
  type ExactInstant,
  type ScannedTransaction,
  type TransactionSource,
} from '../../storage/cx/transaction-scan.ts';
import { executorOf, type Executor } from '../../storage/executor.ts';
import { personLanguages } from '../../storage/person-language.ts';
import type { Store } from '../../storage/store.ts';
import { surveyById, type CxCatalogue } from './cx-catalogue.ts';
import { tokenHash, type CxKeys } from './cx-keys.ts';
import { pace, pacedExecutor, type Pace } from '../pace.ts';
import { DEFAULT_SLICE_MS, timeSlices, type TimeSlices } from '../time-slices.ts';
import { registerSurveyVersions } from './register-surveys.ts';

export interface CreateInvitationsOptions {
  readonly catalogue: CxCatalogue;
  readonly keys: CxKeys;
  /** The real instant: transactions recorded within `lagMs` before it wait for the next run. */
  readonly now: Date;
  readonly lagMs?: number;
  readonly batchSize?: number;
  /** Stop after this many batches per source (the job's share of work per run). */
  readonly maxBatches?: number;
  /** Start each source from here instead of its watermark when the watermark is older (pshb cx invite --since). */
  readonly since?: Date;
  /**
   * The share of the time the run may work (src/exchange/pace.ts): beside the API, a run that rests in
   * proportion after each statement and each slice of its loops leaves the requests their cores.
   * Default 1, flat out.
   */
  readonly share?: number;
}

export type SkipReason =
  Exclude<EligibilityOutcome, 'invite'> | 'no_transaction_point' | 'survey_expired' | 'duplicate';

export interface SourceRun {
  readonly source: TransactionSource;
  scanned: number;
  invited: number;
  readonly skipped: Partial<Record<SkipReason, number>>;
  /** The first invitations made (up to 100 a source), for operators and demos. */
  readonly made: { reference: string; transactionPoint: string; language: Language }[];
}

export interface InvitationRun {
  readonly sources: SourceRun[];
  readonly invited: number;
  readonly scanned: number;
}

const DEFAULT_LAG_MS = 60_000;
/**
 * An invitation's language (its link's ?lang= and the form's default) is the person's stored preference
 * (PUT /api/v1/me/language), else English.
 */
const DEFAULT_LANGUAGE: Language = 'en';
const DEFAULT_BATCH = 1_000;

/** The transaction point a transaction belongs to: same transaction, and the same partner when it names one. */
export function pointFor(
  points: readonly TransactionPoint[],
  row: ScannedTransaction,
): TransactionPoint | undefined {
  return points.find(
    (p) => p.transaction === row.transaction && (p.partner === undefined || p.partner === row.partner),
  );
}

export async function createInvitations(
  store: Store,
  options: CreateInvitationsOptions,
): Promise<InvitationRun> {
  const workPace = pace(options.share ?? 1);
  const executor = pacedExecutor(executorOf(store), workPace);
  await registerOnce(store, executor, options.catalogue);
  const before = new Date(options.now.getTime() - (options.lagMs ?? DEFAULT_LAG_MS));
  const busy = new Set(await sourcesToScan(executor, before, options.since));
  const sources: SourceRun[] = [];
  for (const source of TRANSACTION_SOURCES) {
    const run: SourceRun = { source, scanned: 0, invited: 0, skipped: {}, made: [] };
    sources.push(run);
    if (!busy.has(source)) continue;
    for (let batch = 0; batch < (options.maxBatches ?? Number.POSITIVE_INFINITY); batch++) {
      const scanned = await store.transaction((tx) =>
        invitationBatch(pacedExecutor(tx, workPace), source, before, { ...options, workPace }, run),
      );
      if (scanned < (options.batchSize ?? DEFAULT_BATCH)) break;
    }
  }
  return {
    sources,
    invited: sources.reduce((n, s) => n + s.invited, 0),
    scanned: sources.reduce((n, s) => n + s.scanned, 0),
  };
}

/**
 * The catalogues whose survey versions this process has registered with each store. A worker runs
 * every few seconds with the same catalogue, and registering reads every version each time; once is
 * enough, since a version once registered is only ever replaced by registering a changed catalogue.
 */
const registered = new WeakMap<Store, WeakSet<CxCatalogue>>();

async function registerOnce(store: Store, executor: Executor, catalogue: CxCatalogue): Promise<void> {
  const done = registered.get(store) ?? new WeakSet<CxCatalogue>();
  if (done.has(catalogue)) return;
  await registerSurveyVersions(executor, catalogue.surveys);
  done.add(catalogue);
  registered.set(store, done);
}

/**
 * The sources with a transaction to scan, found in one unlocked read: a run that finds nothing new,
 * the worker's usual run between transactions, takes no lock and writes nothing.
 */
async function sourcesToScan(executor: Executor, before: Date, since: Date | undefined) {
  const watermarks = await readCursors(executor);
  const cursors = new Map(
    TRANSACTION_SOURCES.map((source) => [source, startingPoint(watermarks.get(source), since)] as const),
  );
  return sourcesWithNewTransactions(executor, cursors, before);
}

/** Where a source's scan starts: its watermark, or --since when that is later. */
function startingPoint(
  watermark: { at: ExactInstant; key: string } | undefined,
  since: Date | undefined,
): { at: ExactInstant; key: string } {
  const from = watermark ?? { at: EPOCH_INSTANT, key: '' };
  const after = since && exactInstantOf(since);
  return after && after > from.at ? { at: after, key: '' } : from;
}

/** The person keys already invited in each period the rows fall in, read once per batch. */
async function alreadyInvited(
  executor: Executor,
  rows: readonly ScannedTransaction[],
  keys: CxKeys,
  slices: TimeSlices,
): Promise<Set<string>> {
  const byPeriod = new Map<string, string[]>();
  for (const row of rows) {
    await slices.turn();
    const period = periodKey(fiscalQuarterOf(row.day));
    let periodKeys = byPeriod.get(period);
    if (!periodKeys) byPeriod.set(period, (periodKeys = []));
    periodKeys.push(keys.personKey(row.personId));
  }
  const invited = new Set<string>();
  for (const [period, personKeys] of byPeriod)
    for (const key of await invitedInPeriod(executor, personKeys, period)) invited.add(`${key}|${period}`);
  return invited;
}

/** An invitation decided on, waiting for the batch's one insert. */
interface Offer {
  readonly cell: { offered: number };
  readonly made: SourceRun['made'][number];
  readonly insert: InvitationInsert;
}

async function invitationBatch(
  executor: Executor,
  source: TransactionSource,
  before: Date,
  options: CreateInvitationsOptions & { readonly workPace: Pace },
  run: SourceRun,
): Promise<number> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const after = startingPoint(await lockWatermark(executor, source), options.since);
  const rows = await scanTransactions(executor, source, after, before, batchSize);
  if (rows.length === 0) return 0;
  const { points } = options.catalogue;
  const openCases = points.skipDuringOpenCase
    ? await personsWithOpenCases(
        executor,
        rows.map((r) => r.personId),
      )
    : new Set<number>();
  const served = new Map<string, ServedCount & { served: number; offered: number }>();
  // pshb serve runs this job beside the API: the loops below give way to requests every half millisecond
  // (and rest, when the run is paced).
  const slices = timeSlices(DEFAULT_SLICE_MS, options.workPace);
  const invitedNow = await alreadyInvited(executor, rows, options.keys, slices);
  const languages = await personLanguages(
    executor,
    rows.map((r) => r.personId),
  );
  const skip = (reason: SkipReason) => (run.skipped[reason] = (run.skipped[reason] ?? 0) + 1);
  const offers: Offer[] = [];
  for (const row of rows) {
    await slices.turn();
    const point = pointFor(points.points, row);
    if (!point) {
      skip('no_transaction_point');
      continue;
    }
    const quarter = fiscalQuarterOf(row.day);
    const period = periodKey(quarter);
    const cell = servedCell(served, quarter, points.service, point, row);
    cell.served++;
    const personKey = options.keys.personKey(row.personId);
    const made = invitationEligibility({
      channel: row.channel,
      channelSurveyed: point.channels.includes(row.channel as CxChannel),
      sampled:
        sampleTransaction(points.samplingSeed, row.reference, point.samplingRate).outcome === 'sampled',
      invitedThisPeriod: invitedNow.has(`${personKey}|${period}`),
      openCase: openCases.has(row.personId),
      skipDuringOpenCase: points.skipDuringOpenCase,
      period,
    });
    if (made.outcome !== 'invite') {
      skip(made.outcome);
      continue;
    }
    const survey = surveyById(options.catalogue, point.surveyId);
    if (surveyCollecting(survey, row.day).outcome === 'expired') {
      skip('survey_expired');
      continue;
    }
    invitedNow.add(`${personKey}|${period}`);
    const lastDay = addDays(row.day as IsoDate, points.invitationValidDays);
    const language = languages.get(row.personId) ?? DEFAULT_LANGUAGE;
    offers.push({
      cell,
      made: { reference: row.reference, transactionPoint: point.id, language },
      insert: {
        token_hash: tokenHash(options.keys.tokenFor(source, row.reference)),
        survey_id: survey.id,
        survey_version: survey.version,
        language,
        service: points.service,
        stage: point.stage,
        transaction_point: point.id,
        channel: row.channel,
        partner: row.partner,
        transaction_source: source,
        transaction_reference: row.reference,
        person_key: personKey,
        period,
        fiscal_year: quarter.fiscalYear,
        fiscal_quarter: quarter.quarter,
        offered_on: row.day,
        expires_at: `${lastDay}T23:59:59.999Z`,
      },
    });
  }
  // One statement for the batch's invitations; another process may have invited some meanwhile.
  const inserted = await insertInvitations(
    executor,
    offers.map((o) => o.insert),
  );
  for (const offer of offers) {
    if (!inserted.has(offer.made.reference)) {
      skip('duplicate');
      continue;
    }
    offer.cell.offered++;
    run.invited++;
    if (run.made.length < 100) run.made.push(offer.made);
  }
  await addServedCounts(executor, [...served.values()]);
  const last = rows[rows.length - 1]!;
  await advanceWatermark(executor, source, { at: last.at, key: last.key }, rows.length);
  run.scanned += rows.length;
  return rows.length;
}

function servedCell(
  cells: Map<string, ServedCount & { served: number; offered: number }>,
  quarter: { fiscalYear: number; quarter: number },
  service: string,
  point: TransactionPoint,
  row: ScannedTransaction,
): { served: number; offered: number } {
  const key = [quarter.fiscalYear, quarter.quarter, point.id, row.channel, row.partner ?? ''].join('|');
  let cell = cells.get(key);
  if (!cell) {
    cell = {
      fiscalYear: quarter.fiscalYear,
      fiscalQuarter: quarter.quarter,
      service,
      stage: point.stage,
      transactionPoint: point.id,
      channel: row.channel,
      partner: row.partner,
      served: 0,
      offered: 0,
    };
    cells.set(key, cell);
  }
  return cell;
}
