// The contacts in the network, one slot each in parallel typed arrays, reused as contacts leave: a
// season of millions of contacts allocates almost nothing per contact. A slot's generation changes
// when it is released, so a queue entry or timer left behind by its previous contact is recognised.
import { MAX_TIERS } from './compile-plan.ts';

// A contact's state.
export const FREE = 0;
export const WAITING = 1;
export const SERVING = 2;
export const CALLBACK = 3;

export class ContactSlots {
  // Small, so the arrays are first replaced in the season's opening minutes, before the code reading
  // them is optimized (which would otherwise take them for constants and be thrown away at that point).
  private capacity = 64;
  arrival = new Float64Array(this.capacity);
  /** When the caller hangs up if still unanswered. */
  patienceEnd = new Float64Array(this.capacity);
  /** When it was offered to each tier, MAX_TIERS per slot. */
  enter = new Float64Array(this.capacity * MAX_TIERS);
  type = new Uint8Array(this.capacity);
  day = new Uint16Array(this.capacity);
  state = new Uint8Array(this.capacity);
  generation = new Int32Array(this.capacity);
  /** Bits of the tiers it was offered to, and of those it still waits in. */
  joined = new Uint8Array(this.capacity);
  queued = new Uint8Array(this.capacity);
  lastTier = new Int8Array(this.capacity);
  /** 1 when it waits for (or is in) a callback rather than on the line. */
  callback = new Uint8Array(this.capacity);
  private freeSlots = new Int32Array(this.capacity);
  private freeCount = 0;
  private used = 0;

  allocate(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount]!;
    if (this.used === this.capacity) this.grow();
    return this.used++;
  }

  release(slot: number): void {
    this.state[slot] = FREE;
    this.generation[slot] = (this.generation[slot]! + 1) | 0;
    this.freeSlots[this.freeCount++] = slot;
  }

  private grow(): void {
    const size = this.capacity * 2;
    const grow = <T extends Float64Array | Uint8Array | Uint16Array | Int32Array | Int8Array>(
      from: T,
      make: (n: number) => T,
      width = 1,
    ): T => {
      const to = make(size * width);
      to.set(from);
      return to;
    };
    this.arrival = grow(this.arrival, (n) => new Float64Array(n));
    this.patienceEnd = grow(this.patienceEnd, (n) => new Float64Array(n));
    this.enter = grow(this.enter, (n) => new Float64Array(n), MAX_TIERS);
    this.type = grow(this.type, (n) => new Uint8Array(n));
    this.day = grow(this.day, (n) => new Uint16Array(n));
    this.state = grow(this.state, (n) => new Uint8Array(n));
    this.generation = grow(this.generation, (n) => new Int32Array(n));
    this.joined = grow(this.joined, (n) => new Uint8Array(n));
    this.queued = grow(this.queued, (n) => new Uint8Array(n));
    this.lastTier = grow(this.lastTier, (n) => new Int8Array(n));
    this.callback = grow(this.callback, (n) => new Uint8Array(n));
    this.freeSlots = grow(this.freeSlots, (n) => new Int32Array(n));
    this.capacity = size;
  }
}
