// The program's "today". Production runs on the real UTC day. A training or demonstration environment
// sets PSHB_PROGRAM_DATE to a day of its choosing (say, one inside the transitional open season) so
// people can rehearse an open season at any time of year; every default date in the API and the CLI
// comes from here, so one setting moves them all.
import { PshbError } from '../errors.ts';
import { isIsoDate, type IsoDate } from './dates.ts';

export const PROGRAM_DATE_VARIABLE = 'PSHB_PROGRAM_DATE';

/** The day the program treats as today: PSHB_PROGRAM_DATE when set, else the UTC calendar day. */
export function programToday(env: NodeJS.ProcessEnv = process.env): IsoDate {
  const fixed = programDateSetting(env);
  return fixed ?? new Date().toISOString().slice(0, 10);
}

/** The configured program date, or null when the program runs on the real day. */
export function programDateSetting(env: NodeJS.ProcessEnv = process.env): IsoDate | null {
  const text = env[PROGRAM_DATE_VARIABLE];
  if (text === undefined || text === '') return null;
  if (!isIsoDate(text))
    throw new PshbError(
      'INVALID_INPUT',
      `${PROGRAM_DATE_VARIABLE}: "${text}" is not a real date in YYYY-MM-DD form`,
    );
  return text;
}

/**
 * The program day of something recorded at `instant` (ISO 8601): the fixed program date when one is
 * set, else the instant's UTC day, which is what programToday() said when it was recorded.
 */
export function programDayOf(instant: string, env: NodeJS.ProcessEnv = process.env): IsoDate {
  return programDateSetting(env) ?? instant.slice(0, 10);
}
