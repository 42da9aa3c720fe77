// The "expected" block of a rules case: the outcomes a worked example promises, checked by the corpus
// test (src/rules/case-corpus.test.ts). Each "citation" is the most specific (last) citation.
import { z } from 'zod';
import { isoDate } from '../domain/dates.ts';
import type { BelatedEnrollmentDecision } from './belated-enrollment.ts';
import { mostSpecificCitation, type Decision } from './decision.ts';
import type { HouseholdDecision, PersonOutcome } from './household.ts';

const expectedPerson = z.strictObject({
  eligibility: z.enum(['eligible', 'not_eligible']).optional(),
  eligibilityCitation: z.string().optional(),
  partB: z
    .enum(['not_required', 'enrolled', 'excepted', 'pending_evidence', 'required_not_enrolled'])
    .optional(),
  partBCitation: z.string().optional(),
  covered: z.boolean().optional(),
  /** The day the person's own removal takes effect, or null for none. */
  removalEffectiveOn: isoDate.nullable().optional(),
});

/** One person's removal as the termination records it (890.1608, 890.401(a)). */
const expectedRemoval = z.strictObject({
  citation: z.string().optional(),
  effectiveOn: isoDate.optional(),
  temporaryExtensionEnds: isoDate.optional(),
  conversionRight: z.boolean().optional(),
  hospitalConfinementContinuesTo: isoDate.nullable().optional(),
});

const expectedCitations = {
  citation: z.string().optional(),
  citationsInclude: z.array(z.string()).optional(),
};

export const caseExpectations = z.strictObject({
  enrollee: expectedPerson.optional(),
  /** By person id. */
  members: z.record(z.string(), expectedPerson).optional(),
  enrollment: z
    .strictObject({
      outcome: z
        .enum(['automatic_enrollment', 'open_season_election', 'open_season_decline', 'not_enrolled'])
        .optional(),
      enrollmentCode: z.string().nullable().optional(),
      enrollmentType: z.enum(['self_only', 'self_plus_one', 'self_and_family']).optional(),
      effectiveOn: isoDate.optional(),
      explanationIncludes: z.string().optional(),
      ...expectedCitations,
    })
    .optional(),
  termination: z
    .strictObject({
      outcome: z.enum(['terminated', 'not_terminated']).optional(),
      effectiveOn: isoDate.nullable().optional(),
      temporaryExtensionEnds: isoDate.nullable().optional(),
      conversionRight: z.boolean().optional(),
      removedMembers: z.string().nullable().optional(),
      /** By person id: each removal's dates and rights. */
      removals: z.record(z.string(), expectedRemoval).optional(),
      ...expectedCitations,
    })
    .nullable()
    .optional(),
  belatedEnrollment: z
    .strictObject({
      outcome: z.enum(['belated_enrollment_permitted', 'belated_enrollment_not_permitted']).optional(),
      effectiveOn: isoDate.nullable().optional(),
      ...expectedCitations,
    })
    .optional(),
});
export type CaseExpectations = z.infer<typeof caseExpectations>;

export interface EvaluatedCase {
  readonly household: HouseholdDecision;
  readonly belatedEnrollment: BelatedEnrollmentDecision | null;
}

/** Every way the result differs from the expectations, as 'where: expected X, got Y'; empty when none. */
export function unmetExpectations(result: EvaluatedCase, expected: CaseExpectations): string[] {
  const problems: string[] = [];
  const check = (where: string, want: unknown, got: unknown): void => {
    if (want !== undefined && want !== got)
      problems.push(`${where}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  const checkCitations = (
    where: string,
    want: { citation?: string; citationsInclude?: string[] },
    made: Decision,
  ): void => {
    check(`${where}.citation`, want.citation, mostSpecificCitation(made));
    for (const citation of want.citationsInclude ?? []) {
      if (!made.citations.includes(citation))
        problems.push(
          `${where}.citations: expected to include ${citation}, got ${made.citations.join('; ')}`,
        );
    }
  };
  const checkPerson = (
    where: string,
    want: z.infer<typeof expectedPerson>,
    got: PersonOutcome | undefined,
  ): void => {
    if (got === undefined) return void problems.push(`${where}: no such person in the result`);
    check(`${where}.eligibility`, want.eligibility, got.eligibility.outcome);
    check(`${where}.eligibilityCitation`, want.eligibilityCitation, mostSpecificCitation(got.eligibility));
    check(`${where}.partB`, want.partB, got.partB.outcome);
    check(`${where}.partBCitation`, want.partBCitation, mostSpecificCitation(got.partB));
    check(`${where}.covered`, want.covered, got.covered);
    check(`${where}.removalEffectiveOn`, want.removalEffectiveOn, got.removal?.effectiveOn ?? null);
  };

  const household = result.household;
  if (expected.enrollee) checkPerson('enrollee', expected.enrollee, household.enrollee);
  for (const [id, want] of Object.entries(expected.members ?? {})) {
    checkPerson(
      `members.${id}`,
      want,
      household.members.find((member) => member.personId === id),
    );
  }
  if (expected.enrollment) {
    const want = expected.enrollment;
    const made = household.enrollment;
    check('enrollment.outcome', want.outcome, made.outcome);
    check('enrollment.enrollmentCode', want.enrollmentCode, made.target?.enrollmentCode ?? null);
    check('enrollment.enrollmentType', want.enrollmentType, made.target?.enrollmentType);
    check('enrollment.effectiveOn', want.effectiveOn, made.target?.effectiveOn);
    if (want.explanationIncludes !== undefined && !made.explanation.includes(want.explanationIncludes)) {
      problems.push(
        `enrollment.explanation: expected to include "${want.explanationIncludes}", got "${made.explanation}"`,
      );
    }
    checkCitations('enrollment', want, made);
  }
  if (expected.termination === null)
    check('termination', null, household.termination === null ? null : household.termination.outcome);
  else if (expected.termination) {
    const want = expected.termination;
    const made = household.termination;
    if (made === null) problems.push('termination: expected a termination decision, got none');
    else {
      check('termination.outcome', want.outcome, made.outcome);
      check('termination.effectiveOn', want.effectiveOn, made.effectiveOn);
      check('termination.temporaryExtensionEnds', want.temporaryExtensionEnds, made.temporaryExtensionEnds);
      check('termination.conversionRight', want.conversionRight, made.conversionRight);
      check('termination.removedMembers', want.removedMembers, made.facts.removedMembers);
      for (const [id, removal] of Object.entries(want.removals ?? {})) {
        const got = made.removals.find((r) => r.personId === id);
        if (got === undefined) problems.push(`termination.removals.${id}: no removal of that person`);
        else
          for (const [field, value] of Object.entries(removal))
            check(`termination.removals.${id}.${field}`, value, got[field as keyof typeof removal]);
      }
      checkCitations('termination', want, made);
    }
  }
  if (expected.belatedEnrollment) {
    const made = result.belatedEnrollment;
    if (made === null) problems.push('belatedEnrollment: expected a decision, got none');
    else {
      check('belatedEnrollment.outcome', expected.belatedEnrollment.outcome, made.outcome);
      check('belatedEnrollment.effectiveOn', expected.belatedEnrollment.effectiveOn, made.effectiveOn);
      checkCitations('belatedEnrollment', expected.belatedEnrollment, made);
    }
  }
  return problems;
}
