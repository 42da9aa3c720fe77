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
