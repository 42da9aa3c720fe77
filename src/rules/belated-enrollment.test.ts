import { describe, expect, it } from 'vitest';
import { decideBelatedEnrollment, type BelatedEnrollmentRequest } from './belated-enrollment.ts';
import { mostSpecificCitation } from './decision.ts';
import { TEST_CALENDAR } from './test-fixtures.ts';

const SEASON = TEST_CALENDAR.openSeasons[0]!;
const REQUEST: BelatedEnrollmentRequest = {
  shouldHaveBeenAutomaticallyEnrolled: false,
  deemedByOpm: false,
  causeBeyondControlShown: false,
  premiumConversionRequiresProspective: false,
  prospectiveEffectiveOn: null,
  requestedOn: '2025-02-20',
};

describe('5 CFR 890.1605(e) belated enrollment', () => {
  it('890.1605(e)(2): someone missed by automatic enrollment is deemed to show cause; effective Jan 1', () => {
    const made = decideBelatedEnrollment({ ...REQUEST, shouldHaveBeenAutomaticallyEnrolled: true }, SEASON);
    expect(made.outcome).toBe('belated_enrollment_permitted');
    expect(made.effectiveOn).toBe('2025-01-01');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1605(e)(2)');
  });

  it('890.1605(e)(3): OPM may deem others', () => {
    expect(mostSpecificCitation(decideBelatedEnrollment({ ...REQUEST, deemedByOpm: true }, SEASON))).toBe(
      '5 CFR 890.1605(e)(3)',
    );
  });

  it('890.1605(e)(4): premium conversion requiring a prospective change moves the effective date', () => {
    const made = decideBelatedEnrollment(
      {
        ...REQUEST,
        deemedByOpm: true,
        premiumConversionRequiresProspective: true,
        prospectiveEffectiveOn: '2025-03-09',
      },
      SEASON,
    );
    expect(made.effectiveOn).toBe('2025-03-09');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1605(e)(4)');
  });

  it('890.1605(e)(1): without a ground, no belated enrollment', () => {
    const made = decideBelatedEnrollment(REQUEST, SEASON);
    expect(made.outcome).toBe('belated_enrollment_not_permitted');
    expect(made.effectiveOn).toBeNull();
  });
});
