// The fewest agents on the phones that meet a service-level target (and, optionally, keep occupancy at
// or under a cap, because agents kept busier than about 85-90% for long burn out and quality drops).
import { erlangAServiceMetrics } from './erlang-a.ts';
import { erlangB } from './erlang-b.ts';
import { erlangCMetricsFromBlocking, type ErlangCMetrics } from './erlang-c.ts';
import { checkDemand, offeredLoad, type QueueDemand } from './offered-load.ts';

export interface ServiceTarget {
  /** Fraction of calls to answer within the answer target, in [0, 1]. */
  readonly serviceLevel: number;
  /** The answer target in seconds (20 for "80% in 20 seconds"). */
  readonly answerWithinSeconds: number;
  /** Highest acceptable occupancy, in (0, 1]; none when absent. */
  readonly maxOccupancy?: number | undefined;
}

/** Which requirement set the number: the service level, or the occupancy cap asking for more. */
export type Constraint = 'service-level' | 'max-occupancy' | 'no-calls';

export interface MinimumAgents {
  readonly agents: number;
  readonly limitedBy: Constraint;
}

export function checkTarget(target: ServiceTarget): void {
  if (!(target.serviceLevel >= 0 && target.serviceLevel <= 1))
    throw new RangeError(`serviceLevel must be in [0, 1], got ${target.serviceLevel}`);
  if (!(target.answerWithinSeconds >= 0) || !Number.isFinite(target.answerWithinSeconds))
    throw new RangeError(`answerWithinSeconds must be ≥ 0, got ${target.answerWithinSeconds}`);
  const cap = target.maxOccupancy;
  if (cap !== undefined && !(cap > 0 && cap <= 1))
    throw new RangeError(`maxOccupancy must be in (0, 1], got ${cap}`);
}

// Far beyond any need: past it the target is unreachable (a 100% service level with no answer time).
function searchLimit(load: number): number {
  return Math.ceil(2 * load + 50 * Math.sqrt(load) + 1000);
}

function unreachable(target: ServiceTarget): RangeError {
  return new RangeError(
    `a service level of ${target.serviceLevel} within ${target.answerWithinSeconds} s cannot be reached`,
  );
}

/**
 * Erlang C: walks the Erlang B recursion upward once, so the whole search costs O(N) arithmetic, and
 * returns the metrics of the answer along with it.
 */
export function minimumAgentsErlangC(
  demand: QueueDemand,
  target: ServiceTarget,
): MinimumAgents & { readonly metrics: ErlangCMetrics } {
  checkDemand(demand);
  checkTarget(target);
  const load = offeredLoad(demand);
  const cap = target.maxOccupancy ?? 1;
  if (load === 0) {
    const metrics = erlangCMetricsFromBlocking(0, 0, 1, demand.ahtSeconds, target.answerWithinSeconds);
    return { agents: 0, limitedBy: 'no-calls', metrics };
  }
  const limit = searchLimit(load);
  let blocking = 1;
  let meetsServiceAt: number | null = null;
  for (let n = 1; n <= limit; n++) {
    blocking = (load * blocking) / (n + load * blocking);
    if (n <= load) continue;
    const metrics = erlangCMetricsFromBlocking(
      load,
      n,
      blocking,
      demand.ahtSeconds,
      target.answerWithinSeconds,
    );
    if (meetsServiceAt === null && metrics.serviceLevel >= target.serviceLevel) meetsServiceAt = n;
    if (meetsServiceAt !== null && metrics.occupancy <= cap) {
      return { agents: n, limitedBy: n === meetsServiceAt ? 'service-level' : 'max-occupancy', metrics };
    }
  }
  throw unreachable(target);
}

/**
 * Erlang A: a caller's chance of being answered at all is at most N / A (agents cannot carry more than
 * N Erlangs), so no fewer than serviceLevel × A agents can meet the target; the search starts there.
 */
export function minimumAgentsErlangA(
  demand: QueueDemand,
  target: ServiceTarget,
  patienceSeconds: number,
): MinimumAgents {
  checkDemand(demand);
  checkTarget(target);
  const load = offeredLoad(demand);
  if (load === 0) return { agents: 0, limitedBy: 'no-calls' };
  const cap = target.maxOccupancy ?? 1;
  const limit = searchLimit(load);
  let meetsServiceAt: number | null = null;
  const first = Math.max(1, Math.floor(target.serviceLevel * load));
  let blocking = erlangB(load, first - 1);
  for (let n = first; n <= limit; n++) {
    blocking = (load * blocking) / (n + load * blocking);
    const metrics = erlangAServiceMetrics(demand, n, target.answerWithinSeconds, patienceSeconds, blocking);
    if (meetsServiceAt === null && metrics.serviceLevel >= target.serviceLevel) meetsServiceAt = n;
    if (meetsServiceAt !== null && metrics.occupancy <= cap) {
      return { agents: n, limitedBy: n === meetsServiceAt ? 'service-level' : 'max-occupancy' };
    }
  }
  throw unreachable(target);
}
