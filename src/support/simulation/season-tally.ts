// What the simulation counts as it runs: per day, for the network and each partner, the contacts and
// the agents' time the report is built from; and per contingency interval, the few figures the
// triggers measure, reset every interval.

/**
 * V8 stores a field the way its first value needs: a field that starts at the whole number 0 and later
 * takes seconds with fractions changes representation mid-season, throwing away the optimized code
 * that reads it. Fields of seconds start at this fraction and are zeroed in the constructor, so they
 * are stored as doubles from the start.
 */
export const AS_DOUBLE = 0.5;

/** One day's figures for the network or for one partner. */
export class DayTally {
  /** Network: joined the queue. Partner: offered to its agents. */
  offered = 0;
  handled = 0;
  within = 0;
  abandoned = 0;
  waitSum = AS_DOUBLE;
  busy = AS_DOUBLE;
  staffed = AS_DOUBLE;
  callbacksRequested = 0;
  callbacksHandled = 0;
  /** The network's only: reached the menu, served by it, referred by it. */
  arrivals = 0;
  contained = 0;
  referred = 0;

  constructor() {
    this.waitSum = 0;
    this.busy = 0;
    this.staffed = 0;
  }

  /** Adds another tally's figures to this one. */
  add(other: DayTally): void {
    this.offered += other.offered;
    this.handled += other.handled;
    this.within += other.within;
    this.abandoned += other.abandoned;
    this.waitSum += other.waitSum;
    this.busy += other.busy;
    this.staffed += other.staffed;
    this.callbacksRequested += other.callbacksRequested;
    this.callbacksHandled += other.callbacksHandled;
    this.arrivals += other.arrivals;
    this.contained += other.contained;
    this.referred += other.referred;
  }
}

/** The figures of one interval for the network or one tier, which the contingency triggers read. */
export class IntervalTally {
  /** Contacts that left the queue here: answered, abandoned or taking a callback. */
  resolved = 0;
  within = 0;
  abandoned = 0;
  handled = 0;
  waitSum = AS_DOUBLE;
  busy = AS_DOUBLE;
  staffed = AS_DOUBLE;

  constructor() {
    this.reset();
  }

  reset(): void {
    this.resolved = 0;
    this.within = 0;
    this.abandoned = 0;
    this.handled = 0;
    this.waitSum = 0;
    this.busy = 0;
    this.staffed = 0;
  }
}

export interface SeasonDayTally {
  readonly network: DayTally;
  /** By tier. */
  readonly partners: readonly DayTally[];
  /** Contacts the menu referred, by referral partner. */
  readonly referred: Float64Array;
}

export function seasonTally(dayCount: number, tierCount: number, referralCount: number): SeasonDayTally[] {
  return Array.from({ length: dayCount }, () => ({
    network: new DayTally(),
    partners: Array.from({ length: tierCount }, () => new DayTally()),
    referred: new Float64Array(referralCount),
  }));
}
