// Background work that loops over many rows shares the event loop with the API's requests when
// `pshb serve` runs it as a job: a request that arrives during a 20 ms loop waits 20 ms before the
// server even reads it. A loop that gives the event loop a turn whenever it has run for its slice
// makes such a request wait at most about one slice.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { FULL_SPEED, type Pace } from './pace.ts';

/** Half a millisecond: what a job may add to a request's wait, next to the request's own few ms. */
export const DEFAULT_SLICE_MS = 0.5;

export interface TimeSlices {
  /** Resolves at once while the current slice lasts; past it, after the event loop's next turn. */
  turn(): Promise<void> | undefined;
}

/**
 * Slices of `sliceMs` for one loop, which calls `await slices.turn()` at the top of each iteration.
 * With a pace (src/exchange/pace.ts), a slice also earns its rest.
 */
export function timeSlices(sliceMs: number = DEFAULT_SLICE_MS, workPace: Pace = FULL_SPEED): TimeSlices {
  let sliceStarted = performance.now();
  return {
    turn() {
      const busy = performance.now() - sliceStarted;
      if (busy < sliceMs) return undefined;
      return (workPace.rest(busy) ?? nextTurn()).then(() => {
        sliceStarted = performance.now();
      });
    },
  };
}
