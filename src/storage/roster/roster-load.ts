// A roster's rows loaded by COPY, all in the one transaction that imports the file: the people, then
// their evidence, FEHB enrollments and open season elections. The caller writes each table's CSV text
// with its fields in the order of the columns named here.
import { copyRows, type ColumnOf, type CopyTarget } from '../copy-rows.ts';
import type { Executor } from '../executor.ts';

type Csv = string | AsyncIterable<string>;

export const EVIDENCE_LOAD_COLUMNS = [
  'person_id',
  'kind',
  'received_on',
] as const satisfies readonly ColumnOf<'evidence'>[];

export const FEHB_ENROLLMENT_LOAD_COLUMNS = [
  'person_id',
  'enrollment_code',
  'plan_code',
  'option_code',
  'enrollment_type',
  'covered_person_id',
  'held_on',
] as const satisfies readonly ColumnOf<'fehb_enrollment'>[];

export const ELECTION_LOAD_COLUMNS = [
  'person_id',
  'open_season_id',
  'kind',
  'enrollment_code',
  'made_on',
] as const satisfies readonly ColumnOf<'open_season_election'>[];

/** People, with their fields in the order of `columns` (the roster's own order). */
export function copyPeople(tx: CopyTarget, columns: readonly ColumnOf<'person'>[], csv: Csv): Promise<void> {
  return copyRows(tx, 'person', columns, csv);
}

export function copyEvidence(tx: CopyTarget, csv: Csv): Promise<void> {
  return copyRows(tx, 'evidence', EVIDENCE_LOAD_COLUMNS, csv);
}

export function copyFehbEnrollments(tx: CopyTarget, csv: Csv): Promise<void> {
  return copyRows(tx, 'fehb_enrollment', FEHB_ENROLLMENT_LOAD_COLUMNS, csv);
}

export function copyElections(tx: CopyTarget, csv: Csv): Promise<void> {
  return copyRows(tx, 'open_season_election', ELECTION_LOAD_COLUMNS, csv);
}

/** Fresh statistics after a bulk load, so the planner uses the indexes (PGlite has no autovacuum). */
export async function analyzeRosterTables(executor: Executor): Promise<void> {
  await executor.query('analyze person, evidence, fehb_enrollment, open_season_election');
}
