// One thing wrong with a partner file, named by the file and the field (or the line, for JSON that
// does not parse), so an operator can go straight to it: `fep.json: x12.usageIndicator: ...`.
import type { z } from 'zod';
import { formatJsonPath } from '../../errors.ts';

export interface PartnerProblem {
  readonly file: string;
  /** The field as a JSON path (x12.interchangeReceiver.id, planCodes[1]); "(root)" for the whole file. */
  readonly field: string;
  readonly message: string;
  readonly line?: number;
}

/** The schema's issues as problems; an unknown field is named itself rather than its parent. */
export function schemaProblems(file: string, issues: readonly z.core.$ZodIssue[]): PartnerProblem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          file,
          field: formatJsonPath([...issue.path, key]),
          message: 'not a field of a partner file (misspelt?)',
        }))
      : [{ file, field: formatJsonPath(issue.path), message: issue.message }],
  );
}

/** `file: field: message`, or `file: line N: message` for a syntax error. */
export function formatProblem(problem: PartnerProblem): string {
  const where = problem.line === undefined ? problem.field : `line ${problem.line}`;
  return `${problem.file}: ${where}: ${problem.message}`;
}
