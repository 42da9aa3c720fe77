// Premiums from enrollment data: the program-wide enrollment-weighted average premium per enrollment
// type (5 U.S.C. 8906(a) with 8903c(i)) counted over every household's current PSHB enrollment, and a
// household's Government contribution and enrollee share under it (5 U.S.C. 8906(b)).
import type { Catalogue, EnrollmentType } from '../../domain/catalogue.ts';
import type { ContributionParameters } from '../../domain/lifecycle.ts';
import { PshbError } from '../../errors.ts';
import {
  governmentContribution,
  programWeightedAverages,
  type ContributionDecision,
  type EnrollmentCount,
  type WeightedAverages,
} from '../../rules/lifecycle/index.ts';
import { countCurrentEnrollments } from '../../storage/enrollment/premiums.ts';
import type { Executor } from '../../storage/executor.ts';
import { readEnrollmentState } from './enrollment-state.ts';

export interface ProgramAverages {
  readonly catalogueVersion: string;
  readonly contractYear: number;
  readonly enrollments: number;
  readonly averages: WeightedAverages;
}

/** The averages weighted by every household's current PSHB enrollment (storage/enrollment/premiums.ts). */
export async function programAverages(executor: Executor, catalogue: Catalogue): Promise<ProgramAverages> {
  const counts: EnrollmentCount[] = await countCurrentEnrollments(executor);
  const averages = programWeightedAverages(counts, catalogue);
  const enrollments = Object.values(averages).reduce((sum, a) => sum + (a?.enrollments ?? 0), 0);
  return { catalogueVersion: catalogue.version, contractYear: catalogue.contractYear, enrollments, averages };
}

export interface HouseholdPremium {
  readonly personId: number;
  readonly householdId: number;
  readonly enrollmentCode: string;
  readonly enrollmentType: EnrollmentType;
  readonly contribution: ContributionDecision;
}

/** The premium of the household's current (or last held) coverage, biweekly for employees, monthly for annuitants. */
export async function householdPremium(
  executor: Executor,
  personId: number,
  catalogue: Catalogue,
  averages: ProgramAverages,
  parameters: ContributionParameters,
): Promise<HouseholdPremium> {
  const { householdId, state } = await readEnrollmentState(executor, personId);
  const coverage = state.coverage;
  if (!coverage) {
    throw new PshbError(
      'NOT_FOUND',
      `the household of person ${personId} holds no PSHB enrollment (${state.status})`,
    );
  }
  const option = catalogue.options.find(
    (o) =>
      o.program === 'PSHB' && o.premiums[coverage.enrollmentType]?.enrollmentCode === coverage.enrollmentCode,
  );
  if (!option) {
    throw new PshbError(
      'UNKNOWN_ENROLLMENT_CODE',
      `enrollment code ${coverage.enrollmentCode} is not in catalogue ${catalogue.version}`,
    );
  }
  const payFrequency = state.enrolleeKind === 'employee' ? 'biweekly' : 'monthly';
  return {
    personId,
    householdId,
    enrollmentCode: coverage.enrollmentCode,
    enrollmentType: coverage.enrollmentType,
    contribution: governmentContribution(
      option,
      coverage.enrollmentType,
      averages.averages,
      payFrequency,
      parameters,
    ),
  };
}
