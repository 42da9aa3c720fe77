// The transitional open season run: every household is decided by the rules, and the outcome is
// written as enrollment events (automatic enrollment, effectuated election or decline, termination)
// plus each covered person's eligibility and Part B decision. Batches commit together with the
// job's checkpoint, so a run that stops anywhere resumes to exactly the result of an unbroken one,
// and a completed run is never repeated.
import type { IsoDate } from '../../domain/dates.ts';
import type { Catalogue } from '../../domain/catalogue.ts';
import type { OpenSeason, ProgramCalendar } from '../../domain/program-calendar.ts';
import { indexCatalogue } from '../../rules/catalogue-index.ts';
import {
  evaluateHousehold,
  type EnrollmentOutcome,
  type HouseholdDecision,
  type PersonOutcome,
  type RulesContext,
} from '../../rules/household.ts';
import { executorOf } from '../../storage/executor.ts';
import {
  countHouseholds,
  householdIdRange,
  readHouseholdWindow,
  type StoredHousehold,
} from '../../storage/household-reader.ts';
import {
  advanceRunCheckpoint,
  markRunCompleted,
  startRunIfNew,
} from '../../storage/open-season/checkpointed-runs.ts';
import {
  analyzeRunOutcomes,
  copyRunOutcomes,
  decisionLine as decisionFieldsLine,
  eventLine,
} from '../../storage/open-season/run-outcomes.ts';
import type { Store } from '../../storage/store.ts';
import { countingElection } from '../../rules/counting-election.ts';
import { PshbError } from '../../errors.ts';

export interface AutoEnrollOptions {
  readonly calendar: ProgramCalendar;
  readonly openSeason: OpenSeason;
  readonly catalogue: Catalogue;
  /** The day the decisions are made as of; defaults to the day open season actions take effect. */
  readonly asOf?: IsoDate;
  readonly dryRun?: boolean;
  readonly batchSize?: number;
  readonly onProgress?: (householdsDone: number, householdsTotal: number) => void;
  /** Called after each committed batch; tests use it to stop a run half-way. */
  readonly afterBatch?: (householdsDone: number) => void;
}

export type RunStatus = 'completed' | 'already_completed' | 'dry_run';

export interface AutoEnrollSummary {
  readonly runId: string;
  readonly status: RunStatus;
  /** Households decided by this invocation (a resumed run counts only what it did). */
  readonly households: number;
  readonly people: number;
  readonly resumedFrom: number;
  readonly outcomes: Readonly<Record<EnrollmentOutcome, number>>;
  readonly terminations: number;
  readonly partB: Readonly<Record<string, number>>;
}

export function autoEnrollRunId(openSeasonId: string): string {
  return `auto-enroll/${openSeasonId}`;
}

export async function runAutoEnrollment(
  store: Store,
  options: AutoEnrollOptions,
): Promise<AutoEnrollSummary> {
  const asOf = options.asOf ?? options.openSeason.effectiveOn;
  const runId = autoEnrollRunId(options.openSeason.id);
  const parameters = {
    catalogueVersion: options.catalogue.version,
    asOf,
    calendarVersion: options.calendar.version,
  };
  const tally = new Tally(runId, options.dryRun ? 'dry_run' : 'completed');

  let checkpoint = 0;
  if (!options.dryRun) {
    const run = await startOrResume(store, runId, parameters);
    if (run.status === 'completed') return tally.finish('already_completed');
    checkpoint = run.checkpoint;
    tally.resumedFrom = run.processed;
  }

  const context: RulesContext = {
    calendar: options.calendar,
    openSeason: options.openSeason,
    catalogue: indexCatalogue(options.catalogue),
    asOf,
  };
  const total = await countHouseholds(store);
  const range = await householdIdRange(store);
  let done = tally.resumedFrom;
  if (range && total > 0) {
    // Windows of household ids about batchSize households wide; ids need not be dense.
    const width = Math.max(
      1,
      Math.ceil(((range.last - range.first + 1) / total) * (options.batchSize ?? 20_000)),
    );
    const windows = householdWindows(Math.max(checkpoint, range.first - 1), range.last, width);
    const read = (w: Window): Promise<StoredHousehold[]> =>
      readHouseholdWindow(store, options.openSeason.id, w.after, w.upTo);
    let next = windows[0] ? read(windows[0]) : null;
    // One batch is written while the next is read and decided; commits stay in order, so the
    // checkpoint guard still sees them one after another.
    let writing: Promise<void> = Promise.resolve();
    for (let i = 0; i < windows.length; i++) {
      const window = windows[i]!;
      const households = await next!;
      next = windows[i + 1] ? read(windows[i + 1]!) : null;
      next?.catch(() => undefined);
      const decided = households.map((household) => decideHousehold(household, context));
      const batch = options.dryRun ? null : batchRows(runId, context, decided);
      await writing;
      const after = checkpoint;
      checkpoint = window.upTo;
      writing = (batch ? commitBatch(store, runId, after, window.upTo, batch) : Promise.resolve()).then(
        () => {
          for (const entry of decided) tally.add(entry.decision);
          done += households.length;
          options.onProgress?.(done, total);
          options.afterBatch?.(done);
        },
      );
      writing.catch(() => undefined);
    }
    await writing;
  }
  if (!options.dryRun) {
    await markRunCompleted(executorOf(store), runId);
    await analyzeRunOutcomes(executorOf(store));
  }
  return tally.finish();
}

interface Window {
  readonly after: number;
  readonly upTo: number;
}

