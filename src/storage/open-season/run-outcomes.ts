// What the open season run writes for each batch of households, by COPY: enrollment events and each
// covered person's coverage decision. The run builds the CSV text a line at a time from typed fields,
// so a batch of tens of thousands of households is one COPY per table.
import { copyRows, type ColumnOf, type CopyTarget } from '../copy-rows.ts';
import { csvLine, pgTextArray } from '../csv-text.ts';
import type { Executor } from '../executor.ts';

const EVENT_COLUMNS = [
  'person_id',
  'open_season_id',
  'event_type',
  'enrollment_code',
  'plan_code',
  'option_code',
  'enrollment_type',
  'effective_on',
  'reason',
  'citations',
  'run_id',
] as const satisfies readonly ColumnOf<'enrollment_event'>[];

const DECISION_COLUMNS = [
  'person_id',
  'run_id',
  'eligibility',
  'eligibility_citation',
  'part_b',
  'part_b_citation',
  'covered',
] as const satisfies readonly ColumnOf<'coverage_decision'>[];

type Code = string | undefined;
/** A person's id as a number or its decimal text (the rules carry ids as text). */
type PersonId = number | string;

/** An enrollment event's fields, in EVENT_COLUMNS order; an undefined code is NULL. */
export type EventFields = readonly [
  personId: PersonId,
  openSeasonId: string,
  eventType: string,
  enrollmentCode: Code,
  planCode: Code,
  optionCode: Code,
  enrollmentType: Code,
  effectiveOn: string,
  reason: string,
  citations: readonly string[],
  runId: string,
];

/** A coverage decision's fields, in DECISION_COLUMNS order. */
export type DecisionFields = readonly [
  personId: PersonId,
  runId: string,
  eligibility: string,
  eligibilityCitation: string,
  partB: string,
  partBCitation: string,
  covered: boolean,
];

export function eventLine(f: EventFields): string {
  return csvLine([f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], pgTextArray(f[9]), f[10]]);
}

export function decisionLine(f: DecisionFields): string {
  return csvLine(f);
}

/** Loads a batch's lines (from eventLine and decisionLine) inside the batch's transaction. */
export async function copyRunOutcomes(
  tx: CopyTarget,
  batch: { readonly events: string; readonly decisions: string },
): Promise<void> {
  await copyRows(tx, 'enrollment_event', EVENT_COLUMNS, batch.events);
  await copyRows(tx, 'coverage_decision', DECISION_COLUMNS, batch.decisions);
}

/**
 * The run bulk-loads both tables; fresh statistics keep the per-household reads that follow (the API's
 * ETags and histories) on their indexes. PGlite runs no autovacuum to do it later.
 */
export async function analyzeRunOutcomes(executor: Executor): Promise<void> {
  await executor.query('analyze enrollment_event, coverage_decision');
}
