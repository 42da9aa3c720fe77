// The program's "today". Production runs on the real UTC day. A training or demonstration environment
// fixes a day of its choosing (PSHB_PROGRAM_DATE, say one inside the transitional open season) so people
// can rehearse an open season at any time of year; every default date in the API and the CLI comes from
// one clock, built at the entry point and passed down, so one setting moves them all.
import type { IsoDate } from './dates.ts';

export const PROGRAM_DATE_VARIABLE = 'PSHB_PROGRAM_DATE';

export interface ProgramClock {
  /** The fixed program date, or null when the program runs on the real day. */
  readonly fixedDate: IsoDate | null;
  /** The day the program treats as today. */
  today(): IsoDate;
  /**
   * The program day of something recorded at `instant` (ISO 8601): the fixed date when one is set, else
   * the instant's UTC day, which is what today() said when it was recorded.
   */
  dayOf(instant: string): IsoDate;
}

/** A clock on the fixed date when one is given, else on the UTC day of `now()`. */
export function programClock(fixedDate: IsoDate | null, now: () => Date): ProgramClock {
  return {
    fixedDate,
    today: () => fixedDate ?? (now().toISOString().slice(0, 10) as IsoDate),
    dayOf: (instant) => fixedDate ?? (instant.slice(0, 10) as IsoDate),
  };
}
