import { describe, expect, it } from 'vitest';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { groupCommit } from './group-commit.ts';

describe('group commit of audit records', () => {
  it("writes one turn's entries together at the turn's end, and the entries that arrive meanwhile next", async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const writer = groupCommit<number>(async (entries) => {
      batches.push([...entries]);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const firstTurn = [writer.write(1), writer.write(2)];
    expect(batches).toEqual([]);
    await nextTurn();
    expect(batches).toEqual([[1, 2]]);
    const rest = [writer.write(3), writer.write(4), writer.write(5)];
    await nextTurn();
    expect(batches).toEqual([[1, 2]]);
    release();
    await Promise.all([...firstTurn, ...rest]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it('fails every request of a batch that could not be written, and goes on with the next', async () => {
    let calls = 0;
    const writer = groupCommit<number>(async () => {
      calls += 1;
      if (calls === 1) throw new Error('database unavailable');
    });
    await expect(writer.write(1)).rejects.toThrow('database unavailable');
    await expect(writer.write(2)).resolves.toBeUndefined();
  });

  it('splits a long queue into batches of at most the maximum size', async () => {
    const sizes: number[] = [];
    const writer = groupCommit<number>(async (entries) => {
      sizes.push(entries.length);
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => writer.write(n)));
    expect(sizes).toEqual([2, 2, 1]);
  });
});

describe('issue 10 item 9: one bad record in a shared batch', () => {
  it('fails only that record: the others of its batch are written again on their own and commit', async () => {
    const committed: number[] = [];
    let release: () => void = () => undefined;
    let first = true;
    // Like the database refusing a whole INSERT because one of its rows is bad (13 stands for it).
    const writer = groupCommit<number>(async (entries) => {
      if (first) {
        first = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
      if (entries.includes(13)) throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
      committed.push(...entries);
    });
    const blocker = writer.write(0);
    await nextTurn(); // the blocker's batch is being written
    const shared = [11, 12, 13, 14, 15].map((n) => writer.write(n));
    release();
    await blocker;
    const outcomes = await Promise.allSettled(shared);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(committed.sort((a, b) => a - b)).toEqual([0, 11, 12, 14, 15]);
  });

  it('fails the whole batch at once when the database cannot be reached', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const writer = groupCommit<number>(async () => {
      calls += 1;
      if (calls === 1) return new Promise<void>((resolve) => (release = resolve));
      throw Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      });
    });
    const blocker = writer.write(0);
    await nextTurn(); // the blocker's batch is being written
    const shared = [1, 2, 3].map((n) => writer.write(n));
    release();
    await blocker;
    for (const outcome of await Promise.allSettled(shared)) expect(outcome.status).toBe('rejected');
    expect(calls).toBe(2);
  });
});
