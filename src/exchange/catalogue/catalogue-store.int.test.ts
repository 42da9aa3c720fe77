import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { loadShippedCatalogue } from '../../reference-data.ts';
import type { Store } from '../../storage/store.ts';
import { listCatalogueVersions, loadCatalogue, saveCatalogue } from './catalogue-store.ts';

const shipped = loadShippedCatalogue();

describe.each(testBackends())('catalogue store on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(() => store.close());

  const counts = async () => ({
    options: (
      await store.db
        .selectFrom('plan_option')
        .select(store.db.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
    premiums: (
      await store.db
        .selectFrom('plan_premium')
        .select(store.db.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
    crosswalk: (
      await store.db
        .selectFrom('crosswalk_entry')
        .select(store.db.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  });

  it('saves a catalogue once and loads it back as saved', async () => {
    expect(await saveCatalogue(store, shipped)).toBe('saved');
    expect(await loadCatalogue(store, shipped.version)).toEqual(shipped);
    expect(await listCatalogueVersions(store)).toEqual([shipped.version]);
    const premiumRows = shipped.options.reduce((n, o) => n + Object.keys(o.premiums).length, 0);
    expect(await counts()).toEqual({
      options: shipped.options.length,
      premiums: premiumRows,
      crosswalk: shipped.crosswalk.length,
    });
    const focus = await store.db
      .selectFrom('plan_premium')
      .selectAll()
      .where('enrollment_code', '=', '35A')
      .executeTakeFirstOrThrow();
    expect(focus).toMatchObject({
      biweekly_enrollee_cents: 5917,
      monthly_enrollee_cents: 12821,
      plan_code: '35',
    });
    const hmo = await store.db
      .selectFrom('plan_option')
      .select('regions')
      .where('plan_code', '=', 'K2')
      .executeTakeFirstOrThrow();
    expect(hmo.regions).toEqual(['DC', 'MD', 'VA']);
  });

  it('is idempotent: saving the same version again changes nothing', async () => {
    const before = await counts();
    expect(await saveCatalogue(store, shipped)).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('refuses other content under a stored version and leaves the stored one intact', async () => {
    const changed = { ...shipped, source: 'something else' };
    await expect(saveCatalogue(store, changed)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await loadCatalogue(store, shipped.version)).toEqual(shipped);
  });

  it('says when a version is not stored', async () => {
    await expect(loadCatalogue(store, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
