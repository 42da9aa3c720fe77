// The day the program receives something (an election, a request, a reconsideration filing) is the
// program's own date, never one the sender states: otherwise anyone could file after a deadline by
// writing an earlier day. Paper is the one exception: a form that reached the program earlier (an SF 2809
// in the mail) and is keyed in later keeps its received date, recorded by program staff with a reason
// that goes into the audit log. The dates of the events themselves (a marriage, a death) are the
// sender's to state, and are checked against the program date where they must already have happened.
import { z } from 'zod';
import { isoDate, type IsoDate } from '../../domain/dates.ts';
import { PshbError } from '../../errors.ts';

export const paperReceipt = z
  .strictObject({
    form: z.string().trim().min(1).max(64).describe('The paper received, e.g. "SF 2809" or "letter"'),
    receivedOn: isoDate.describe('The day the program received the paper (not after the program date)'),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .describe('Why it is recorded after the day it was received; kept in the audit log'),
  })
  .describe(
    'Program administrators only: the change was received earlier on paper and is recorded now with the day it was received',
  )
  .meta({ id: 'PaperReceipt' });
export type PaperReceipt = z.infer<typeof paperReceipt>;

/**
 * The day the program received the change: the program date, or for paper recorded later the day the
 * paper arrived, which cannot be after the program date. `field` names the received date in errors.
 */
export function dayReceived(paper: PaperReceipt | undefined, today: IsoDate, field: string): IsoDate {
  if (paper === undefined) return today;
  notAfterProgramDate(paper.receivedOn, today, field, `paper ${paper.form} received`);
  return paper.receivedOn;
}

/** What the audit log says about a paper record: the form, the day it arrived, the day keyed in, why. */
export function paperAuditPurpose(paper: PaperReceipt, today: IsoDate): string {
  return `paper ${paper.form} received on ${paper.receivedOn}, recorded on ${today}: ${paper.reason}`;
}

/** Refuses a date of something that must already have happened when it is after the program date. */
export function notAfterProgramDate(date: IsoDate, today: IsoDate, field: string, what: string): void {
  if (date <= today) return;
  throw new PshbError('INVALID_INPUT', `${what} on ${date} is after the program date, ${today}`, [
    { field, message: `not after ${today}` },
  ]);
}
