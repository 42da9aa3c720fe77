import { describe, expect, it } from 'vitest';
import { EventHeap } from './event-heap.ts';
import { Random } from './random.ts';
import { RingQueue } from './ring-queue.ts';

describe('simulation primitives', () => {
  it('draws the same stream for a seed, uniform in [0, 1)', () => {
    const a = new Random(42);
    const b = new Random(42);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = a.next();
      expect(x).toBe(b.next());
      sum += x;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
    expect(new Random(43).next()).not.toBe(new Random(42).next());
  });

  it('pops events in time order, ties in insertion order', () => {
    const heap = new EventHeap();
    const random = new Random(1);
    const times: number[] = [];
    for (let i = 0; i < 5_000; i++) {
      const t = Math.floor(random.next() * 100);
      times.push(t);
      heap.push(t, 0, i, 0);
    }
    let last = -1;
    let lastId = -1;
    while (heap.size > 0) {
      const t = heap.topTime;
      const id = heap.topFirst;
      expect(t).toBeGreaterThanOrEqual(last);
      if (t === last) expect(id).toBeGreaterThan(lastId);
      last = t;
      lastId = id;
      heap.pop();
    }
  });

  it('keeps first in, first out while growing', () => {
    const queue = new RingQueue();
    for (let i = 0; i < 50; i++) queue.push(i, 0);
    for (let i = 0; i < 30; i++) queue.shift();
    for (let i = 50; i < 300; i++) queue.push(i, i);
    const out: number[] = [];
    while (queue.size > 0) {
      out.push(queue.headSlot);
      queue.shift();
    }
    expect(out).toEqual(Array.from({ length: 270 }, (_, i) => i + 30));
  });
});
