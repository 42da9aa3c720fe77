// Customer-experience fixtures: synthetic people and transactions written straight into a test store,
// the shipped CX catalogue with every transaction sampled, and fixed keys.
import { cxKeysFrom, type CxKeys } from '../src/exchange/cx/cx-keys.ts';
import { loadCxCatalogue, type CxCatalogue } from '../src/exchange/cx/cx-catalogue.ts';
import type { Store } from '../src/storage/store.ts';

export const CX_TEST_KEYS: CxKeys = cxKeysFrom(Buffer.alloc(32, 7));

/** The shipped catalogue with every transaction point sampling every transaction. */
export function everyoneSampled(): CxCatalogue {
  const catalogue = loadCxCatalogue();
  return {
    ...catalogue,
    points: { ...catalogue.points, points: catalogue.points.points.map((p) => ({ ...p, samplingRate: 1 })) },
  };
}

export async function insertPeople(store: Store, ids: readonly number[]): Promise<void> {
  for (const id of ids)
    await store.transaction((tx) =>
      tx.query(
        `insert into person (id, household_id, relationship, category, first_name, last_name, birth_date, sex, ssn)
         values ($1, $1, 'self', 'annuitant', 'Test', 'Person', '1950-01-01', 'F', 'v1:synthetic')`,
        [id],
      ),
    );
}

/** A portal election, recorded `minutesAgo` before `now` so the scan's lag has passed. */
export async function recordElection(
  store: Store,
  personId: number,
  madeOn: string,
  /** A Date, or an instant with microseconds as text ('2026-12-06T11:00:00.123456Z'). */
  recordedAt: Date | string,
): Promise<string> {
  await store.transaction((tx) =>
    tx.query(
      `insert into open_season_election (person_id, open_season_id, kind, enrollment_code, made_on, recorded_at)
       values ($1, 'test-season', 'decline', null, $2, $3)`,
      [personId, madeOn, typeof recordedAt === 'string' ? recordedAt : recordedAt.toISOString()],
    ),
  );
  return `election:${personId}:test-season:${madeOn}`;
}
