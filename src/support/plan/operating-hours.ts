// When a line is open, in Eastern time: the program's open seasons run in November and December, after
// daylight saving time ends, so a fixed local clock is exact for them.
import { z } from 'zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekday>;

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'a time of day as HH:MM (24-hour clock, Eastern time)');

export const operatingHours = z
  .strictObject({
    days: z.array(weekday).min(1),
    open: clockTime,
    close: clockTime,
  })
  .refine((hours) => minutesOfDay(hours.close) > minutesOfDay(hours.open), {
    message: 'close must be later than open',
    path: ['close'],
  });
export type OperatingHours = z.infer<typeof operatingHours>;

export function minutesOfDay(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}
