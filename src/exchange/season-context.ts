// What every open season operation needs: the program calendar, the open season, and the plan
// catalogue in force (the newest one saved in the database unless a version is asked for).
import { catalogue as catalogueSchema, type Catalogue } from '../domain/catalogue.ts';
import type { OpenSeason, ProgramCalendar } from '../domain/program-calendar.ts';
import { PshbError } from '../errors.ts';
import { loadProgramCalendar } from '../reference-data.ts';
import type { Store } from '../storage/store.ts';

export interface SeasonContext {
  readonly calendar: ProgramCalendar;
  readonly openSeason: OpenSeason;
  readonly catalogue: Catalogue;
}

export interface SeasonChoice {
  readonly openSeasonId?: string | undefined;
  readonly catalogueVersion?: string | undefined;
}

export async function loadSeasonContext(store: Store, choice: SeasonChoice = {}): Promise<SeasonContext> {
  const calendar = loadProgramCalendar();
  return {
    calendar,
    openSeason: chooseOpenSeason(calendar, choice.openSeasonId),
    catalogue: await storedCatalogue(store, choice.catalogueVersion),
  };
}

/** The named open season, or the transitional one when none is named. */
export function chooseOpenSeason(calendar: ProgramCalendar, id?: string): OpenSeason {
  const season = id
    ? calendar.openSeasons.find((s) => s.id === id)
    : (calendar.openSeasons.find((s) => s.transitional) ?? calendar.openSeasons[0]);
  if (!season) {
    const known = calendar.openSeasons.map((s) => s.id).join(', ');
    throw new PshbError('NOT_FOUND', `no open season ${id} in calendar ${calendar.version}; known: ${known}`);
  }
  return season;
}

export async function storedCatalogue(store: Store, version?: string): Promise<Catalogue> {
  let query = store.db
    .selectFrom('reference_dataset')
    .select(['version', 'content'])
    .where('kind', '=', 'catalogue')
    .orderBy('recorded_at', 'desc')
    .limit(1);
  if (version) query = query.where('version', '=', version);
  const row = await query.executeTakeFirst();
  if (!row) {
    throw new PshbError(
      'NOT_FOUND',
      version
        ? `catalogue version ${version} is not loaded; see pshb import catalogue`
        : 'no plan catalogue is loaded; run pshb seed or pshb import catalogue first',
    );
  }
  return catalogueSchema.parse(typeof row.content === 'string' ? JSON.parse(row.content) : row.content);
}
