import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventRanges } from './carrier-feed.ts';

describe('eventRanges', () => {
  it('splits the ids above `after` up to `upTo` into consecutive ranges that hold each id once', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(5_000), fc.integer({ min: 1, max: 8 }), (after, size, parts) => {
        const ranges = eventRanges(after, after + size, parts);
        expect(ranges).toHaveLength(parts);
        expect(ranges[0]![0]).toBe(after);
        expect(ranges.at(-1)![1]).toBe(after + size);
        for (const [i, [start, end]] of ranges.entries()) {
          expect(end).toBeGreaterThanOrEqual(start);
          if (i > 0) expect(start).toBe(ranges[i - 1]![1]);
        }
      }),
    );
  });

  it('gives empty ranges when there is nothing above the watermark', () => {
    expect(eventRanges(10, 10, 2)).toEqual([
      [10, 10],
      [10, 10],
    ]);
  });
});
