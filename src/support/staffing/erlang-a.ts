// Erlang A (M/M/N+M, Palm 1946): Erlang C's queue, but every waiting caller hangs up after an
// exponentially distributed patience time. The closed forms are those of Garnett, Mandelbaum & Reiman,
// "Designing a call center with impatient customers" (M&SOM 4(3), 2002), and Mandelbaum & Zeltyn,
// "The M/M/n+G queue: summary of performance measures" (Technion, 2005); docs/support-staffing.md
// derives the service level used here. Everything is computed from logarithms, because the tail mass of
// the queue grows like e^(λ·patience) when calls outnumber agents and would overflow a double.
import { erlangB } from './erlang-b.ts';
import { logScaledLowerGamma } from './incomplete-gamma.ts';
import { offeredLoad, type QueueDemand } from './offered-load.ts';

export interface ErlangAServiceMetrics {
  readonly model: 'erlang-a';
  readonly agents: number;
  readonly offeredLoad: number;
  readonly patienceSeconds: number;
  /** Probability that a call finds every agent busy and joins the queue. */
  readonly probabilityOfWaiting: number;
  /** Probability that a call hangs up before it is answered. */
  readonly probabilityOfAbandonment: number;
  /** Calls answered within the answer target, as a fraction of all calls offered (abandons included). */
  readonly serviceLevel: number;
  /** Fraction of agents' time spent handling calls: A·(1 - P(abandon)) / N. */
  readonly occupancy: number;
}

export interface ErlangAMetrics extends ErlangAServiceMetrics {
  /** Mean wait of answered calls, those answered at once counting as 0 seconds. */
  readonly averageSpeedOfAnswer: number;
  /** Mean time in queue of all calls, answered or abandoned: P(abandon) × mean patience. */
  readonly averageWaitOfAllCalls: number;
}

/** ln(e^a + e^b) without overflow. */
function logAddExp(a: number, b: number): number {
  const high = Math.max(a, b);
  if (high === Number.NEGATIVE_INFINITY) return high;
  return high + Math.log1p(Math.exp(Math.min(a, b) - high));
}

interface Shape {
  readonly load: number;
  readonly agents: number;
  /** N·μ/θ: agents' service rate in units of the abandonment rate. */
  readonly x: number;
  /** λ/θ: arrival rate in units of the abandonment rate. */
  readonly y: number;
  /** ln of the queue's tail mass Σ_j Π_{k≤j} y/(x+k), relative to the state with N busy agents. */
  readonly logTail: number;
  /** ln of the whole stationary mass relative to that same state. */
  readonly logTotal: number;
}

function shape(demand: QueueDemand, agents: number, patienceSeconds: number, blocking: number): Shape {
  const load = offeredLoad(demand);
  const x = (agents * patienceSeconds) / demand.ahtSeconds;
  const y = (demand.calls / demand.intervalSeconds) * patienceSeconds;
  const logTail = logScaledLowerGamma(x, y);
  // States with fewer than N busy agents weigh (1 - B)/B relative to the state with N busy (Erlang B).
  const logBelow = Math.log1p(-blocking) - Math.log(blocking);
  return { load, agents, x, y, logTail, logTotal: logAddExp(logBelow, logTail) };
}

function checkArguments(agents: number, answerWithinSeconds: number, patienceSeconds: number): void {
  if (!Number.isSafeInteger(agents) || agents < 1)
    throw new RangeError(`agents must be a whole number ≥ 1, got ${agents}`);
  if (!(answerWithinSeconds >= 0) || !Number.isFinite(answerWithinSeconds))
    throw new RangeError(`answerWithinSeconds must be ≥ 0, got ${answerWithinSeconds}`);
  if (!(patienceSeconds > 0) || !Number.isFinite(patienceSeconds))
    throw new RangeError(`patienceSeconds must be a finite number > 0, got ${patienceSeconds}`);
}

function quiet(load: number, agents: number, patienceSeconds: number): ErlangAMetrics {
  return {
    model: 'erlang-a',
    agents,
    offeredLoad: load,
    patienceSeconds,
    probabilityOfWaiting: 0,
    probabilityOfAbandonment: 0,
    serviceLevel: 1,
    occupancy: load / agents,
    averageSpeedOfAnswer: 0,
    averageWaitOfAllCalls: 0,
  };
}

