import { describe, expect, it } from 'vitest';
import { timeSlices } from './time-slices.ts';

function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('timeSlices', () => {
  it('does not wait while the slice lasts', () => {
    const slices = timeSlices(1_000);
    expect(slices.turn()).toBeUndefined();
    expect(slices.turn()).toBeUndefined();
  });

  it('gives the event loop a turn once the slice has run out, then starts a new slice', async () => {
    const slices = timeSlices(1);
    let timerRan = false;
    setImmediate(() => (timerRan = true));
    spin(2);
    const wait = slices.turn();
    expect(wait).toBeInstanceOf(Promise);
    expect(timerRan).toBe(false);
    await wait;
    expect(timerRan).toBe(true);
    expect(slices.turn()).toBeUndefined();
  });
});
