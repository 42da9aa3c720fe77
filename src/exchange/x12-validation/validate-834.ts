// validate834: an 834 (005010X220A1) interchange checked against the implementation guide's rules as
// data (reference-data/x12/834-005010X220A1-structure.json), read with node-x12 rather than the
// exchange's own reader: the envelope and its counts and control numbers, each transaction set's
// loops, segment order, repeats and required segments, element sizes and codes, and the situational
// rules. Pure: it reports problems and changes nothing; tests and `pshb carrier validate` use it.
import { checkEnvelope } from './envelope-checks.ts';
import { load834Structure } from './load-834-structure.ts';
import { walkLoops } from './loop-walker.ts';
import { readWithNodeX12, strictVerdict, type InterchangeRead } from './node-x12-reading.ts';
import { checkSituationalRules } from './situational-rules.ts';
import type { TransactionStructure } from './structure-schema.ts';
import type { ValidationProblem } from './validation-problem.ts';

export interface ValidationReport {
  /** Every problem found, in file order; empty when the file conforms. */
  readonly problems: readonly ValidationProblem[];
  readonly transactionSets: number;
  /** Member loops (INS) read. */
  readonly members: number;
  /** Segments read, ISA to IEA. */
  readonly segments: number;
}

function transactionSetProblems(read: InterchangeRead, structure: TransactionStructure): ValidationProblem[] {
  return read.groups.flatMap((group) =>
    group.sets.flatMap((set) => {
      const walked = walkLoops(structure, set.st, set.body, read.componentSeparator);
      return [...walked.problems, ...checkSituationalRules(structure.rules, walked.loops, set.st)];
    }),
  );
}

/**
 * node-x12's own strict verdict, kept only when the envelope checks found nothing to explain it (it
 * also refuses segments outside a group or after IEA, which the lenient reading passes over).
 */
function strictProblem(
  text: string,
  read: InterchangeRead,
  envelope: readonly ValidationProblem[],
): ValidationProblem[] {
  if (envelope.length > 0) return [];
  const verdict = strictVerdict(text);
  if (verdict === null) return [];
  return [
    {
      kind: 'envelope',
      position: read.lastPosition,
      segmentId: read.iea?.id ?? 'IEA',
      message: `node-x12: ${verdict}`,
    },
  ];
}

export function validate834(
  text: string,
  structure: TransactionStructure = load834Structure(),
): ValidationReport {
  const reading = readWithNodeX12(text);
  if (!reading.ok)
    return {
      problems: [
        {
          kind: 'unreadable',
          position: 1,
          segmentId: 'ISA',
          message: `node-x12 cannot read the file: ${reading.message}`,
        },
      ],
      transactionSets: 0,
      members: 0,
      segments: 0,
    };
  const read = reading.interchange;
  const envelope = checkEnvelope(read, structure);
  const problems = [
    ...envelope,
    ...strictProblem(text, read, envelope),
    ...transactionSetProblems(read, structure),
  ].sort((a, b) => a.position - b.position);
  const sets = read.groups.flatMap((g) => g.sets);
  return {
    problems,
    transactionSets: sets.length,
    members: sets.reduce((n, set) => n + set.body.filter((s) => s.id === 'INS').length, 0),
    segments: read.lastPosition,
  };
}
