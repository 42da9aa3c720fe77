// The invitation scan's watermark keeps PostgreSQL's microseconds. Transactions recorded together (one
// statement, one now()) share an instant such as 11:00:00.123456; a watermark cut to milliseconds
// (11:00:00.123) sat before them, so every batch read the same rows again, the run never ended, and
// each pass counted the same customers as served once more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CX_TEST_KEYS,
  everyoneSampled,
  insertPeople,
  recordElection,
} from '../../../test-support/cx-fixtures.ts';
import { testBackends } from '../../../test-support/databases.ts';
import { readServedCounts } from '../../storage/cx/served-counts.ts';
import { readCursors, sourcesWithNewTransactions } from '../../storage/cx/transaction-scan.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { createInvitations } from './create-invitations.ts';

const catalogue = everyoneSampled();
const NOW = new Date('2026-12-06T12:00:00Z');
const PEOPLE = [11, 12, 13, 14, 15, 16, 17];

for (const backend of testBackends()) {
  describe(`the invitation watermark on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      await insertPeople(store, PEOPLE);
      for (const person of PEOPLE.slice(0, 5))
        await recordElection(store, person, '2024-11-12', '2026-12-06T11:00:00.123456Z');
      // One microsecond apart: the same millisecond, different instants.
      await recordElection(store, 16, '2024-11-12', '2026-12-06T11:00:00.123457Z');
      await recordElection(store, 17, '2024-11-12', '2026-12-06T11:00:00.123999Z');
    }, 180_000);
    afterAll(() => store.close());

    it('reads each transaction once when many share one instant to the microsecond, and the run ends', async () => {
      const run = await createInvitations(store, {
        catalogue,
        keys: CX_TEST_KEYS,
        now: NOW,
        batchSize: 2,
        maxBatches: 20,
      });
      const election = run.sources.find((s) => s.source === 'election')!;
      expect(election).toMatchObject({ scanned: PEOPLE.length, invited: PEOPLE.length });
      const again = await createInvitations(store, {
        catalogue,
        keys: CX_TEST_KEYS,
        now: NOW,
        maxBatches: 20,
      });
      expect(again.scanned).toBe(0);
      const served = await readServedCounts(executorOf(store), 2025, 1);
      expect(served).toEqual([expect.objectContaining({ served: PEOPLE.length, offered: PEOPLE.length })]);
    });

    it('starts after --since when it is later than the watermark, to the microsecond', async () => {
      await recordElection(store, 11, '2024-11-20', '2026-12-06T11:30:00.000001Z');
      const run = await createInvitations(store, {
        catalogue,
        keys: CX_TEST_KEYS,
        now: NOW,
        since: new Date('2026-12-06T11:30:00.000Z'),
        maxBatches: 20,
      });
      expect(run.sources.find((s) => s.source === 'election')).toMatchObject({ scanned: 1 });
    });

    it('probes every source in one read, and a run that finds nothing new leaves the watermarks alone', async () => {
      const executor = executorOf(store);
      const cursors = await readCursors(executor);
      // Only the source that had transactions has a watermark; the others were never locked or written.
      expect([...cursors.keys()]).toEqual(['election']);
      expect(await sourcesWithNewTransactions(executor, cursors, NOW)).toEqual([]);
      const idle = await createInvitations(store, { catalogue, keys: CX_TEST_KEYS, now: NOW });
      expect(idle.scanned).toBe(0);
      expect(await readCursors(executor)).toEqual(cursors);

      await recordElection(store, 12, '2024-11-21', '2026-12-06T11:45:00.000001Z');
      expect(await sourcesWithNewTransactions(executor, cursors, NOW)).toEqual(['election']);
      // Recorded after `before`: left to a later run.
      expect(
        await sourcesWithNewTransactions(executor, cursors, new Date('2026-12-06T11:45:00.000Z')),
      ).toEqual([]);
    });

    it('two runs at once invite each new transaction once and count its customer once', async () => {
      await createInvitations(store, { catalogue, keys: CX_TEST_KEYS, now: NOW }); // what is left from above
      const before = await readServedCounts(executorOf(store), 2025, 1);
      const served = before.reduce((n, c) => n + c.served, 0);
      await recordElection(store, 13, '2024-11-22', '2026-12-06T11:50:00.000001Z');
      await recordElection(store, 14, '2024-11-22', '2026-12-06T11:50:00.000002Z');
      const runs = await Promise.all(
        [1, 2].map(() => createInvitations(store, { catalogue, keys: CX_TEST_KEYS, now: NOW })),
      );
      // Both may see the sources busy in the unlocked probe; the locked batch leaves one nothing to read.
      expect(runs.reduce((n, r) => n + r.scanned, 0)).toBe(2);
      const after = await readServedCounts(executorOf(store), 2025, 1);
      expect(after.reduce((n, c) => n + c.served, 0)).toBe(served + 2);
    });

    it('a paced run and a flat-out run at once still invite each transaction once', async () => {
      const before = await readServedCounts(executorOf(store), 2025, 1);
      const served = before.reduce((n, c) => n + c.served, 0);
      for (const [i, person] of [15, 16, 17].entries())
        await recordElection(store, person, '2024-11-23', `2026-12-06T11:55:00.00000${i + 1}Z`);
      const runs = await Promise.all(
        [0.25, 1].map((share) =>
          createInvitations(store, { catalogue, keys: CX_TEST_KEYS, now: NOW, share }),
        ),
      );
      expect(runs.reduce((n, r) => n + r.scanned, 0)).toBe(3);
      expect(runs.reduce((n, r) => n + r.invited, 0)).toBeLessThanOrEqual(3);
      const after = await readServedCounts(executorOf(store), 2025, 1);
      expect(after.reduce((n, c) => n + c.served, 0)).toBe(served + 3);
    });
  });
}
