// Staffing a whole open season: every half hour of six weeks (2,016 intervals) with a daily and weekly
// curve peaking at thousands of calls per interval, planned with Erlang C and again with Erlang A.
// Run alone with `npx tsx bench/staffing-bench.ts`.
import { fileURLToPath } from 'node:url';
import { staffForecast, type ForecastInterval } from '../src/support/staffing/forecast-staffing.ts';

const WEEKS = 6;
const PEAK_CALLS = 4000;
const TARGET_SECONDS = 1;

/** A deterministic open-season curve: busy weekday mornings, quiet nights, the first and last weeks busiest. */
export function openSeasonForecast(weeks = WEEKS, peakCalls = PEAK_CALLS): ForecastInterval[] {
  const intervals: ForecastInterval[] = [];
  const start = Date.UTC(2024, 10, 11);
  for (let index = 0; index < weeks * 7 * 48; index++) {
    const day = Math.floor(index / 48);
    const hour = (index % 48) / 2;
    const weekday = day % 7 < 5 ? 1 : 0.35;
    const week = Math.floor(day / 7);
    const season = week === 0 || week === weeks - 1 ? 1 : 0.6;
    const daytime = hour < 7 || hour >= 21 ? 0.02 : Math.sin((Math.PI * (hour - 7)) / 14) ** 1.5;
    // A little deterministic noise, so that intervals differ and the cache does not do all the work.
    const noise = 0.9 + 0.2 * (((index * 7919) % 101) / 100);
    intervals.push({
      start: new Date(start + index * 1_800_000).toISOString(),
      calls: Math.round(peakCalls * weekday * season * daytime * noise),
    });
  }
  return intervals;
}

export interface StaffingBenchResult {
  readonly intervals: number;
  readonly peakCalls: number;
  readonly erlangCSeconds: number;
  readonly erlangASeconds: number;
  readonly peakAgents: number;
  readonly targetSeconds: number;
}

function timed<T>(work: () => T): { value: T; seconds: number } {
  const started = process.hrtime.bigint();
  const value = work();
  return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export function benchStaffing(weeks = WEEKS, peakCalls = PEAK_CALLS): StaffingBenchResult {
  const forecast = openSeasonForecast(weeks, peakCalls);
  const options = {
    intervalSeconds: 1800,
    ahtSeconds: 420,
    serviceLevel: 0.8,
    answerWithinSeconds: 30,
    maxOccupancy: 0.88,
    shrinkage: 0.3,
  };
  const c = timed(() => staffForecast(forecast, options));
  const a = timed(() => staffForecast(forecast, { ...options, patienceSeconds: 180 }));
  return {
    intervals: forecast.length,
    peakCalls: Math.max(...forecast.map((i) => i.calls)),
    erlangCSeconds: c.seconds,
    erlangASeconds: a.seconds,
    peakAgents: c.value.peakAgents,
    targetSeconds: TARGET_SECONDS,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = benchStaffing();
  process.stdout.write(
    `staffing: ${result.intervals.toLocaleString('en-US')} half-hour intervals (peak ` +
      `${result.peakCalls.toLocaleString('en-US')} calls, ${result.peakAgents.toLocaleString('en-US')} agents): ` +
      `Erlang C ${result.erlangCSeconds.toFixed(3)} s, Erlang A ${result.erlangASeconds.toFixed(3)} s ` +
      `(target < ${result.targetSeconds} s each)\n`,
  );
}
