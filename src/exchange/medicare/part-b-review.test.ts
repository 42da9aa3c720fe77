import { describe, expect, it } from 'vitest';
import { medicareAnnuitant, TEST_CALENDAR } from '../../../test-support/rules-fixtures.ts';
import { addDays } from '../../domain/dates.ts';
import type { Person } from '../../domain/person.ts';
import { loadLifeEvents } from '../../reference-data.ts';
import type { StoredHousehold } from '../../storage/household-reader.ts';
import { reviewPartB, type ReviewContext } from './part-b-review.ts';

const AS_OF = '2026-12-05';
const context: ReviewContext = {
  calendar: TEST_CALENDAR,
  periods: loadLifeEvents().periods,
  asOf: AS_OF,
  eventOf: new Map([[7, 70]]),
};
// In Part A and Part B when the program began, so not excepted under 890.1604(d)(1)(i).
const enrolled = medicareAnnuitant({ id: '7', medicare: { partBStart: '2019-04-01' } });
const lapsed = medicareAnnuitant({ id: '7', medicare: { partBStart: '2019-04-01', partBEnd: '2025-07-01' } });
const household = (enrollee: Person): StoredHousehold => ({
  householdId: 7,
  enrollee,
  family: [],
  fehbEnrollment: null,
  elections: [],
});

describe('5 CFR 890.1608(b) after a Medicare response', () => {
  it('890.1608(b)(1)(ii), 890.401(a): Part B newly missing opens a review with the removal, its 31-day extension and the notice', () => {
    const { reviews, confirmed } = reviewPartB([household(enrolled)], [household(lapsed)], context);
    expect(confirmed).toEqual([]);
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(review).toMatchObject({
      personId: 7,
      householdId: 7,
      factEventId: 70,
      citation: '5 CFR 890.1608(b)(1)(ii)',
    });
    expect(review!.temporaryExtensionEnds).toBe(addDays(review!.removalEffectiveOn!, 31));
    expect(review!.notice).toMatch(/890\.1608\(b\).*reconsider/s);
  });

  it('890.1608(b)(2): not informed of the requirement, the review records the bar and no removal date', () => {
    const uninformed = { ...lapsed, informedOfPartBRequirement: false };
    const [review] = reviewPartB([household(enrolled)], [household(uninformed)], context).reviews;
    expect(review).toMatchObject({ citation: '5 CFR 890.1608(b)(2)', removalEffectiveOn: null });
  });

  it('890.1608(b): already without Part B before the answer opens nothing new', () => {
    expect(reviewPartB([household(lapsed)], [household(lapsed)], context).reviews).toEqual([]);
  });

  it('890.1604(a): Part B confirmed for the person answered about', () => {
    expect(reviewPartB([household(lapsed)], [household(enrolled)], context).confirmed).toEqual([7]);
  });
});