/** Consecutive id windows (after, upTo] covering (from, last]. */
export function householdWindows(from: number, last: number, width: number): Window[] {
  const windows: Window[] = [];
  for (let after = from; after < last; after += width)
    windows.push({ after, upTo: Math.min(after + width, last) });
  return windows;
}

interface DecidedHousehold {
  readonly household: StoredHousehold;
  readonly decision: HouseholdDecision;
}

function decideHousehold(household: StoredHousehold, context: RulesContext): DecidedHousehold {
  const decision = evaluateHousehold(
    {
      enrollee: household.enrollee,
      family: household.family,
      fehbEnrollment: household.fehbEnrollment,
      election: countingElection(household.elections, context.openSeason),
    },
    context,
  );
  return { household, decision };
}

async function startOrResume(
  store: Store,
  runId: string,
  parameters: Record<string, string>,
): Promise<{ status: 'running' | 'completed'; checkpoint: number; processed: number }> {
  const run = await startRunIfNew(executorOf(store), { id: runId, kind: 'auto-enroll', parameters });
  const stored = run.parameters as Record<string, string>;
  for (const [name, value] of Object.entries(parameters)) {
    if (stored[name] !== value) {
      throw new PshbError(
        'RUN_PARAMETERS_DIFFER',
        `run ${runId} was started with ${name} ${stored[name]}, not ${value}; finish it with the same ${name}`,
      );
    }
  }
  return { status: run.status, checkpoint: run.checkpoint, processed: run.processed };
}

interface BatchRows {
  readonly events: string;
  readonly decisions: string;
  readonly households: number;
}

function batchRows(runId: string, context: RulesContext, decided: readonly DecidedHousehold[]): BatchRows {
  let events = '';
  let decisions = '';
  for (const { household, decision } of decided) {
    events += eventLines(household.householdId, context, runId, decision);
    decisions += decisionLine(runId, decision.enrollee);
    for (const member of decision.members) decisions += decisionLine(runId, member);
  }
  return { events, decisions, households: decided.length };
}

async function commitBatch(
  store: Store,
  runId: string,
  after: number,
  upTo: number,
  batch: BatchRows,
): Promise<void> {
  await store.transaction(async (tx) => {
    await copyRunOutcomes(tx, batch);
    // Only from where this batch started, so two workers never both commit a batch.
    if (!(await advanceRunCheckpoint(tx, runId, { after, upTo, households: batch.households })))
      throw new PshbError(
        'RUN_MOVED_ON',
        `run ${runId} was advanced by another process; start it again to resume`,
      );
  });
}

function eventLines(
  personId: number,
  context: RulesContext,
  runId: string,
  decision: HouseholdDecision,
): string {
  const { enrollment, termination } = decision;
  const openSeasonId = context.openSeason.id;
  const target = enrollment.target;
  let lines = eventLine([
    personId,
    openSeasonId,
    enrollment.outcome,
    target?.enrollmentCode,
    target?.planCode,
    target?.optionCode,
    target?.enrollmentType,
    // A decision without a target (declined, not enrolled) is recorded on the day it was made as of.
    target?.effectiveOn ?? context.asOf,
    enrollment.explanation,
    enrollment.citations,
    runId,
  ]);
  if (termination && termination.outcome === 'terminated' && termination.effectiveOn) {
    lines += eventLine([
      personId,
      openSeasonId,
      'termination',
      target?.enrollmentCode,
      target?.planCode,
      target?.optionCode,
      target?.enrollmentType,
      termination.effectiveOn,
      termination.explanation,
      termination.citations,
      runId,
    ]);
  }
  return lines;
}

function decisionLine(runId: string, outcome: PersonOutcome): string {
  return decisionFieldsLine([
    outcome.personId,
    runId,
    outcome.eligibility.outcome,
    mostSpecific(outcome.eligibility.citations),
    outcome.partB.outcome,
    mostSpecific(outcome.partB.citations),
    outcome.covered,
  ]);
}

function mostSpecific(citations: readonly string[]): string {
  return citations[citations.length - 1] ?? '';
}

/** Counts of what one invocation decided. */
class Tally {
  private readonly runId: string;
  private readonly status: RunStatus;
  households = 0;
  people = 0;
  resumedFrom = 0;
  terminations = 0;
  readonly outcomes: Record<EnrollmentOutcome, number> = {
    automatic_enrollment: 0,
    open_season_election: 0,
    open_season_decline: 0,
    not_enrolled: 0,
  };
  readonly partB: Record<string, number> = {};

  constructor(runId: string, status: RunStatus) {
    this.runId = runId;
    this.status = status;
  }

  add(decision: HouseholdDecision): void {
    this.households++;
    this.outcomes[decision.enrollment.outcome]++;
    if (decision.termination?.outcome === 'terminated') this.terminations++;
    this.countPerson(decision.enrollee);
    for (const member of decision.members) this.countPerson(member);
  }

  private countPerson(outcome: PersonOutcome): void {
    this.people++;
    const key =
      outcome.partB.outcome === 'excepted' || outcome.partB.outcome === 'pending_evidence'
        ? `${outcome.partB.outcome} ${mostSpecific(outcome.partB.citations)}`
        : outcome.partB.outcome;
    this.partB[key] = (this.partB[key] ?? 0) + 1;
  }

  finish(status: RunStatus = this.status): AutoEnrollSummary {
    return {
      runId: this.runId,
      status,
      households: this.households,
      people: this.people,
      resumedFrom: this.resumedFrom,
      outcomes: this.outcomes,
      terminations: this.terminations,
      partB: this.partB,
    };
  }
}
