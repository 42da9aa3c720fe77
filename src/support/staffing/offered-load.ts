// What a queue is asked to carry: calls arriving over an interval, each taking an average handle time.

export interface QueueDemand {
  /** Calls expected to arrive during the interval. */
  readonly calls: number;
  /** Length of the interval, in seconds (1800 for a half hour). */
  readonly intervalSeconds: number;
  /** Average handle time: talk + hold + after-call work, in seconds. */
  readonly ahtSeconds: number;
}

/** Offered load in Erlangs: arrival rate × average handle time. */
export function offeredLoad(demand: QueueDemand): number {
  checkDemand(demand);
  return (demand.calls / demand.intervalSeconds) * demand.ahtSeconds;
}

export function checkDemand(demand: QueueDemand): void {
  if (!(demand.calls >= 0) || !Number.isFinite(demand.calls))
    throw new RangeError(`calls must be a number ≥ 0, got ${demand.calls}`);
  if (!(demand.intervalSeconds > 0) || !Number.isFinite(demand.intervalSeconds))
    throw new RangeError(`intervalSeconds must be a number > 0, got ${demand.intervalSeconds}`);
  if (!(demand.ahtSeconds > 0) || !Number.isFinite(demand.ahtSeconds))
    throw new RangeError(`ahtSeconds must be a number > 0, got ${demand.ahtSeconds}`);
}
