import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonInput } from '../domain/person.ts';
import {
  decideBelatedEnrollment,
  type BelatedEnrollmentRequest,
  type BelatedStanding,
} from './belated-enrollment.ts';
import { mostSpecificCitation } from './decision.ts';
import { evaluateHousehold } from './household.ts';
import { fehb, makePerson, TEST_CALENDAR, testContext } from '../../test-support/rules-fixtures.ts';

const SEASON = TEST_CALENDAR.openSeasons[0]!;

/** The standing the household's own decision gives someone, decided as of the request. */
function standingOf(
  category: PersonInput['category'],
  fields: Partial<PersonInput> = {},
  withFehb = false,
): BelatedStanding {
  const decided = evaluateHousehold(
    {
      enrollee: makePerson(category, fields),
      family: [],
      fehbEnrollment: withFehb ? fehb('A2', '1') : null,
      election: null,
    },
    testContext('2025-02-20'),
  );
  const outcome = decided.enrollment.outcome;
  return {
    eligibility: decided.enrollee.eligibility,
    enrollmentShown: outcome === 'automatic_enrollment' ? 'enrolled_automatically' : 'none',
  };
}

const STANDING = standingOf('employee');
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
    const made = decideBelatedEnrollment(
      { ...REQUEST, shouldHaveBeenAutomaticallyEnrolled: true },
      SEASON,
      STANDING,
    );
    expect(made.outcome).toBe('belated_enrollment_permitted');
    expect(made.effectiveOn).toBe('2025-01-01');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1605(e)(2)');
  });

  it('890.1605(e)(3): OPM may deem others', () => {
    expect(
      mostSpecificCitation(decideBelatedEnrollment({ ...REQUEST, deemedByOpm: true }, SEASON, STANDING)),
    ).toBe('5 CFR 890.1605(e)(3)');
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
      STANDING,
    );
    expect(made.effectiveOn).toBe('2025-03-09');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1605(e)(4)');
  });

  it('890.1605(e)(1): without a ground, no belated enrollment', () => {
    const made = decideBelatedEnrollment(REQUEST, SEASON, STANDING);
    expect(made.outcome).toBe('belated_enrollment_not_permitted');
    expect(made.effectiveOn).toBeNull();
  });

  // Issue 10 item 5: 890.1605(e) excuses lateness; it never makes an ineligible person eligible.
  const INELIGIBLE: readonly [string, BelatedStanding, string][] = [
    ['a former spouse', standingOf('former_spouse', { formerSpouseFehbEnrolled: true }), '5 CFR 890.1603(d)'],
    [
      'a compensationer not found unable to return to duty',
      standingOf('compensationer'),
      '5 CFR 890.1603(b)',
    ],
    [
      'a person covered by another FEHB plan',
      standingOf('employee', { coveredByOtherFehb: true }),
      '5 CFR 890.1603(c)(3)',
    ],
    [
      'an annuitant barred by 890.1603(c)(1) for want of Part B',
      standingOf('annuitant', {
        annuitantSince: '2025-02-01',
        medicare: { partAStart: '2019-04-01', partABasis: 'premium_free' },
      }),
      '5 CFR 890.1603(c)(1)',
    ],
  ];
  for (const [who, standing, paragraph] of INELIGIBLE) {
    it(`890.1605(e) with ${paragraph}: ${who} gets no belated enrollment, whatever the ground (issue 10 item 5)`, () => {
      const made = decideBelatedEnrollment(
        {
          ...REQUEST,
          shouldHaveBeenAutomaticallyEnrolled: true,
          deemedByOpm: true,
          causeBeyondControlShown: true,
        },
        SEASON,
        standing,
      );
      expect(made.outcome).toBe('belated_enrollment_not_permitted');
      expect(made.effectiveOn).toBeNull();
      expect(made.citations).toContain(paragraph);
      expect(mostSpecificCitation(made)).toBe(paragraph);
    });
  }

  it('890.1605(e)(2): a household that shows automatic enrollment defeats the claim it was missed (issue 10 item 5)', () => {
    const enrolled = standingOf('employee', {}, true);
    expect(enrolled.enrollmentShown).toBe('enrolled_automatically');
    const made = decideBelatedEnrollment(
      { ...REQUEST, shouldHaveBeenAutomaticallyEnrolled: true },
      SEASON,
      enrolled,
    );
    expect(made.outcome).toBe('belated_enrollment_not_permitted');
    expect(made.facts.automaticEnrollmentClaimContradicted).toBe(true);
    expect(made.explanation).toContain('enrolled automatically');
  });

  it('890.1605(e)(2): an election on record (enroll or decline) defeats it too; another ground still counts (issue 10 item 5)', () => {
    for (const enrollmentShown of ['elected', 'declined', 'enrolled'] as const) {
      const standing = { ...STANDING, enrollmentShown };
      const claim = { ...REQUEST, shouldHaveBeenAutomaticallyEnrolled: true };
      expect(decideBelatedEnrollment(claim, SEASON, standing).outcome).toBe(
        'belated_enrollment_not_permitted',
      );
      const deemed = decideBelatedEnrollment({ ...claim, deemedByOpm: true }, SEASON, standing);
      expect(mostSpecificCitation(deemed)).toBe('5 CFR 890.1605(e)(3)');
    }
  });

  it('890.1605(e): property: an ineligible person is never permitted, for any request (issue 10 item 5)', () => {
    const request = fc.record({
      shouldHaveBeenAutomaticallyEnrolled: fc.boolean(),
      deemedByOpm: fc.boolean(),
      causeBeyondControlShown: fc.boolean(),
      premiumConversionRequiresProspective: fc.boolean(),
      prospectiveEffectiveOn: fc.constantFrom(null, '2025-03-09'),
      requestedOn: fc.constantFrom('2025-01-15', '2025-02-20', '2025-06-30'),
    });
    fc.assert(
      fc.property(
        request,
        fc.constantFrom(...INELIGIBLE.map(([, standing]) => standing)),
        (asked, standing) => {
          expect(decideBelatedEnrollment(asked, SEASON, standing).outcome).toBe(
            'belated_enrollment_not_permitted',
          );
        },
      ),
    );
  });
});
