// The forecast turned into arrival rates: one rate per quarter hour of the season, shaped by the day
// (weekday, launch peak fading, deadline surge, extension, holidays) and by the hour, scaled so that
// the season's expected contacts equal the forecast's total.
import { addDays } from '../../domain/dates.ts';
import { WEEKDAYS, minutesOfDay, type Weekday } from '../plan/operating-hours.ts';
import type { SupportPlan } from '../plan/support-plan.ts';

export const SLOT_SECONDS = 900;
const SLOTS_PER_DAY = 86_400 / SLOT_SECONDS;

export interface SeasonDay {
  readonly date: string;
  readonly weekday: Weekday;
  /** True when the phone menu takes calls that day. */
  readonly open: boolean;
  /** The day's weight relative to an ordinary Wednesday. */
  readonly weight: number;
}

export interface ArrivalCurve {
  readonly days: readonly SeasonDay[];
  /** Arrivals per second in each quarter hour from the first day's midnight (Eastern). */
  readonly rates: Float64Array;
  readonly expectedContacts: number;
}

export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

export function seasonDays(plan: SupportPlan): SeasonDay[] {
  const demand = plan.demand;
  const closed = new Set(demand.closedDates);
  const dates: string[] = [];
  for (let date = demand.start; date <= demand.extendedTo; date = addDays(date, 1)) dates.push(date);
  const isOpen = (date: string): boolean => {
    const weekday = weekdayOf(date);
    return !closed.has(date) && plan.ivr.hours.days.includes(weekday) && demand.dayOfWeekWeights[weekday] > 0;
  };
  const openBeforeEnd = dates.filter((date) => date <= demand.end && isOpen(date));
  const surgeDays = new Set(
    openBeforeEnd.slice(Math.max(0, openBeforeEnd.length - demand.deadlineSurge.days)),
  );
  let openIndex = 0;
  return dates.map((date) => {
    const weekday = weekdayOf(date);
    const open = isOpen(date);
    let weight = 0;
    if (open) {
      weight =
        demand.dayOfWeekWeights[weekday] *
        (1 + (demand.launch.peakMultiplier - 1) * demand.launch.decayPerDay ** openIndex);
      if (surgeDays.has(date)) weight *= demand.deadlineSurge.multiplier;
      if (date > demand.end) weight *= demand.extension.multiplier;
      openIndex++;
    }
    return { date, weekday, open, weight };
  });
}

export function arrivalCurve(plan: SupportPlan, totalContacts = plan.demand.totalContacts): ArrivalCurve {
  const days = seasonDays(plan);
  const open = minutesOfDay(plan.ivr.hours.open);
  const close = minutesOfDay(plan.ivr.hours.close);
  const shape = new Float64Array(SLOTS_PER_DAY);
  for (let slot = 0; slot < SLOTS_PER_DAY; slot++) {
    const from = (slot * SLOT_SECONDS) / 60;
    const to = from + SLOT_SECONDS / 60;
    const openShare = Math.max(0, Math.min(to, close) - Math.max(from, open)) / (to - from);
    shape[slot] = plan.demand.hourOfDayWeights[Math.floor(from / 60)]! * openShare;
  }
  const rates = new Float64Array(days.length * SLOTS_PER_DAY);
  let total = 0;
  days.forEach((day, d) => {
    for (let slot = 0; slot < SLOTS_PER_DAY; slot++) {
      const weight = day.weight * shape[slot]!;
      rates[d * SLOTS_PER_DAY + slot] = weight;
      total += weight;
    }
  });
  const perSecond = total > 0 ? totalContacts / (total * SLOT_SECONDS) : 0;
  for (let i = 0; i < rates.length; i++) rates[i] = rates[i]! * perSecond;
  return { days, rates, expectedContacts: total > 0 ? totalContacts : 0 };
}
