// Interval contact statistics: what each partner's telephony (ACD) reports for one interval, the raw
// material of the daily and weekly performance reports. Counts and second totals only, never rates,
// so intervals add up to days and weeks exactly.
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';

/** Interval starts are local (Eastern) wall-clock times, as the partners' telephony reports them. */
export const INTERVAL_START = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/** A day that exists (not 2030-02-30) and a time of day from 00:00 to 23:59. */
function isRealIntervalStart(value: string): boolean {
  const [day = '', time = ''] = value.split(' ');
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return isIsoDate(day) && hours < 24 && minutes < 60;
}

const whole = z.number().int().nonnegative();

export const contactStatistics = z
  .object({
    partner: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a partner id: lower-case words joined by hyphens'),
    intervalStart: z
      .string()
      .regex(INTERVAL_START, 'the interval start as YYYY-MM-DD HH:MM (Eastern)')
      .refine(isRealIntervalStart, 'not a real date and time'),
    intervalMinutes: z.number().int().positive().max(1440),
    offered: whole,
    handled: whole,
    abandoned: whole,
    answeredWithinTarget: whole,
    /** Seconds answered contacts waited in the queue, summed. */
    waitSeconds: z.number().nonnegative(),
    /** Talk + hold + after-call work of the handled contacts, summed. */
    handleSeconds: z.number().nonnegative(),
    transfers: whole,
    firstContactResolutions: whole,
    /** Contacts still open at the end of the interval: waiting callers, callbacks owed. */
    backlog: whole,
    contingencyActivations: whole,
    /** Where the row came from: `acd:<file>` or `simulation:<plan>:<seed>`. */
    source: z.string().min(1),
  })
  .superRefine((row, context) => {
    const issue = (path: string, message: string): void => {
      context.addIssue({ code: 'custom', path: [path], message });
    };
    if (row.handled + row.abandoned > row.offered)
      issue(
        'offered',
        `handled (${row.handled}) + abandoned (${row.abandoned}) exceed offered (${row.offered})`,
      );
    if (row.answeredWithinTarget > row.handled)
      issue('answeredWithinTarget', `more than handled (${row.handled})`);
    if (row.firstContactResolutions > row.handled)
      issue('firstContactResolutions', `more than handled (${row.handled})`);
  });
export type ContactStatistics = z.infer<typeof contactStatistics>;
