// The season context (calendar, open season, catalogue in force) for request handlers. Parsing the
// stored catalogue costs far more than a request should, so the parsed one is kept and reused while
// the database still names the same catalogue version as the newest (a saved version never changes).
import type { Catalogue } from '../domain/catalogue.ts';
import { chooseOpenSeason, storedCatalogue, type SeasonContext } from '../exchange/season-context.ts';
import { loadProgramCalendar } from '../reference-data.ts';
import type { Store } from '../storage/store.ts';

export interface SeasonContexts {
  /** The context of the named open season (default: the transitional one) with the newest catalogue. */
  get(openSeasonId?: string): Promise<SeasonContext>;
  catalogue(): Promise<Catalogue>;
}

export function seasonContexts(store: Store): SeasonContexts {
  const calendar = loadProgramCalendar();
  let cached: Catalogue | null = null;
  const catalogue = async (): Promise<Catalogue> => {
    const newest = await store.db
      .selectFrom('reference_dataset')
      .select('version')
      .where('kind', '=', 'catalogue')
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (cached === null || newest?.version !== cached.version) cached = await storedCatalogue(store);
    return cached;
  };
  return {
    catalogue,
    get: async (openSeasonId) => ({
      calendar,
      openSeason: chooseOpenSeason(calendar, openSeasonId),
      catalogue: await catalogue(),
    }),
  };
}
