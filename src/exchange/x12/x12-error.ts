// The one error type of the X12 layer. It is a PshbError, so the CLI and the API report it like any
// other (INVALID_INPUT when our own data cannot be written, INVALID_FILE when a partner's file cannot
// be read), and it carries an X12-specific reason plus where it happened: the segment's ordinal in
// the interchange, its identifier, the element (e.g. "SE01") and the line, when the file has lines.

import { PshbError } from '../../errors.ts';

/** What went wrong, stable for callers and tests. */
export type X12ErrorReason =
  /** The separator set is unusable (not one character, alphanumeric, a space, or repeated). */
  | 'INVALID_SEPARATORS'
  /** A value to be written holds one of the separators, so it would split the segment. */
  | 'VALUE_CONTAINS_SEPARATOR'
  /** A value is outside what its element allows (length, digits, code list). */
  | 'INVALID_VALUE'
  /** The text does not start with an ISA segment. */
  | 'NOT_AN_INTERCHANGE'
  /** The ISA segment is not the 106-character fixed layout, so its separators cannot be trusted. */
  | 'INVALID_ISA'
  /** The file ends before its last segment or trailer. */
  | 'TRUNCATED'
  /** A segment is longer than the reader allows (usually a wrong segment terminator). */
  | 'SEGMENT_TOO_LONG'
  /** A segment identifier is not two or three capital letters or digits. */
  | 'INVALID_SEGMENT_ID'
  /** A segment stands where the envelope does not allow it (ST outside a group, data after IEA...). */
  | 'UNEXPECTED_SEGMENT'
  /** A trailer's control number differs from its header's. */
  | 'CONTROL_NUMBER_MISMATCH'
  /** A trailer's count differs from what was counted. */
  | 'COUNT_MISMATCH'
  /** An acknowledgment's segments do not follow the 999 or TA1 structure. */
  | 'INVALID_ACKNOWLEDGMENT';

export interface X12Location {
  /** 1-based ordinal of the segment in the interchange (ISA is 1). */
  readonly position?: number;
  /** The segment identifier, e.g. "SE". */
  readonly segmentId?: string;
  /** The element reference, e.g. "SE01" or "NM1-03". */
  readonly element?: string;
  /** 1-based line where the segment starts, when the file has line breaks. */
  readonly line?: number;
}

const WRITE_REASONS: ReadonlySet<X12ErrorReason> = new Set([
  'INVALID_SEPARATORS',
  'VALUE_CONTAINS_SEPARATOR',
  'INVALID_VALUE',
]);

export class X12Error extends PshbError {
  readonly reason: X12ErrorReason;
  readonly problem: string;
  readonly location: X12Location;

  constructor(
    reason: X12ErrorReason,
    problem: string,
    location: X12Location = {},
    /** Reading a partner's file (INVALID_FILE) or writing our own (INVALID_INPUT). */
    side: 'read' | 'write' = WRITE_REASONS.has(reason) ? 'write' : 'read',
  ) {
    super(side === 'write' ? 'INVALID_INPUT' : 'INVALID_FILE', describe(problem, location), [
      {
        ...(location.line === undefined ? {} : { line: location.line }),
        ...(location.element === undefined ? {} : { field: location.element }),
        message: problem,
      },
    ]);
    this.reason = reason;
    this.problem = problem;
    this.location = location;
  }

  get position(): number | undefined {
    return this.location.position;
  }

  get segmentId(): string | undefined {
    return this.location.segmentId;
  }
}

/** "segment 14 (SE), line 14: SE01 says 12 segments, counted 11". */
function describe(problem: string, where: X12Location): string {
  const parts: string[] = [];
  if (where.position !== undefined)
    parts.push(`segment ${where.position}${where.segmentId ? ` (${where.segmentId})` : ''}`);
  else if (where.segmentId) parts.push(`segment ${where.segmentId}`);
  if (where.line !== undefined && where.line > 1) parts.push(`line ${where.line}`);
  // Name the element when the problem does not already start with it.
  const text = where.element && !problem.includes(where.element) ? `${where.element}: ${problem}` : problem;
  return parts.length > 0 ? `${parts.join(', ')}: ${text}` : text;
}
