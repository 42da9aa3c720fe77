// The enrollment lifecycle's reference data: qualifying life events with their windows and
// effective-date rules, the periods the lifecycle runs on (pay periods, reconsideration, temporary
// continuation of coverage), and the contribution parameters. Shipped in reference-data/ with source
// and version; figures not confirmed against the regulation say "UNCONFIRMED" in their sourceNote.
import { z } from 'zod';
import { isoDate } from './dates.ts';
import { enrollmentType } from './catalogue.ts';

/** Who makes the change: employees under 5 CFR 890.301, annuitants under 890.306. */
export const enrolleeKind = z.enum(['employee', 'annuitant']);
export type EnrolleeKind = z.infer<typeof enrolleeKind>;

export const lifeEventKind = z.enum([
  'marriage',
  'birth_or_adoption',
  'loss_of_other_coverage',
  'move_out_of_service_area',
  'divorce',
  'death_of_family_member',
  'death_of_enrollee',
]);
export type LifeEventKind = z.infer<typeof lifeEventKind>;

/**
 * How the effective date of a change is found; the dates themselves are computed in code
 * (src/rules/lifecycle/effective-date-rules.ts).
 */
export const effectiveDateRule = z.enum([
  /** First day of the first pay period that begins after the request is received (890.301(b)). */
  'first_pay_period_after_request',
  /** First day of the month after the month the request is received (annuitants). */
  'first_of_month_after_request',
  /** First day of the pay period in which the event (e.g. a birth) happens. */
  'pay_period_containing_event',
  /** First day of the month in which the event happens. */
  'first_of_month_containing_event',
  /** The day after the event (e.g. coverage of a survivor after the enrollee's death). */
  'day_after_event',
]);
export type EffectiveDateRule = z.infer<typeof effectiveDateRule>;

/** Which enrollment actions a life event opens. */
export const lifeEventPermit = z.enum(['enroll', 'change_plan_or_option', 'increase_type', 'decrease_type']);
export type LifeEventPermit = z.infer<typeof lifeEventPermit>;

export const lifeEventRule = z.strictObject({
  event: lifeEventKind,
  enrolleeKind,
  citation: z.string().min(1),
  /** Days before the event a request may be made; null: no limit. */
  windowDaysBefore: z.number().int().nonnegative().nullable(),
  /** Days after the event a request may be made; null: no limit. */
  windowDaysAfter: z.number().int().nonnegative().nullable(),
  effectiveDateRule,
  permits: z.array(lifeEventPermit).min(1),
  sourceNote: z.string().default(''),
});
export type LifeEventRule = z.infer<typeof lifeEventRule>;

export const payPeriodCalendar = z.strictObject({
  /** The first day of any one biweekly pay period; every other start is 14-day steps from it. */
  anchorStart: isoDate,
  lengthDays: z.number().int().positive(),
  sourceNote: z.string().default(''),
});
export type PayPeriodCalendar = z.infer<typeof payPeriodCalendar>;

export const lifecyclePeriods = z.strictObject({
  /** Calendar days after an initial decision's date to file for reconsideration (890.104(b), 890.1607). */
  reconsiderationRequestDays: z.number().int().positive(),
  /** Months of temporary continuation of coverage after separation (890.1107). */
  tccSeparationMonths: z.number().int().positive(),
  /** Months of temporary continuation for a former spouse or a child who loses eligibility. */
  tccFormerSpouseOrChildMonths: z.number().int().positive(),
  /** Days to elect temporary continuation after the qualifying event or its notice. */
  tccElectionDays: z.number().int().positive(),
  sourceNote: z.string().default(''),
});
export type LifecyclePeriods = z.infer<typeof lifecyclePeriods>;

export const lifeEventsTable = z.strictObject({
  version: z.string().min(1),
  source: z.string().min(1),
  payPeriods: payPeriodCalendar,
  periods: lifecyclePeriods,
  events: z.array(lifeEventRule).min(1),
});
export type LifeEventsTable = z.infer<typeof lifeEventsTable>;

/** A share as a fraction of whole numbers, so the arithmetic stays in integers. */
export const ratio = z.strictObject({
  numerator: z.number().int().nonnegative(),
  denominator: z.number().int().positive(),
});
export type Ratio = z.infer<typeof ratio>;

const cents = z.number().int().nonnegative();

export const contributionParameters = z.strictObject({
  version: z.string().min(1),
  source: z.string().min(1),
  contractYear: z.number().int(),
  /** 5 U.S.C. 8906(b)(1): 72% of the program-wide weighted average. */
  shareOfWeightedAverage: ratio,
  /** 5 U.S.C. 8906(b)(2): not more than 75% of the plan's premium. */
  capShareOfPremium: ratio,
  /** OPM-published maximum biweekly Government contribution, for comparison only. */
  publishedMaximumBiweekly: z.partialRecord(enrollmentType, cents),
  sourceNote: z.string().default(''),
});
export type ContributionParameters = z.infer<typeof contributionParameters>;

// ---- The lifecycle's boundary: enrollment states and transition requests (types derived below). ----

export const lifecycleStatus = z.enum([
  'not_enrolled',
  'declined',
  'enrolled',
  'suspended',
  'in_temporary_extension',
  'terminated',
  'cancelled',
  'tcc_enrolled',
]);
export type LifecycleStatus = z.infer<typeof lifecycleStatus>;

