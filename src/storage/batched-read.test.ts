import fc from 'fast-check';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { batchedRead } from './batched-read.ts';

/** A table the fake statement reads, and a log of the keys of each statement it ran. */
function fakeTable(rows: Map<string, number>) {
  const statements: string[][] = [];
  let release: (() => void) | null = null;
  const reader = batchedRead<string, number>(async (keys) => {
    statements.push([...keys]);
    // The statement sees the table as it was when it started, as a database snapshot does.
    const found = new Map(keys.flatMap((key) => (rows.has(key) ? [[key, rows.get(key)!] as const] : [])));
    if (statements.length === 1) await new Promise<void>((resolve) => (release = resolve));
    return found;
  });
  return { reader, statements, releaseFirst: () => release?.() };
}

describe('batched reads', () => {
  it("reads one turn's keys in one statement at the turn's end, and the keys asked meanwhile in the next", async () => {
    const { reader, statements, releaseFirst } = fakeTable(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 3],
        ['d', 4],
      ]),
    );
    const firstTurn = [reader.read('a'), reader.read('d')];
    expect(statements).toEqual([]);
    await nextTurn();
    expect(statements).toEqual([['a', 'd']]);
    const rest = [reader.read('b'), reader.read('c'), reader.read('b')];
    await nextTurn();
    expect(statements).toEqual([['a', 'd']]);
    releaseFirst();
    expect(await Promise.all([...firstTurn, ...rest])).toEqual([1, 4, 2, 3, 2]);
    expect(statements).toEqual([
      ['a', 'd'],
      ['b', 'c'],
    ]);
  });

  it('answers undefined for a key the statement did not find', async () => {
    const { reader, releaseFirst } = fakeTable(new Map());
    const read = reader.read('missing');
    await nextTurn();
    releaseFirst();
    await expect(read).resolves.toBeUndefined();
  });

  it('reads a key asked while its batch is in flight again, so a read never sees older data', async () => {
    const rows = new Map([['session', 1]]);
    const { reader, statements, releaseFirst } = fakeTable(rows);
    const before = reader.read('session');
    await nextTurn(); // the first statement is running
    rows.delete('session'); // revoked while it runs
    const after = reader.read('session');
    releaseFirst();
    expect(await before).toBe(1);
    expect(await after).toBeUndefined();
    expect(statements).toEqual([['session'], ['session']]);
  });

  it('fails every read of a failed statement and goes on with the next', async () => {
    let calls = 0;
    const reader = batchedRead<string, number>(async (keys) => {
      calls += 1;
      if (calls === 1) throw new Error('database unavailable');
      return new Map(keys.map((key) => [key, key.length]));
    });
    await expect(reader.read('a')).rejects.toThrow('database unavailable');
    await expect(reader.read('bb')).resolves.toBe(2);
  });

  it('splits a long queue into statements of at most the maximum size', async () => {
    const sizes: number[] = [];
    const reader = batchedRead<number, number>(async (keys) => {
      sizes.push(keys.length);
      return new Map(keys.map((key) => [key, key]));
    }, 2);
    expect(await Promise.all([1, 2, 3, 4, 5].map((n) => reader.read(n)))).toEqual([1, 2, 3, 4, 5]);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('gives every read the value its key has in the table, however the reads interleave', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.nat(3)), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        async (asks, maxBatch) => {
          const reader = batchedRead<number, number>(async (keys) => {
            await new Promise((resolve) => setTimeout(resolve, 0));
            return new Map(keys.filter((key) => key % 3 !== 0).map((key) => [key, key * 10]));
          }, maxBatch);
          const reads: Promise<number | undefined>[] = [];
          for (const [key, pause] of asks) {
            reads.push(reader.read(key));
            for (let i = 0; i < pause; i++) await Promise.resolve();
          }
          const values = await Promise.all(reads);
          values.forEach((value, i) => {
            const key = asks[i]![0];
            expect(value).toBe(key % 3 === 0 ? undefined : key * 10);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
