import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { migrateToLatest, migrationNames } from './migrate.ts';
import type { Store } from './store.ts';

describe.each(testBackends())('store on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(() => store.close());

  it('applies migrations once: a second run applies nothing', async () => {
    expect(await migrateToLatest(store)).toMatchObject({
      applied: [],
      alreadyApplied: migrationNames().length,
    });
  });

  it('loads CSV in a transaction and returns dates as strings and bigints as numbers', async () => {
    await store.transaction((tx) =>
      tx.copyCsv('job_run', ['id', 'kind', 'parameters', 'status', 'checkpoint'], 'a,test,"{}",running,42\n'),
    );
    const row = await store.db.selectFrom('job_run').select(['id', 'checkpoint']).executeTakeFirstOrThrow();
    expect(row).toEqual({ id: 'a', checkpoint: 42 });
  });

  it('rolls back everything when a transaction fails', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.copyCsv('job_run', ['id', 'kind', 'parameters', 'status'], 'b,test,"{}",running\n');
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    const ids = await store.db.selectFrom('job_run').select('id').execute();
    expect(ids.map((r) => r.id)).toEqual(['a']);
  });
});
