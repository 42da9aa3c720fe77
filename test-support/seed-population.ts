// A small synthetic population in a test store: the shipped catalogue, a generated roster imported, and
// (unless told otherwise) the transitional open season run. Deterministic for a seed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveCatalogue } from '../src/exchange/catalogue/index.ts';
import { runAutoEnrollment } from '../src/exchange/open-season/auto-enroll.ts';
import { writeRoster } from '../src/exchange/population/index.ts';
import { importRoster } from '../src/exchange/roster/index.ts';
import { chooseOpenSeason } from '../src/exchange/season-context.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../src/reference-data.ts';
import type { Store } from '../src/storage/store.ts';

export async function seedPopulation(
  store: Store,
  options: { readonly people: number; readonly seed: number; readonly autoEnroll?: boolean },
): Promise<void> {
  const calendar = loadProgramCalendar();
  const catalogue = loadShippedCatalogue();
  const openSeason = chooseOpenSeason(calendar);
  const folder = mkdtempSync(join(tmpdir(), 'pshb-population-'));
  try {
    const roster = join(folder, 'roster.csv');
    await writeRoster(roster, { people: options.people, seed: options.seed, catalogue, calendar });
    await saveCatalogue(store, catalogue);
    await importRoster(store, roster, {
      catalogue,
      openSeasonId: openSeason.id,
      heldOn: calendar.fehbPostalCoverageEnds,
    });
    if (options.autoEnroll !== false) {
      await runAutoEnrollment(store, { calendar, openSeason, catalogue, batchSize: 500 });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Up to `limit` enrollees (household heads) with no open season election on record, by id. */
export async function householdsWithoutElection(store: Store, limit: number): Promise<number[]> {
  const rows = await store.db
    .selectFrom('person')
    .select('id')
    .whereRef('id', '=', 'household_id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('open_season_election')
            .select('person_id')
            .whereRef('open_season_election.person_id', '=', 'person.id'),
        ),
      ),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => Number(row.id));
}

/** Every PSHB enrollment code of the shipped catalogue, for tests that elect plans. */
export function pshbEnrollmentCodes(): string[] {
  return loadShippedCatalogue()
    .options.filter((o) => o.program === 'PSHB')
    .flatMap((o) => Object.values(o.premiums).map((p) => p!.enrollmentCode));
}
