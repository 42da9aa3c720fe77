// The plan's contingency levels during the season. At the end of each interval every level's
// triggers are measured over that interval; a level fires when one of its triggers has held for its
// run of intervals and stands down after enough intervals in which none holds. Its actions take
// effect at once, and are undone when it stands down.
import type { ContingencyAction, ContingencyLevel, TriggerCondition } from '../plan/contingency.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import type { CompiledPlan } from './compile-plan.ts';
import type { SupportNetwork } from './support-network.ts';

export interface Firing {
  /** Index of the level in the plan. */
  readonly level: number;
  readonly at: number;
  readonly trigger: string;
  readonly value: number;
  releasedAt: number | null;
}

interface LevelState {
  active: boolean;
  /** By trigger: consecutive intervals it has held. */
  readonly runs: Int32Array;
  /** Consecutive intervals, while active, in which no trigger held. */
  clearRuns: number;
  /** The firing it is in, while active. */
  firing: Firing | null;
}

export class ContingencyMonitor {
  private readonly compiled: CompiledPlan;
  private readonly network: SupportNetwork;
  readonly firings: Firing[] = [];
  private readonly levels: readonly ContingencyLevel[];
  private readonly states: readonly LevelState[];

  constructor(compiled: CompiledPlan, network: SupportNetwork) {
    this.compiled = compiled;
    this.network = network;
    this.levels = compiled.plan.contingency.levels;
    this.states = this.levels.map((level) => ({
      active: false,
      runs: new Int32Array(level.triggers.length),
      clearRuns: 0,
      firing: null,
    }));
  }

  /** Measures the interval just ended: levels fire or stand down. */
  evaluate(now: number): void {
    this.levels.forEach((level, l) => this.evaluateLevel(level, l, this.states[l]!, now));
  }

  private evaluateLevel(level: ContingencyLevel, l: number, state: LevelState, now: number): void {
    let firedBy: TriggerCondition | null = null;
    let firedValue = 0;
    let anyHolds = false;
    for (let c = 0; c < level.triggers.length; c++) {
      const condition = level.triggers[c]!;
      const value = this.measure(condition);
      const threshold = this.thresholdOf(condition);
      const holds =
        value !== null && (condition.comparison === 'below' ? value < threshold : value > threshold);
      state.runs[c] = holds ? state.runs[c]! + 1 : 0;
      if (holds) anyHolds = true;
      if (holds && state.runs[c]! >= condition.forIntervals && firedBy === null) {
        firedBy = condition;
        firedValue = value;
      }
    }
    if (!state.active) {
      if (firedBy === null) return;
      state.active = true;
      state.clearRuns = 0;
      for (const action of level.actions) this.apply(action, true);
      const { metric, scope, comparison, threshold, forIntervals } = firedBy;
      state.firing = {
        level: l,
        at: now,
        trigger: `${metric} of ${scope} ${comparison} ${threshold} for ${forIntervals} interval(s)`,
        value: firedValue,
        releasedAt: null,
      };
      this.firings.push(state.firing);
      return;
    }
    state.clearRuns = anyHolds ? 0 : state.clearRuns + 1;
    if (state.clearRuns >= level.releaseAfterIntervals) {
      state.active = false;
      for (const action of level.actions) this.apply(action, false);
      state.firing!.releasedAt = now;
    }
  }

  /** The condition's metric over the interval just ended, or null when there is nothing to measure. */
  private measure(condition: TriggerCondition): number | null {
    const network = this.network;
    const tier = condition.scope === 'network' ? null : network.tiers[this.tierOf(condition.scope)]!;
    const tally = tier === null ? network.interval : tier.interval;
    switch (condition.metric) {
      case 'service-level':
        return tally.resolved > 0 ? tally.within / tally.resolved : null;
      case 'abandonment-rate':
        return tally.resolved > 0 ? tally.abandoned / tally.resolved : null;
      case 'average-speed-of-answer':
        return tally.handled > 0 ? tally.waitSum / tally.handled : null;
      case 'occupancy':
        return tally.staffed > 0 ? tally.busy / tally.staffed : null;
      case 'queue-length':
        return tier === null ? network.waiting : tier.waiting;
    }
  }

  /** Queue lengths grow with a scaled network; the rates do not. */
  private thresholdOf(condition: TriggerCondition): number {
    return condition.metric === 'queue-length'
      ? condition.threshold * this.compiled.scale
      : condition.threshold;
  }

  private apply(action: ContingencyAction, on: boolean): void {
    const { scale, groupIndex, typeIndex } = this.compiled;
    const sign = on ? 1 : -1;
    switch (action.type) {
      case 'open-overflow':
        this.network.openOverflow(this.tierOf(action.tier), on);
        break;
      case 'offer-callbacks':
        this.network.offerCallbacks(
          this.tierOf(action.partner),
          on ? action.whenQueueAbove * scale : Number.POSITIVE_INFINITY,
          on ? action.acceptance : 0,
        );
        break;
      case 'overtime': {
        const g = groupIndex.get(`${action.partner}/${action.group}`);
        if (g !== undefined) this.network.addAgents(g, Math.round(action.agents * scale) * sign, on);
        break;
      }
      case 'ivr-message':
        for (const id of action.requestTypes)
          this.network.containmentBoost[typeIndex.get(id)!]! += sign * action.containmentIncrease;
        break;
      case 'escalate':
        break;
    }
  }

  private tierOf(partner: string): number {
    return this.compiled.tierIndex.get(partner)!;
  }
}

/** An action as the report lists it. */
export function describeAction(plan: SupportPlan, action: ContingencyAction): string {
  switch (action.type) {
    case 'open-overflow':
      return `open overflow to ${action.tier}`;
    case 'offer-callbacks':
      return `offer callbacks at ${action.partner} when more than ${action.whenQueueAbove} wait`;
    case 'overtime':
      return `overtime: ${action.agents} more agents in ${action.partner}/${action.group}`;
    case 'ivr-message':
      return `play message ${action.message}`;
    case 'escalate':
      return `escalate: ${plan.escalationPaths.find((p) => p.id === action.path)?.name ?? action.path}`;
  }
}
