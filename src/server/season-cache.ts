// The season context (calendar, open season, catalogue in force) for request handlers. Parsing the
// stored catalogue costs far more than a request should, so the parsed one is kept and reused while
// the database still names the same catalogue version as the newest (a saved version never changes).
// The newest version is looked up at most once a second, so a newly imported catalogue is in force
// within a second and plan comparison needs no database round trip. Its index for the rules is kept
// with it: indexing the catalogue on every request cost as much as deciding the household.
import type { Catalogue } from '../domain/catalogue.ts';
import type { OpenSeason } from '../domain/program-calendar.ts';
import { chooseOpenSeason, storedCatalogue, type SeasonContext } from '../exchange/season-context.ts';
import { loadProgramCalendar } from '../reference-data.ts';
import { indexCatalogue, type CatalogueIndex } from '../rules/catalogue-index.ts';
import type { Store } from '../storage/store.ts';

export interface SeasonContexts {
  /** The context of the named open season (default: the transitional one) with the newest catalogue. */
  get(openSeasonId?: string): Promise<SeasonContext>;
  /** get, with the rules' index of the same catalogue (built once per catalogue version). */
  indexed(
    openSeasonId?: string,
  ): Promise<{ readonly context: SeasonContext; readonly index: CatalogueIndex }>;
  /** The named open season (default: the transitional one); throws NOT_FOUND for an unknown one. */
  openSeason(openSeasonId?: string): OpenSeason;
  catalogue(): Promise<Catalogue>;
}

const RECHECK_MS = 1000;

export function seasonContexts(store: Store, recheckMs = RECHECK_MS): SeasonContexts {
  const calendar = loadProgramCalendar();
  let cached: Catalogue | null = null;
  let cachedIndex: CatalogueIndex | null = null;
  let checkedAt = -Infinity;
  const catalogue = async (): Promise<Catalogue> => {
    if (cached !== null && performance.now() - checkedAt < recheckMs) return cached;
    const newest = await store.db
      .selectFrom('reference_dataset')
      .select('version')
      .where('kind', '=', 'catalogue')
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (cached === null || newest?.version !== cached.version) cached = await storedCatalogue(store);
    checkedAt = performance.now();
    return cached;
  };
  const get = async (openSeasonId?: string): Promise<SeasonContext> => ({
    calendar,
    openSeason: chooseOpenSeason(calendar, openSeasonId),
    catalogue: await catalogue(),
  });
  return {
    catalogue,
    get,
    openSeason: (openSeasonId) => chooseOpenSeason(calendar, openSeasonId),
    indexed: async (openSeasonId) => {
      const context = await get(openSeasonId);
      // A new version is a new Catalogue object, so identity tells whether the index is still its own.
      if (cachedIndex?.catalogue !== context.catalogue) cachedIndex = indexCatalogue(context.catalogue);
      return { context, index: cachedIndex };
    },
  };
}
