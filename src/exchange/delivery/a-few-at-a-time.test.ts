import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aFewAtATime } from './a-few-at-a-time.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('aFewAtATime', () => {
  it('returns every result in the order of the items, never running more than the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 5 }),
        async (delays, limit) => {
          let running = 0;
          let most = 0;
          const results = await aFewAtATime(delays, limit, async (delay) => {
            running += 1;
            most = Math.max(most, running);
            await pause(delay);
            running -= 1;
            return delay * 10;
          });
          expect(results).toEqual(delays.map((d) => d * 10));
          expect(most).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('starts nothing after a failure, lets the running work finish, then throws the first error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = aFewAtATime([0, 1, 2, 3, 4], 2, async (item) => {
      started.push(item);
      if (item === 0) throw new Error('item 0 failed');
      await pause(5);
      finished.push(item);
      return item;
    });
    await expect(run).rejects.toThrow('item 0 failed');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([1]);
  });

  it('refuses a limit below one', async () => {
    await expect(aFewAtATime([1], 0, async (x) => x)).rejects.toThrow(RangeError);
  });
});
