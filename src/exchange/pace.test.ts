import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Executor } from '../storage/executor.ts';
import { FULL_SPEED, pace, pacedExecutor, restLedger, type Pace } from './pace.ts';
import { timeSlices } from './time-slices.ts';

function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** A pace that only records what it was told, resting never. */
function recordingPace(): Pace & { readonly busy: number[] } {
  const busy: number[] = [];
  return { share: 0.5, busy, rest: (ms) => void busy.push(ms) };
}

const slowExecutor = (ms: number): Executor => {
  const answer = () => new Promise<never[]>((resolve) => setTimeout(() => resolve([]), ms));
  return {
    query: answer,
    prepared: answer,
    transaction: (work) => work(slowExecutor(ms)),
  };
};

describe('restLedger', () => {
  it('owes three times the busy time at a share of a quarter, taken once it is worth a timer', () => {
    const ledger = restLedger(0.25);
    expect(ledger.work(0.5)).toBe(0); // 1.5 ms owed: too short to sleep for
    expect(ledger.work(0.5)).toBe(3); // 3 ms owed
    ledger.rested(3);
    expect(ledger.work(0.1)).toBe(0);
  });

  it('counts a late timer against what is owed, never below nothing', () => {
    const ledger = restLedger(0.5);
    expect(ledger.work(4)).toBe(4);
    ledger.rested(9);
    expect(ledger.work(1)).toBe(0);
    expect(ledger.work(1)).toBe(2);
  });

  it('refuses a share outside (0, 1]', () => {
    for (const share of [0, -0.5, 1.5, Number.NaN]) expect(() => restLedger(share)).toThrow(RangeError);
  });

  it('asks in all for the busy time times (1 - share) / share, less what is still owed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { maxLength: 50 }),
        (share, busy) => {
          const ledger = restLedger(share);
          let asked = 0;
          let owedAtEnd = 0;
          for (const ms of busy) {
            const due = ledger.work(ms);
            owedAtEnd = due;
            if (due > 0) {
              asked += due;
              ledger.rested(due);
              owedAtEnd = 0;
            }
          }
          const expected = busy.reduce((a, b) => a + b, 0) * ((1 - share) / share);
          // What was not asked for is still owed: less than the shortest rest worth a timer (2 ms).
          expect(expected - asked).toBeGreaterThanOrEqual(-1e-6);
          expect(expected - asked).toBeLessThan(2 + 1e-6);
          expect(owedAtEnd).toBe(0);
        },
      ),
    );
  });
});

describe('pace', () => {
  it('at a share of 1 is full speed: no rest at all', () => {
    expect(pace(1)).toBe(FULL_SPEED);
    expect(pace(1).rest(1_000)).toBeUndefined();
  });

  it('rests once enough is owed, and not before', async () => {
    const half = pace(0.5);
    expect(half.rest(1)).toBeUndefined();
    const resting = half.rest(1);
    expect(resting).toBeInstanceOf(Promise);
    await resting;
    expect(half.rest(0.5)).toBeUndefined();
  });
});

describe('pacedExecutor', () => {
  it('is the executor itself at full speed', () => {
    const executor = slowExecutor(0);
    expect(pacedExecutor(executor, FULL_SPEED)).toBe(executor);
  });

  it('counts each statement, in a transaction too, as busy for as long as it took', async () => {
    const recorded = recordingPace();
    const paced = pacedExecutor(slowExecutor(5), recorded);
    await paced.query('select 1');
    await paced.prepared('one', 'select 1', []);
    await paced.transaction!((tx) => tx.query('select 1'));
    expect(recorded.busy).toHaveLength(3);
    for (const ms of recorded.busy) expect(ms).toBeGreaterThanOrEqual(4);
  });
});

describe('timeSlices with a pace', () => {
  it('hands each spent slice to the pace for its rest', async () => {
    const recorded = recordingPace();
    const slices = timeSlices(1, recorded);
    expect(slices.turn()).toBeUndefined();
    spin(2);
    await slices.turn();
    expect(recorded.busy).toHaveLength(1);
    expect(recorded.busy[0]).toBeGreaterThanOrEqual(1);
    expect(slices.turn()).toBeUndefined();
  });
});
