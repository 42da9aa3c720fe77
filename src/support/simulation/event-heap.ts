// The simulation's future events as a binary min-heap over parallel typed arrays: no object per event,
// so millions of events cost no garbage. Ties on time pop in insertion order, which keeps runs
// deterministic whatever the heap's internal layout.

export class EventHeap {
  private times = new Float64Array(1024);
  private order = new Float64Array(1024);
  private kinds = new Uint8Array(1024);
  private firsts = new Int32Array(1024);
  private seconds = new Int32Array(1024);
  private count = 0;
  private sequence = 0;

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event, or Infinity when there is none. */
  peekTime(): number {
    return this.count === 0 ? Number.POSITIVE_INFINITY : this.times[0]!;
  }

  push(time: number, kind: number, first: number, second: number): void {
    if (this.count === this.times.length) this.grow();
    let at = this.count++;
    const order = this.sequence++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const pt = this.times[parent]!;
      if (pt < time || (pt === time && this.order[parent]! < order)) break;
      this.move(parent, at);
      at = parent;
    }
    this.times[at] = time;
    this.order[at] = order;
    this.kinds[at] = kind;
    this.firsts[at] = first;
    this.seconds[at] = second;
  }

  /** Removes the earliest event; read it first with the `top*` getters. */
  pop(): void {
    const last = --this.count;
    if (last === 0) return;
    const time = this.times[last]!;
    const order = this.order[last]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      const right = child + 1;
      if (
        right < last &&
        (this.times[right]! < this.times[child]! ||
          (this.times[right] === this.times[child] && this.order[right]! < this.order[child]!))
      )
        child = right;
      const ct = this.times[child]!;
      if (time < ct || (time === ct && order < this.order[child]!)) break;
      this.move(child, at);
      at = child;
    }
    this.move(last, at);
  }

  get topTime(): number {
    return this.times[0]!;
  }
  get topKind(): number {
    return this.kinds[0]!;
  }
  get topFirst(): number {
    return this.firsts[0]!;
  }
  get topSecond(): number {
    return this.seconds[0]!;
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from]!;
    this.order[to] = this.order[from]!;
    this.kinds[to] = this.kinds[from]!;
    this.firsts[to] = this.firsts[from]!;
    this.seconds[to] = this.seconds[from]!;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    times.set(this.times);
    this.times = times;
    const order = new Float64Array(size);
    order.set(this.order);
    this.order = order;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const firsts = new Int32Array(size);
    firsts.set(this.firsts);
    this.firsts = firsts;
    const seconds = new Int32Array(size);
    seconds.set(this.seconds);
    this.seconds = seconds;
  }
}

// The kinds of event the season's heap holds, with what `first` and `second` carry for each.
/** A waiting caller's next decision: hang up or be offered to the next tier (slot, generation). */
export const TIMER = 0;
/** An agent finishes a contact (group, slot). */
export const COMPLETION = 1;
/** A contingency interval ends (unused, unused). */
export const TICK = 2;
/** A tier opens or closes (tier, 1 when opening). */
export const HOURS = 3;
