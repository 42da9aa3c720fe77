// The season's clock: arrivals (a Poisson process with a rate constant within each quarter hour) and
// the heap's events (callers' timers, completions, interval ends, tiers opening and closing) taken
// in time order until both run out.
import { minutesOfDay } from '../plan/operating-hours.ts';
import { SLOT_SECONDS } from './arrival-curve.ts';
import { DAY, type CompiledPlan } from './compile-plan.ts';
import { ContingencyMonitor, type Firing } from './contingencies.ts';
import { COMPLETION, EventHeap, HOURS, TICK, TIMER } from './event-heap.ts';
import { Random } from './random.ts';
import { seasonTally, type SeasonDayTally } from './season-tally.ts';
import { SupportNetwork } from './support-network.ts';

export interface SeasonRun {
  readonly days: readonly SeasonDayTally[];
  readonly firings: readonly Firing[];
  /** Live callers still waiting when the season's events ran out (none, when all is accounted for). */
  readonly waiting: number;
  readonly events: number;
}

export function runSeason(
  compiled: CompiledPlan,
  onProgress?: (daysDone: number, days: number) => void,
): SeasonRun {
  const { plan, curve, dayCount } = compiled;
  const random = new Random(compiled.seed);
  const heap = new EventHeap();
  const days = seasonTally(dayCount, compiled.tiers.length, compiled.referralPartners.length);
  const network = new SupportNetwork(compiled, days, heap, random);
  const contingencies = new ContingencyMonitor(compiled, network);
  scheduleOpeningHours(compiled, heap);

  const intervalSeconds = plan.contingency.intervalMinutes * 60;
  const ivrOpen = minutesOfDay(plan.ivr.hours.open) * 60;
  const ivrClose = minutesOfDay(plan.ivr.hours.close) * 60;
  const onTick = (now: number): void => {
    network.accountAll();
    const clock = now % DAY;
    const day = Math.floor(now / DAY);
    // Only intervals the phone menu was open in are measured: a quiet night says nothing.
    if (clock > ivrOpen && clock <= ivrClose && curve.days[day]?.open) contingencies.evaluate(now);
    network.resetIntervals();
    if (clock === 0 && onProgress) onProgress(day, dayCount);
    const next = now + intervalSeconds;
    if (next <= dayCount * DAY) heap.push(next, TICK, 0, 0);
  };

  heap.push(intervalSeconds, TICK, 0, 0);
  let events = 0;
  let arrival = nextArrival(curve.rates, random, 0);
  for (;;) {
    const eventTime = heap.peekTime();
    if (arrival === Number.POSITIVE_INFINITY && eventTime === Number.POSITIVE_INFINITY) break;
    events++;
    if (arrival <= eventTime) {
      network.now = arrival;
      network.arrive();
      arrival = nextArrival(curve.rates, random, arrival);
      continue;
    }
    network.now = eventTime;
    const kind = heap.topKind;
    const first = heap.topFirst;
    const second = heap.topSecond;
    heap.pop();
    if (kind === TIMER) network.onTimer(first, second);
    else if (kind === COMPLETION) network.onCompletion(first, second);
    else if (kind === TICK) onTick(eventTime);
    else network.onHours(first, second);
  }
  onProgress?.(dayCount, dayCount);
  return { days, firings: contingencies.firings, waiting: network.waiting, events };
}

/** The next arrival after `from`, or Infinity once the season's rates run out. */
function nextArrival(rates: Float64Array, random: Random, from: number): number {
  let t = from;
  let k = Math.floor(t / SLOT_SECONDS);
  while (k < rates.length) {
    const rate = rates[k]!;
    const end = (k + 1) * SLOT_SECONDS;
    if (rate > 0) {
      const at = t + random.exponential(1 / rate);
      if (at < end) return at;
    }
    t = end;
    k++;
  }
  return Number.POSITIVE_INFINITY;
}

/** Each tier opens and closes on its own hours, on the days the menu is open. */
function scheduleOpeningHours(compiled: CompiledPlan, heap: EventHeap): void {
  for (const tier of compiled.tiers) {
    compiled.curve.days.forEach((day, d) => {
      if (!day.open || !tier.weekdays.includes(day.weekday)) return;
      heap.push(d * DAY + tier.opensAt, HOURS, tier.index, 1);
      heap.push(d * DAY + tier.closesAt, HOURS, tier.index, 0);
    });
  }
}
