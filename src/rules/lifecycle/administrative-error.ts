// Correction of administrative errors with retroactive effect (5 CFR 890.103) and its premium
// consequence: the difference per pay period (or month) times the periods in the retroactive span.
import type { IsoDate } from '../../domain/dates.ts';
import type { PayPeriodCalendar } from '../../domain/lifecycle.ts';
import { daysBetween, payPeriodStartOn } from './effective-date-rules.ts';
import {
  describeCoverage,
  OFFICE_ROLES,
  refusedStep,
  type LifecycleContext,
  type PayFrequency,
  type PremiumAdjustment,
  type RequestFor,
  type Step,
} from './requests.ts';
import type { EnrollmentState } from './states.ts';

export type { PremiumAdjustment } from './requests.ts';

/** Periods from the one containing `from` through the one containing `to`, inclusive (0 if `to` is earlier). */
export function periodsBetween(
  from: IsoDate,
  to: IsoDate,
  frequency: PayFrequency,
  payPeriods: PayPeriodCalendar,
): number {
  if (to < from) return 0;
  if (frequency === 'monthly') {
    const months = (iso: IsoDate) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
    return months(to) - months(from) + 1;
  }
  const span = daysBetween(payPeriodStartOn(from, payPeriods), payPeriodStartOn(to, payPeriods));
  return span / payPeriods.lengthDays + 1;
}

export function premiumAdjustment(
  input: {
    readonly retroactiveFrom: IsoDate;
    readonly correctedOn: IsoDate;
    readonly recordedPremiumPerPeriod: number;
    readonly correctPremiumPerPeriod: number;
    readonly payFrequency: PayFrequency;
  },
  payPeriods: PayPeriodCalendar,
): PremiumAdjustment {
  const periods = periodsBetween(input.retroactiveFrom, input.correctedOn, input.payFrequency, payPeriods);
  const differencePerPeriod = input.correctPremiumPerPeriod - input.recordedPremiumPerPeriod;
  const amount = differencePerPeriod * periods;
  return {
    payFrequency: input.payFrequency,
    periods,
    differencePerPeriod,
    amount,
    direction: amount > 0 ? 'owed' : amount < 0 ? 'refund' : 'none',
  };
}

export function stepCorrectAdministrativeError(
  state: EnrollmentState,
  request: RequestFor<'correct_administrative_error'>,
  context: LifecycleContext,
): Step {
  if (!OFFICE_ROLES.includes(request.actor.role)) {
    // 5 CFR 890.103: the employing office (or OPM) corrects its administrative errors.
    return refusedStep(
      'correctionOfficeOnly',
      ['5 CFR 890.103'],
      { actorRole: request.actor.role },
      'Only the employing office or OPM may correct an administrative error retroactively.',
    );
  }
  const adjustment = premiumAdjustment(
    { ...request, correctedOn: request.requestedOn },
    context.lifeEvents.payPeriods,
  );
  const money = (cents: number) => `$${(Math.abs(cents) / 100).toFixed(2)}`;
  const consequence =
    adjustment.direction === 'none'
      ? 'No premium is owed or refunded.'
      : `${adjustment.periods} ${request.payFrequency === 'monthly' ? 'month(s)' : 'pay period(s)'} at ${money(adjustment.differencePerPeriod)} each: ${money(adjustment.amount)} ${adjustment.direction === 'owed' ? 'owed by the enrollee' : 'refunded to the enrollee'}.`;
  // 5 CFR 890.103: an administrative error is corrected retroactively, with premiums for the period.
  return {
    ok: true,
    to: request.correctStatus,
    effectiveOn: request.retroactiveFrom,
    state: {
      coverage: request.correctCoverage ?? state.coverage,
      temporaryExtensionEnds: null,
      tccEnds: null,
    },
    citations: ['5 CFR 890.103'],
    facts: {
      previousStatus: state.status,
      correctStatus: request.correctStatus,
      retroactiveFrom: request.retroactiveFrom,
      recordedPremiumPerPeriod: request.recordedPremiumPerPeriod,
      correctPremiumPerPeriod: request.correctPremiumPerPeriod,
      periods: adjustment.periods,
      adjustmentCents: adjustment.amount,
    },
    explanation: `An administrative error is corrected: the enrollment is ${request.correctStatus.replaceAll('_', ' ')}${request.correctCoverage ? ` in ${describeCoverage(request.correctCoverage)}` : ''} from ${request.retroactiveFrom}, retroactively. ${consequence}`,
    premiumAdjustment: adjustment,
  };
}
