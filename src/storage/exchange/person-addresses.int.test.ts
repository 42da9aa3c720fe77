// Synthetic mailing addresses agree with the state of residence: the ZIP Code of each places it in the
// person's own state, so the plans offered where they live (found by ZIP Code) are their state's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import { loadZipPrefixTable } from '../../reference-data.ts';
import { stateOfZip } from '../../rules/zip-state.ts';
import { executorOf } from '../executor.ts';
import type { Store } from '../store.ts';
import { fillSyntheticAddresses } from './person-addresses.ts';

for (const backend of testBackends()) {
  describe(`synthetic addresses on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 400, seed: 17, autoEnroll: false });
    }, 180_000);
    afterAll(() => store.close());

    it('gives each enrollee in the United States a ZIP Code of their state of residence, once', async () => {
      const added = await fillSyntheticAddresses(executorOf(store));
      expect(added).toBeGreaterThan(0);
      expect(await fillSyntheticAddresses(executorOf(store))).toBe(0);
      const rows = await store.db
        .selectFrom('person_address as a')
        .innerJoin('person as p', 'p.id', 'a.person_id')
        .select(['a.postal_code', 'a.state', 'p.residence_state', 'p.residence_country'])
        .execute();
      const table = loadZipPrefixTable();
      const domestic = rows.filter((r) => r.residence_country === 'US');
      expect(domestic.length).toBeGreaterThan(0);
      for (const row of domestic) {
        expect(row.postal_code).toMatch(/^\d{5}$/);
        expect(stateOfZip(table, row.postal_code!), JSON.stringify(row)).toBe(row.state);
      }
      for (const row of rows.filter((r) => r.residence_country !== 'US')) expect(row.postal_code).toBeNull();
    });
  });
}
