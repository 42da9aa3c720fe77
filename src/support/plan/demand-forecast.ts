// The forecast of contacts over an open season: a total shaped by day (launch peak, weekly pattern,
// deadline surge, extension) and by hour of the day, and callers' patience.
import { z } from 'zod';
import { isoDate } from '../../domain/dates.ts';
import { planId, sourceNote } from './plan-id.ts';

const weight = z.number().nonnegative();

export const demandForecast = z.strictObject({
  /** Open season in the program calendar (reference-data/program-calendar.json). */
  openSeason: planId.or(z.string().regex(/^[A-Z0-9-]+$/)),
  start: isoDate,
  end: isoDate,
  /** Last day after an extension; the same as `end` when there was none. */
  extendedTo: isoDate,
  /** Contacts reaching the phone menu over the whole season. */
  totalContacts: z.number().int().positive(),
  /** Days the lines are closed (federal holidays). */
  closedDates: z.array(isoDate).default([]),
  dayOfWeekWeights: z.strictObject({
    mon: weight,
    tue: weight,
    wed: weight,
    thu: weight,
    fri: weight,
    sat: weight,
    sun: weight,
  }),
  /** Launch: day 1 carries `peakMultiplier` times a normal day, fading by `decayPerDay` each day after. */
  launch: z.strictObject({
    peakMultiplier: z.number().min(1),
    decayPerDay: z.number().min(0).max(1),
  }),
  /** The last `days` open days before `end` carry `multiplier` times a normal day. */
  deadlineSurge: z.strictObject({ days: z.number().int().nonnegative(), multiplier: z.number().min(1) }),
  /** Days after `end` up to `extendedTo` carry `multiplier` times a normal day. */
  extension: z.strictObject({ multiplier: z.number().nonnegative() }),
  /** 24 weights, one per hour of the day starting at midnight Eastern; hours the menu is closed get none. */
  hourOfDayWeights: z.array(weight).length(24),
  /** Callers' mean patience in the queue before hanging up (exponentially distributed). */
  patienceSeconds: z.number().positive(),
  sourceNote,
});
export type DemandForecast = z.infer<typeof demandForecast>;
