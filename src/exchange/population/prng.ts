// A small, fast, seeded pseudo-random generator (sfc32): the same seed gives the same sequence on every
// machine, which is what makes a generated population reproducible byte for byte.

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88 ^ (seed >>> 0);
    this.c = 0xb7e15162 ^ Math.floor(seed / 0x100000000);
    // Mixing rounds so nearby seeds give unrelated sequences.
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** Items with weights, for repeated weighted draws. */
export class WeightedChoice<T> {
  readonly entries: readonly (readonly [T, number])[];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.entries = entries;
    let sum = 0;
    for (const [, weight] of entries) this.cumulative.push((sum += weight));
    this.total = sum;
    if (entries.length === 0 || sum <= 0) throw new Error('a weighted choice needs a positive weight');
  }

  draw(prng: Prng): T {
    const x = prng.next() * this.total;
    for (let i = 0; i < this.cumulative.length; i++) if (x < this.cumulative[i]!) return this.entries[i]![0];
    return this.entries[this.entries.length - 1]![0];
  }
}
