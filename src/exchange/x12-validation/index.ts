// The 834 validator: a carrier file checked against the 005010X220A1 implementation guide's rules as
// data (reference-data/x12/834-005010X220A1-structure.json), read with node-x12 rather than the
// exchange's own reader. Used by the tests of the writer and by `pshb carrier validate FILE`.
export { validate834, type ValidationReport } from './validate-834.ts';
export { describeProblem, type ProblemKind, type ValidationProblem } from './validation-problem.ts';
export { load834Structure, parseStructure, STRUCTURE_834_FILE } from './load-834-structure.ts';
export type { TransactionStructure } from './structure-schema.ts';
