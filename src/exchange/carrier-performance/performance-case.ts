// A self-contained carrier performance case, like the rules cases: a method (a shipped id, or a
// whole method inline), a carrier's evidence for a contract year, the premium base, and optionally
// the factors the contracting officer accepted. Out come the proposal and, with accepted factors,
// the amount. No database. Worked cases in docs/cases/carrier-performance/ also carry `expected`.
import { z } from 'zod';
import { PshbError, formatJsonPath, type ProblemDetail } from '../../errors.ts';
import {
  amountForAcceptedFactors,
  type AcceptedAmount,
} from '../../rules/carrier-performance/accepted-factors.ts';
import {
  acceptedFactorSchema,
  carrierYearEvidenceSchema,
  premiumBaseSchema,
} from '../../rules/carrier-performance/evidence-schemas.ts';
import {
  performanceMethodSchema,
  type PerformanceMethod,
} from '../../rules/carrier-performance/performance-method.ts';
import type { EvaluationProposal } from '../../rules/carrier-performance/performance-types.ts';
import { proposeEvaluation } from '../../rules/carrier-performance/propose-evaluation.ts';
import { methodFor } from './method-catalogue.ts';

const amountExpectation = z.strictObject({
  totalFactor: z.number().finite(),
  amountCents: z.number().int(),
  capApplied: z.boolean().optional(),
});

/** What a worked case expects: the proposal's total and amount, element factors, the accepted amount. */
export const performanceCaseExpectationSchema = amountExpectation.extend({
  /** Proposed factor per element id. */
  elements: z.record(z.string(), z.number().finite()).optional(),
  /** Item outcomes by item id ('met', 'not-applicable', 'no-evidence', ...). */
  items: z.record(z.string(), z.string()).optional(),
  accepted: amountExpectation.optional(),
});

export type PerformanceCaseExpectation = z.output<typeof performanceCaseExpectationSchema>;

export const performanceCaseSchema = z.strictObject({
  title: z.string().optional(),
  /** What the case shows, in the rule's words. */
  description: z.string().optional(),
  /** A shipped method id, or a whole method; left out, the method in force for the contract year. */
  method: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
  evidence: carrierYearEvidenceSchema,
  premiumBase: premiumBaseSchema,
  accepted: z.array(acceptedFactorSchema).optional(),
  expected: performanceCaseExpectationSchema.optional(),
});

export type PerformanceCase = z.output<typeof performanceCaseSchema>;

export interface PerformanceCaseResult {
  readonly method: { readonly id: string; readonly version: string; readonly title: string };
  readonly proposal: EvaluationProposal;
  /** The amount from the accepted factors, when the case gives them. */
  readonly accepted: AcceptedAmount | null;
}

function invalidCase(details: readonly ProblemDetail[]): PshbError {
  const count = `${details.length} problem${details.length === 1 ? '' : 's'}`;
  return new PshbError('PERFORMANCE_CASE_INVALID', `the performance case is invalid (${count}):`, details);
}

function issuesAsDetails(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ProblemDetail[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: formatJsonPath([...prefix, ...issue.path, key]),
          message: 'not a field of a performance case (misspelt?)',
        }))
      : [{ field: formatJsonPath([...prefix, ...issue.path]), message: issue.message }],
  );
}

/** The case in `json`, or PERFORMANCE_CASE_INVALID naming every bad field. */
export function parsePerformanceCase(json: unknown): PerformanceCase {
  const parsed = performanceCaseSchema.safeParse(json);
  if (!parsed.success) throw invalidCase(issuesAsDetails(parsed.error.issues));
  return parsed.data;
}

function caseMethod(input: PerformanceCase, methodsDir?: string): PerformanceMethod {
  if (input.method === undefined || typeof input.method === 'string')
    return methodFor(input.evidence.contractYear, input.method, methodsDir);
  const parsed = performanceMethodSchema.safeParse(input.method);
  if (!parsed.success) throw invalidCase(issuesAsDetails(parsed.error.issues, ['method']));
  return parsed.data;
}

/** Evaluates a case: the proposal, and the amount from the accepted factors when given. */
export function evaluatePerformanceCase(json: unknown, methodsDir?: string): PerformanceCaseResult {
  const input = parsePerformanceCase(json);
  const method = caseMethod(input, methodsDir);
  const proposal = proposeEvaluation(method, input.evidence, input.premiumBase);
  let accepted: AcceptedAmount | null = null;
  if (input.accepted !== undefined) {
    try {
      accepted = amountForAcceptedFactors(method, input.premiumBase, input.accepted);
    } catch (error) {
      if (error instanceof PshbError && error.code === 'INVALID_INPUT') throw invalidCase(error.details);
      throw error;
    }
  }
  return { method: { id: method.id, version: method.version, title: method.title }, proposal, accepted };
}

/** Every way `result` differs from `expected`, in words; empty when the case meets it. */
export function unmetPerformanceExpectations(
  result: PerformanceCaseResult,
  expected: PerformanceCaseExpectation,
): string[] {
  const unmet: string[] = [];
  const check = (what: string, actual: unknown, wanted: unknown): void => {
    if (actual !== wanted) unmet.push(`${what}: expected ${String(wanted)}, got ${String(actual)}`);
  };
  const { proposal } = result;
  check('totalFactor', proposal.totalFactor, expected.totalFactor);
  check('amountCents', proposal.amountCents, expected.amountCents);
  if (expected.capApplied !== undefined) check('capApplied', proposal.capApplied, expected.capApplied);
  for (const [elementId, factor] of Object.entries(expected.elements ?? {}))
    check(
      `elements.${elementId}`,
      proposal.elements.find((element) => element.elementId === elementId)?.proposedFactor,
      factor,
    );
  const findings = proposal.elements.flatMap((element) => element.items);
  for (const [itemId, outcome] of Object.entries(expected.items ?? {}))
    check(`items.${itemId}`, findings.find((item) => item.itemId === itemId)?.decision.outcome, outcome);
  if (expected.accepted) {
    if (!result.accepted) unmet.push('accepted: expected an accepted amount, but the case gives no factors');
    else {
      check('accepted.totalFactor', result.accepted.totalFactor, expected.accepted.totalFactor);
      check('accepted.amountCents', result.accepted.amountCents, expected.accepted.amountCents);
      if (expected.accepted.capApplied !== undefined)
        check('accepted.capApplied', result.accepted.capApplied, expected.accepted.capApplied);
    }
  }
  return unmet;
}
