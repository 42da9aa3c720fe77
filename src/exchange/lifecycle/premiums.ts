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
import type { Query } from '../../storage/raw-query.ts';
import { readEnrollmentState } from './enrollment-state.ts';

export interface ProgramAverages {
  readonly catalogueVersion: string;
  readonly contractYear: number;
  readonly enrollments: number;
  readonly averages: WeightedAverages;
}

// A household counts with the enrollment code of its latest event when that event left it enrolled:
// an open season run's enrollment, or a lifecycle transition into 'enrolled'.
const CURRENT_ENROLLMENTS = `with latest as (
    select distinct on (person_id) id, event_type, enrollment_code
    from enrollment_event order by person_id, id desc)
  select l.enrollment_code, count(*)::int as count
  from latest l left join lifecycle_transition t on t.event_id = l.id
  where l.enrollment_code is not null
    and (l.event_type in ('automatic_enrollment', 'open_season_election') or t.to_status = 'enrolled')
  group by l.enrollment_code`;

export async function programAverages(query: Query, catalogue: Catalogue): Promise<ProgramAverages> {
  const rows = await query<{ enrollment_code: string; count: number | string }>(CURRENT_ENROLLMENTS, []);
  const counts: EnrollmentCount[] = rows.map((r) => ({
    enrollmentCode: r.enrollment_code,
    count: Number(r.count),
  }));
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
  query: Query,
  personId: number,
  catalogue: Catalogue,
  averages: ProgramAverages,
  parameters: ContributionParameters,
): Promise<HouseholdPremium> {
  const { householdId, state } = await readEnrollmentState(query, personId);
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