/** Everything but the answer speeds, which need a longer summation: what a staffing search needs. */
export function erlangAServiceMetrics(
  demand: QueueDemand,
  agents: number,
  answerWithinSeconds: number,
  patienceSeconds: number,
  /** Erlang B for this load and agents, when a search already carries its recursion. */
  knownBlocking?: number,
): ErlangAServiceMetrics {
  checkArguments(agents, answerWithinSeconds, patienceSeconds);
  const load = offeredLoad(demand);
  const blocking = knownBlocking ?? erlangB(load, agents);
  // Below about 1e-308 the chance of waiting is zero to double precision.
  if (load === 0 || blocking === 0) return quiet(load, agents, patienceSeconds);
  const s = shape(demand, agents, patienceSeconds, blocking);
  const waiting = Math.exp(s.logTail - s.logTotal);
  const answeredAtOnce = 1 - waiting;
  // GMR 2002: P(abandon | wait) = 1/(ρ·M) + 1 - 1/ρ, with ρ = A/N and M the tail mass.
  const rho = load / agents;
  const abandonGivenWait = Math.min(1, Math.max(0, 1 + Math.expm1(-s.logTail) / rho));
  const abandonment = waiting * abandonGivenWait;
  return {
    model: 'erlang-a',
    agents,
    offeredLoad: load,
    patienceSeconds,
    probabilityOfWaiting: waiting,
    probabilityOfAbandonment: abandonment,
    serviceLevel: Math.min(
      1,
      answeredAtOnce + answeredAfterWaitingWithin(s, answerWithinSeconds / patienceSeconds),
    ),
    occupancy: (load * (1 - abandonment)) / agents,
  };
}

/**
 * P(a call waits, is answered, and waited at most t), where θt = t / mean patience. A caller who finds j
 * others queued is answered after a sum of exponential stages of rates θ(x + k), k = 0..j, and only if
 * their own patience outlasts it; summing over j (docs/support-staffing.md) gives, relative to the
 * state with N busy agents, (x/(x+1))·[M(x+1, y) − u^(x+1)·e^(y(1−u))·M(x+1, y·u)] with u = e^(−θt).
 */
function answeredAfterWaitingWithin(s: Shape, thetaT: number): number {
  if (thetaT === 0) return 0;
  const u = Math.exp(-thetaT);
  const logAll = logScaledLowerGamma(s.x + 1, s.y);
  const logLater = -(s.x + 1) * thetaT - s.y * Math.expm1(-thetaT) + logScaledLowerGamma(s.x + 1, s.y * u);
  if (!(logLater < logAll)) return 0;
  const logWithin = Math.log(s.x / (s.x + 1)) + logAll + Math.log(-Math.expm1(logLater - logAll));
  return Math.exp(logWithin - s.logTotal);
}

/**
 * E[wait; answered] relative to P(wait), by summing over the queue a caller finds: with j ahead, the
 * Laplace transform of the time to reach an agent gives E[V·e^(−θV)] = (x/(x+j+1))·Σ_{k=1}^{j+1} 1/(θ(x+k)).
 * The weights are taken in logs so that queues of thousands stay finite.
 */
function waitOfAnsweredGivenWait(s: Shape, patienceSeconds: number): number {
  const logY = Math.log(s.y);
  let logWeight = -s.logTail;
  let harmonic = 1 / (s.x + 1);
  let sum = 0;
  for (let j = 0; j < 100_000_000; j++) {
    const weight = Math.exp(logWeight);
    sum += weight * (s.x / (s.x + j + 1)) * harmonic;
    // The weights rise until j passes y − x and fall geometrically or faster after it.
    if (j > s.y - s.x && weight < 1e-17) return sum * patienceSeconds;
    logWeight += logY - Math.log(s.x + j + 1);
    harmonic += 1 / (s.x + j + 2);
  }
  throw new RangeError('Erlang A wait summation did not converge');
}

/** Erlang A metrics for a demand answered by `agents` agents, callers' mean patience in seconds. */
export function erlangA(
  demand: QueueDemand,
  agents: number,
  answerWithinSeconds: number,
  patienceSeconds: number,
): ErlangAMetrics {
  const service = erlangAServiceMetrics(demand, agents, answerWithinSeconds, patienceSeconds);
  if (service.probabilityOfWaiting === 0) return { ...quiet(service.offeredLoad, agents, patienceSeconds) };
  const s = shape(demand, agents, patienceSeconds, erlangB(service.offeredLoad, agents));
  const waitOfAnswered = service.probabilityOfWaiting * waitOfAnsweredGivenWait(s, patienceSeconds);
  const answered = 1 - service.probabilityOfAbandonment;
  return {
    ...service,
    averageSpeedOfAnswer: answered > 0 ? waitOfAnswered / answered : 0,
    averageWaitOfAllCalls: service.probabilityOfAbandonment * patienceSeconds,
  };
}
