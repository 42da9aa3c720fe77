// Staffing for a whole forecast: every interval planned on its own, because Erlang models assume
// steady arrivals within an interval and a day's calls are anything but steady across intervals.
import type { ServiceTarget } from './minimum-agents.ts';
import { scheduledAgents } from './shrinkage.ts';
import { staffInterval } from './staffing-plan.ts';

export interface ForecastInterval {
  /** When the interval starts, as the forecast names it (e.g. an ISO date-time); carried through. */
  readonly start?: string;
  readonly calls: number;
  /** This interval's handle time when it differs from the forecast's. */
  readonly ahtSeconds?: number;
}

export interface ForecastStaffingOptions extends ServiceTarget {
  readonly intervalSeconds: number;
  readonly ahtSeconds: number;
  readonly shrinkage?: number | undefined;
  /** When given, Erlang A with this mean patience; otherwise Erlang C. */
  readonly patienceSeconds?: number | undefined;
}

export interface IntervalStaffing {
  readonly start: string | null;
  readonly calls: number;
  readonly offeredLoad: number;
  readonly agents: number;
  readonly scheduled: number;
  readonly serviceLevel: number;
  readonly probabilityOfWaiting: number;
  readonly averageSpeedOfAnswer: number;
  readonly occupancy: number;
  readonly probabilityOfAbandonment: number | null;
}

export interface ForecastStaffing {
  readonly model: 'erlang-c' | 'erlang-a';
  readonly intervals: readonly IntervalStaffing[];
  readonly totalCalls: number;
  readonly peakAgents: number;
  readonly peakScheduled: number;
  /** Agent-hours on the phones and scheduled, over the whole forecast. */
  readonly agentHours: number;
  readonly scheduledHours: number;
}

type Staffed = Omit<IntervalStaffing, 'start' | 'calls'>;

/** One interval as the one-interval plan staffs it (staffing-plan.ts), without its explanation. */
function staffOne(calls: number, ahtSeconds: number, options: ForecastStaffingOptions): Staffed {
  const { agents, metrics } = staffInterval({ ...options, calls, ahtSeconds });
  return {
    offeredLoad: metrics.offeredLoad,
    agents,
    scheduled: scheduledAgents(agents, options.shrinkage ?? 0),
    serviceLevel: metrics.serviceLevel,
    probabilityOfWaiting: metrics.probabilityOfWaiting,
    averageSpeedOfAnswer: metrics.averageSpeedOfAnswer,
    occupancy: metrics.occupancy,
    probabilityOfAbandonment: metrics.probabilityOfAbandonment ?? null,
  };
}

export function staffForecast(
  intervals: readonly ForecastInterval[],
  options: ForecastStaffingOptions,
): ForecastStaffing {
  // Forecasts repeat themselves (nights at zero, the same weekday shape week after week).
  const seen = new Map<string, Staffed>();
  const staffed: IntervalStaffing[] = [];
  let totalCalls = 0;
  let peakAgents = 0;
  let peakScheduled = 0;
  let agentIntervals = 0;
  let scheduledIntervals = 0;
  for (const interval of intervals) {
    const aht = interval.ahtSeconds ?? options.ahtSeconds;
    const key = `${interval.calls}|${aht}`;
    let result = seen.get(key);
    if (result === undefined) {
      result = staffOne(interval.calls, aht, options);
      seen.set(key, result);
    }
    staffed.push({ start: interval.start ?? null, calls: interval.calls, ...result });
    totalCalls += interval.calls;
    peakAgents = Math.max(peakAgents, result.agents);
    peakScheduled = Math.max(peakScheduled, result.scheduled);
    agentIntervals += result.agents;
    scheduledIntervals += result.scheduled;
  }
  const hours = options.intervalSeconds / 3600;
  return {
    model: options.patienceSeconds === undefined ? 'erlang-c' : 'erlang-a',
    intervals: staffed,
    totalCalls,
    peakAgents,
    peakScheduled,
    agentHours: agentIntervals * hours,
    scheduledHours: scheduledIntervals * hours,
  };
}