export const coverage = z.strictObject({
  enrollmentCode: z.string().min(2).max(4),
  planCode: z.string().min(1),
  optionCode: z.string().min(1),
  enrollmentType,
});
export type Coverage = z.infer<typeof coverage>;

/** Where one enrollee's enrollment stands. */
export const enrollmentState = z.strictObject({
  personId: z.string().min(1),
  enrolleeKind,
  status: lifecycleStatus,
  /** The coverage held (or last held, for ended states); null when never enrolled. */
  coverage: coverage.nullable(),
  /** The day the current status took effect. */
  since: isoDate.nullable(),
  /** Last day of the 31-day temporary extension of coverage (890.401(a)), when one runs. */
  temporaryExtensionEnds: isoDate.nullable(),
  /** Last day of temporary continuation of coverage (subpart K), when enrolled in it. */
  tccEnds: isoDate.nullable(),
});
export type EnrollmentState = z.infer<typeof enrollmentState>;

export const actorRole = z.enum([
  'enrollee',
  'support_specialist',
  'employing_office',
  'program_administrator',
  'carrier',
  'system',
]);
export type ActorRole = z.infer<typeof actorRole>;

export const actor = z.strictObject({ id: z.string().min(1), role: actorRole });
export type Actor = z.infer<typeof actor>;

export const payFrequency = z.enum(['biweekly', 'monthly']);
export type PayFrequency = z.infer<typeof payFrequency>;

export const tccQualifyingEvent = z.enum(['separation', 'former_spouse', 'child_loses_eligibility']);
export type TccQualifyingEvent = z.infer<typeof tccQualifyingEvent>;

export const suspensionCoverage = z.enum([
  'medicare_advantage',
  'tricare',
  'champva',
  'medicaid',
  'peace_corps',
]);
export type SuspensionCoverage = z.infer<typeof suspensionCoverage>;

const cancelling = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('annuitant') }),
  z.strictObject({ kind: z.literal('family_member'), memberId: z.string().min(1) }),
]);

const requestBase = {
  actor,
  /** Why the actor asks, in their words (kept with the record). */
  reason: z.string().min(1).max(2000),
  /** The day the request was received. */
  requestedOn: isoDate,
};

const body = <A extends string, S extends z.ZodRawShape>(action: A, shape: S) =>
  z.strictObject({ action: z.literal(action), ...requestBase, ...shape });

/** Every request the lifecycle accepts, discriminated by action. */
export const transitionRequest = z.discriminatedUnion('action', [
  body('open_season_enroll', { openSeasonId: z.string().min(1), coverage }),
  body('open_season_change', { openSeasonId: z.string().min(1), coverage }),
  body('open_season_decline', { openSeasonId: z.string().min(1) }),
  body('belated_enroll', {
    openSeasonId: z.string().min(1),
    coverage,
    belated: z.strictObject({
      shouldHaveBeenAutomaticallyEnrolled: z.boolean(),
      deemedByOpm: z.boolean(),
      causeBeyondControlShown: z.boolean(),
      premiumConversionRequiresProspective: z.boolean(),
      prospectiveEffectiveOn: isoDate.nullable(),
    }),
  }),
  body('life_event_change', { event: lifeEventKind, eventDate: isoDate, change: lifeEventPermit, coverage }),
  /** survivorContinuesCoverage: a survivor annuitant continues in their own name (no extension). */
  body('death_of_enrollee', { dateOfDeath: isoDate, survivorContinuesCoverage: z.boolean() }),
  body('cancel', {}),
  /**
   * lastDayInPartB: last day enrolled in Part B; when never enrolled, the day before becoming a Postal
   * Service Medicare covered annuitant (or, for a family member, Medicare eligible).
   */
  body('cancel_for_part_b', { inWriting: z.boolean(), cancelling, lastDayInPartB: isoDate }),
  /** The household's Part B facts come from LifecycleContext.partB; the request carries the waivers. */
  body('remove_for_missing_part_b', {
    equityAndGoodConscience: z.boolean(),
    medicareEnrollmentPeriodEnds: isoDate.nullable(),
  }),
  body('end_temporary_extension', {}),
  body('convert_to_individual_policy', {}),
  body('suspend', { otherCoverage: suspensionCoverage, otherCoverageStarts: isoDate }),
  body('reinstate', { otherCoverageEndedOn: isoDate, coverage }),
  /** noticeDate: when the person was told of the right; the election window runs from the later date. */
  body('elect_tcc', {
    qualifyingEvent: tccQualifyingEvent,
    eventDate: isoDate,
    noticeDate: isoDate.nullable(),
    coverage,
  }),
  body('end_tcc', {}),
  body('court_ordered_child_enrollment', {
    orderReceivedOn: isoDate,
    childrenInOrder: z.number().int().positive(),
    /** The employee failed to enroll (or change) as the order requires. */
    employeeFailedToEnroll: z.boolean(),
  }),
  /** Premiums are the enrollee share per pay period or month in cents: as recorded, and as they should have been. */
  body('correct_administrative_error', {
    correctStatus: lifecycleStatus,
    correctCoverage: coverage.nullable(),
    retroactiveFrom: isoDate,
    recordedPremiumPerPeriod: z.number().int().nonnegative(),
    correctPremiumPerPeriod: z.number().int().nonnegative(),
    payFrequency,
  }),
]);
export type TransitionRequest = z.infer<typeof transitionRequest>;
