// The program's dates as data: open seasons (with extensions), the initial contract year, and the
// lengths of periods the regulation names. Shipped in reference-data/ with its source and version.
import { z } from 'zod';
import { isoDate } from './dates.ts';

export const openSeason = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  start: isoDate,
  end: isoDate,
  /** The last day after any extension OPM announced; elections up to this day count. */
  extendedTo: isoDate.nullable().default(null),
  /** Open Season actions take effect January 1 of the next year (890.1606(e)). */
  effectiveOn: isoDate,
  transitional: z.boolean().default(false),
});
export type OpenSeason = z.infer<typeof openSeason>;

export const programCalendar = z.strictObject({
  version: z.string().min(1),
  source: z.string().min(1),
  /** First day of the initial contract year (5 U.S.C. 8903c(a)(2)). */
  initialContractYearStart: isoDate,
  /** Last day of FEHB coverage based on Postal employment (890.1608(a)). */
  fehbPostalCoverageEnds: isoDate,
  openSeasons: z.array(openSeason).min(1),
  /** Days of temporary extension of coverage after a termination (890.401(a)). */
  temporaryExtensionDays: z.number().int().positive(),
  /** Days of continued benefits for someone confined in hospital on the last day of the extension. */
  hospitalConfinementDays: z.number().int().nonnegative(),
});
export type ProgramCalendar = z.infer<typeof programCalendar>;

/** The last day an election in this open season counts. */
export function lastElectionDay(season: OpenSeason): string {
  return season.extendedTo ?? season.end;
}
