// The health coverage segment (loop 2300 HD) of a PSHB enrollment: the line of insurance, the
// enrollment code and the coverage level of the enrollment type.
import type { EnrollmentType } from '../../domain/catalogue.ts';
import type { Coverage } from '../../domain/lifecycle.ts';
import { segment, type Segment } from '../x12/segment.ts';
import type { CoverageMaintenanceType } from './lifecycle-action-codes.ts';

/** HD05 (element 1207) values this exchange sends. */
export type CoverageLevelCode = 'EMP' | 'E1D' | 'FAM';

/**
 * Enrollment type to HD05. X12's "employee" names the subscriber, whoever holds the enrollment
 * (annuitants and former spouses too). Self Plus One covers the enrollee and exactly one eligible
 * family member of either kind (5 U.S.C. 8905, 5 CFR 890.302), which is E1D "employee and one
 * dependent"; ESP and ECH would assert a spouse or a child that the type does not fix (INS02 of each
 * member says who it is), and TWO does not say the subscriber is one of the two. Self and Family is FAM.
 */
export const COVERAGE_LEVEL_BY_ENROLLMENT_TYPE: Readonly<Record<EnrollmentType, CoverageLevelCode>> = {
  self_only: 'EMP',
  self_plus_one: 'E1D',
  self_and_family: 'FAM',
};

/** HD03 (element 1205): PSHB plans are comprehensive medical coverage, "HLT" health. */
export const INSURANCE_LINE_CODE = 'HLT';

export function coverageLevel(type: EnrollmentType): CoverageLevelCode {
  return COVERAGE_LEVEL_BY_ENROLLMENT_TYPE[type];
}

/**
 * HD*{HD01}**HLT*{enrollment code}*{level}: HD02 is not used in 005010X220A1; HD04, the plan coverage
 * description, is the three-character enrollment code, which names plan, option and type at once.
 */
export function healthCoverage(hd01: CoverageMaintenanceType, held: Coverage): Segment {
  return segment(
    'HD',
    hd01,
    '',
    INSURANCE_LINE_CODE,
    held.enrollmentCode,
    coverageLevel(held.enrollmentType),
  );
}
