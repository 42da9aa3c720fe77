// When open season actions take effect, and how long the temporary extension of coverage runs: both
// read from the program calendar (reference data), never from constants.
import { addDays, type IsoDate } from '../domain/dates.ts';
import type { OpenSeason, ProgramCalendar } from '../domain/program-calendar.ts';
import { decision, type Decision } from './decision.ts';

export interface EffectiveDateDecision extends Decision<'effective'> {
  readonly effectiveOn: IsoDate;
}

/** An open season enrollment, change or election takes effect on the season's effective date (890.1606(e)). */
export function openSeasonEffectiveOn(season: OpenSeason): IsoDate {
  return season.effectiveOn;
}

export function decideOpenSeasonEffectiveDate(
  season: OpenSeason,
  calendar: ProgramCalendar,
): EffectiveDateDecision {
  const facts = { openSeason: season.id, effectiveOn: season.effectiveOn, transitional: season.transitional };
  if (season.transitional) {
    // 5 U.S.C. 8903c(a)(2) with 5 CFR 890.1606(e): the transitional season feeds the initial contract year.
    return {
      ...decision(
        'effective-date',
        'effective',
        ['5 U.S.C. 8903c(a)(2)', '5 CFR 890.1606(e)'],
        { ...facts, initialContractYearStart: calendar.initialContractYearStart },
        `Actions of the ${season.name} take effect on ${season.effectiveOn}, the start of the initial contract year.`,
      ),
      effectiveOn: season.effectiveOn,
    };
  }
  // 5 CFR 890.1606(e)
  return {
    ...decision(
      'effective-date',
      'effective',
      ['5 CFR 890.1606(e)'],
      facts,
      `Actions of the ${season.name} take effect on ${season.effectiveOn}.`,
    ),
    effectiveOn: season.effectiveOn,
  };
}

/** The last day of the temporary extension of coverage after coverage ends on `endsOn` (890.401(a)). */
export function temporaryExtensionEnds(endsOn: IsoDate, calendar: ProgramCalendar): IsoDate {
  return addDays(endsOn, calendar.temporaryExtensionDays);
}
