import { describe, expect, it } from 'vitest';
import { TEST_INDEX } from '../../test-support/rules-fixtures.ts';

describe('catalogue index', () => {
  it('890.1605(c)(3): the lowest-cost nationwide option skips HDHPs, fee plans and regional plans', () => {
    expect(TEST_INDEX.lowestNationwidePlain.get('self_only')?.premium.enrollmentCode).toBe('Z1A');
  });

  it('890.1605(b)(1)(i): PSHB enrollment codes resolve; FEHB codes do not', () => {
    expect(TEST_INDEX.pshbByEnrollmentCode.get('N1C')?.enrollmentType).toBe('self_plus_one');
    expect(TEST_INDEX.pshbByEnrollmentCode.has('A21')).toBe(false);
  });

  it("890.1605(c): the crosswalk prefers the enrollee's region and falls back to '*'", () => {
    expect(TEST_INDEX.crosswalkFor('A2', '1', 'NV')?.pshbPlanCode).toBeNull();
    expect(TEST_INDEX.crosswalkFor('A2', '1', 'CA')?.pshbPlanCode).toBe('N1');
    expect(TEST_INDEX.crosswalkFor('A2', '1', null)?.region).toBe('*');
    expect(TEST_INDEX.crosswalkFor('Y2', '1', null)).toBeNull();
  });
});
