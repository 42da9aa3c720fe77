// pshb carrier validate FILE: an 834 checked against the 005010X220A1 implementation guide's rules as
// data (reference-data/x12/834-005010X220A1-structure.json), read with node-x12 rather than the
// exchange's own reader, before it is sent or when a carrier questions one. No database; the file is
// only read. Every problem is named by its segment position, line, segment and element; a file with
// problems exits with code 2 (docs/834-companion-guide.md, "Validation").
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import type { ValidationReport } from '../exchange/x12-validation/index.ts';
import { describeProblem, type ValidationProblem } from '../exchange/x12-validation/validation-problem.ts';
import { formatCount, printJson } from './output.ts';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new PshbError('INVALID_INPUT', `<file>: cannot read ${file}`);
  }
}

/** One detail line per problem, printed as `line N, ELEMENT: segment P (ID), loop L: message`. */
function problemDetail(problem: ValidationProblem) {
  const { line, ...rest } = problem;
  return {
    ...(line === undefined ? {} : { line }),
    field: problem.element ?? problem.segmentId,
    message: describeProblem(rest),
  };
}

function summary(file: string, report: ValidationReport): string {
  return (
    `valid: ${file}: ${formatCount(report.transactionSets)} transaction set(s), ` +
    `${formatCount(report.members)} member loop(s), ${formatCount(report.segments)} segments\n`
  );
}

export function registerCarrierValidateCommand(carrier: Command): void {
  carrier
    .command('validate')
    .description(
      'check an 834 against the 005010X220A1 guide: envelope, counts, loops, segment order, elements, situational rules',
    )
    .argument('<file>', 'the 834 file (ISA ... IEA)')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      // Loaded when the command runs: node-x12 is needed by this command only.
      const { validate834 } = await import('../exchange/x12-validation/index.ts');
      const report = validate834(readText(file));
      const valid = report.problems.length === 0;
      if (options.json) printJson({ file, valid, ...report });
      if (!valid)
        throw new PshbError(
          'INVALID_FILE',
          `${file}: ${formatCount(report.problems.length)} problem(s) against 005010X220A1`,
          report.problems.map(problemDetail),
        );
      if (!options.json) process.stdout.write(summary(file, report));
    });
}
