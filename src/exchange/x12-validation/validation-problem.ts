// One finding of the 834 validator: what is wrong and where, by the segment's ordinal in the
// interchange (ISA is 1), its identifier, the element when one is at fault, the loop and the line.

/** Stable names for what went wrong, so tests and callers need not match on wording. */
export type ProblemKind =
  /** node-x12 could not read the text as an interchange at all. */
  | 'unreadable'
  /** A header or trailer is missing or holds a value the envelope does not allow. */
  | 'envelope'
  /** A trailer's count (SE01, GE01, IEA01) or a control total (QTY) differs from what the file holds. */
  | 'count'
  /** A trailer's control number differs from its header's (SE02, GE02, IEA02). */
  | 'control-number'
  /** A segment that no loop of the structure accepts at this point. */
  | 'unknown-segment'
  | 'segment-order'
  | 'loop-order'
  | 'required-segment'
  | 'required-loop'
  /** A segment repeated more often than its maximum use. */
  | 'max-use'
  /** A loop repeated more often than its maximum. */
  | 'loop-repeat'
  | 'element-required'
  | 'element-not-used'
  | 'element-length'
  | 'element-code'
  | 'element-format'
  /** An X12 syntax note (P, R, E, C) is broken. */
  | 'syntax'
  /** One of the guide's situational rules is broken; `rule` names it. */
  | 'situational';

export interface ValidationProblem {
  readonly kind: ProblemKind;
  /** 1-based ordinal of the segment in the interchange (ISA is 1). */
  readonly position: number;
  readonly segmentId: string;
  /** The element at fault, e.g. "SE01" or "INS06-1". */
  readonly element?: string;
  /** The loop the segment belongs to, e.g. "2100A". */
  readonly loop?: string;
  /** 1-based line, when the file has line breaks. */
  readonly line?: number;
  /** The situational rule's id in the structure data. */
  readonly rule?: string;
  readonly message: string;
}

/** "segment 14 (SE), line 14, loop 2000: SE01 says 12 segments, the file holds 11". */
export function describeProblem(problem: ValidationProblem): string {
  const where = [`segment ${problem.position} (${problem.segmentId})`];
  if (problem.line !== undefined) where.push(`line ${problem.line}`);
  if (problem.loop !== undefined) where.push(`loop ${problem.loop}`);
  return `${where.join(', ')}: ${problem.message}`;
}
