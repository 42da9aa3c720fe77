import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';

describe('group commit of audit records', () => {
  it('writes the first entry at once and the entries that arrive meanwhile together', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const writer = groupCommit<number>(async (entries) => {
      batches.push([...entries]);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = writer.write(1);
    const rest = [writer.write(2), writer.write(3), writer.write(4)];
    expect(batches).toEqual([[1]]);
    release();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
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
    expect(sizes).toEqual([1, 2, 2]);
  });
});
