// An open-loop load: requests sent on a fixed schedule (so many a second, evenly spaced) whatever the
// server's answers do, each latency counted from the moment its request was due. autocannon paces a
// rate by letting each connection send its quota at the start of every second, which is a burst at
// full speed and then silence; this is the steady arrival of requests a server sized for its load sees.
import { Agent, request } from 'node:http';
import type { ApiRun } from './api-load-bench.ts';

export interface SteadyRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

const TICK_MS = 1;

/** One request of a steady load: when it was due (milliseconds since the epoch) and how long it took. */
export interface TimedRequest {
  readonly at: number;
  readonly ms: number;
}

/**
 * Sends `rate` requests a second for `seconds` (fewer when `maxRequests` runs out), appending every
 * latency in milliseconds to `latencies` (and, with `timeline`, when each was due, on the wall clock that
 * other processes share), and summarizes the run as autocannon's runs are.
 */
export async function steadyLoad(
  origin: string,
  seconds: number,
  rate: number,
  nextRequest: () => SteadyRequest,
  latencies: number[],
  maxRequests = Number.POSITIVE_INFINITY,
  timeline?: TimedRequest[],
): Promise<ApiRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.min(Math.round(rate * seconds), maxRequests);
  const statuses: Record<string, number> = {};
  const own: number[] = [];
  let errors = 0;
  const started = performance.now();
  const answers: Promise<void>[] = [];
  try {
    for (let sent = 0; sent < total;) {
      const now = performance.now();
      for (; sent < total && started + (sent * 1000) / rate <= now; sent++) {
        const due = started + (sent * 1000) / rate;
        answers.push(
          send(origin, agent, nextRequest()).then(
            (status) => {
              statuses[status] = (statuses[status] ?? 0) + 1;
              const ms = performance.now() - due;
              own.push(ms);
              timeline?.push({ at: performance.timeOrigin + due, ms });
            },
            () => void errors++,
          ),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    await Promise.all(answers);
  } finally {
    agent.destroy();
  }
  latencies.push(...own);
  const elapsed = (performance.now() - started) / 1000;
  const ok = Object.entries(statuses).reduce((n, [code, count]) => (code.startsWith('2') ? n + count : n), 0);
  return {
    requests: own.length,
    seconds: Math.round(elapsed * 100) / 100,
    requestsPerSecond: own.length / elapsed,
    p50Ms: percentile(own, 0.5),
    p99Ms: percentile(own, 0.99),
    non2xx: own.length - ok,
    errors,
    timeouts: 0,
    statuses,
  };
}

/** The value below which the fraction `p` of the latencies fall (nearest rank), in ms to 0.1. */
export function percentile(latencies: readonly number[], p: number): number {
  if (latencies.length === 0) return 0;
  const sorted = Float64Array.from(latencies).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return Math.round(sorted[rank]! * 10) / 10;
}

function send(origin: string, agent: Agent, wanted: SteadyRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${origin}${wanted.path}`,
      {
        method: wanted.method,
        agent,
        headers: wanted.body
          ? { ...wanted.headers, 'content-length': String(Buffer.byteLength(wanted.body)) }
          : wanted.headers,
      },
      (response) => {
        response.on('data', () => undefined);
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(wanted.body);
  });
}
