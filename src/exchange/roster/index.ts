// The roster CSV: its columns and its validated, all-or-nothing import.
export { ROSTER_COLUMNS, ROSTER_HEADER, PERSON_COLUMNS } from './roster-columns.ts';
export {
  importRoster,
  RosterValidationError,
  type ImportPhase,
  type ImportRosterOptions,
  type ImportRosterResult,
} from './import-roster.ts';
export type { RowError } from './row-errors.ts';
