// What every rule may read besides the household: the program's dates, the open season, the plan
// catalogue (indexed once) and the day the decision is made as of. No clock: asOf is an input.
import type { IsoDate } from '../domain/dates.ts';
import type { OpenSeason, ProgramCalendar } from '../domain/program-calendar.ts';
import type { CatalogueIndex } from './catalogue-index.ts';

export interface RulesContext {
  readonly calendar: ProgramCalendar;
  readonly openSeason: OpenSeason;
  readonly catalogue: CatalogueIndex;
  readonly asOf: IsoDate;
}
