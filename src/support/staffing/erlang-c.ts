// Erlang C (M/M/N): Poisson arrivals, exponential handle times, N agents, callers who wait as long as
// it takes. The formulas are the standard ones (Erlang 1917; Gans, Koole & Mandelbaum, "Telephone call
// centers: tutorial, review, and research prospects", 2003, section 4.1); docs/support-staffing.md
// lists them with their definitions.
import { erlangB, erlangCFromB } from './erlang-b.ts';
import { offeredLoad, type QueueDemand } from './offered-load.ts';

export interface ErlangCMetrics {
  readonly model: 'erlang-c';
  readonly agents: number;
  /** Offered load A in Erlangs. */
  readonly offeredLoad: number;
  /** Probability that a call waits at all (finds every agent busy). */
  readonly probabilityOfWaiting: number;
  /** Fraction of calls answered within the answer target. */
  readonly serviceLevel: number;
  /** Mean wait of all calls, those answered at once counting as 0 seconds (every call is answered). */
  readonly averageSpeedOfAnswer: number;
  /** Fraction of agents' time spent handling calls: A / N. */
  readonly occupancy: number;
}

/**
 * The metrics for a known Erlang B value, so that a search over agents can carry the recursion
 * forward instead of restarting it for every candidate.
 */
export function erlangCMetricsFromBlocking(
  load: number,
  agents: number,
  blocking: number,
  ahtSeconds: number,
  answerWithinSeconds: number,
): ErlangCMetrics {
  if (load === 0) {
    return {
      model: 'erlang-c',
      agents,
      offeredLoad: 0,
      probabilityOfWaiting: 0,
      serviceLevel: 1,
      averageSpeedOfAnswer: 0,
      occupancy: 0,
    };
  }
  if (agents <= load) {
    // No steady state: the queue grows without bound for as long as the interval lasts.
    return {
      model: 'erlang-c',
      agents,
      offeredLoad: load,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      averageSpeedOfAnswer: Number.POSITIVE_INFINITY,
      occupancy: 1,
    };
  }
  const waiting = erlangCFromB(load, agents, blocking);
  const spare = agents - load;
  return {
    model: 'erlang-c',
    agents,
    offeredLoad: load,
    probabilityOfWaiting: waiting,
    serviceLevel: Math.max(0, 1 - waiting * Math.exp((-spare * answerWithinSeconds) / ahtSeconds)),
    averageSpeedOfAnswer: (waiting * ahtSeconds) / spare,
    occupancy: load / agents,
  };
}

/** Erlang C metrics for a demand answered by `agents` agents, with the answer target in seconds. */
export function erlangC(demand: QueueDemand, agents: number, answerWithinSeconds: number): ErlangCMetrics {
  if (!(answerWithinSeconds >= 0)) throw new RangeError(`answerWithinSeconds must be ≥ 0`);
  const load = offeredLoad(demand);
  return erlangCMetricsFromBlocking(
    load,
    agents,
    erlangB(load, agents),
    demand.ahtSeconds,
    answerWithinSeconds,
  );
}
