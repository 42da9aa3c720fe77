// A first-in first-out queue of contact slots (with the slot's generation, so an entry left behind by
// a contact that was answered elsewhere or hung up is recognised and skipped) in a growable ring.

export class RingQueue {
  private slots = new Int32Array(64);
  private generations = new Int32Array(64);
  private head = 0;
  private length = 0;

  get size(): number {
    return this.length;
  }

  push(slot: number, generation: number): void {
    if (this.length === this.slots.length) this.grow();
    const at = (this.head + this.length) & (this.slots.length - 1);
    this.slots[at] = slot;
    this.generations[at] = generation;
    this.length++;
  }

  get headSlot(): number {
    return this.slots[this.head]!;
  }
  get headGeneration(): number {
    return this.generations[this.head]!;
  }

  shift(): void {
    this.head = (this.head + 1) & (this.slots.length - 1);
    this.length--;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const generations = new Int32Array(size);
    for (let i = 0; i < this.length; i++) {
      const from = (this.head + i) & (this.slots.length - 1);
      slots[i] = this.slots[from]!;
      generations[i] = this.generations[from]!;
    }
    this.slots = slots;
    this.generations = generations;
    this.head = 0;
  }
}
