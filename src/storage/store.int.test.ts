import { sql } from 'kysely';
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

  it.runIf(backend.name === 'postgres')(
    'plans the named hot statements once for any values, and leaves every other query to choose',
    async () => {
      // Measured: PostgreSQL kept planning the eligibility read afresh on each execution (0.7 ms of
      // planning for 0.7 ms of running), because a batch's few keys made the custom plan look cheaper.
      const [hot] = await store.prepared<{ plan_cache_mode: string }>(
        'test-plan-cache-mode',
        'show plan_cache_mode',
        [],
      );
      expect(hot?.plan_cache_mode).toBe('force_generic_plan');
      const { rows } = await sql<{ plan_cache_mode: string }>`show plan_cache_mode`.execute(store.db);
      expect(rows[0]?.plan_cache_mode).toBe('auto');
      await store.transaction(async (tx) => {
        const [inside] = await tx.prepared<{ plan_cache_mode: string }>(
          'test-plan-cache-tx',
          'show plan_cache_mode',
          [],
        );
        expect(inside?.plan_cache_mode).toBe('auto');
      });
    },
  );
});
