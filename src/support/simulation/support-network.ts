// The support network during the season: contacts arrive at the phone menu, which resolves some and
// refers others; the rest queue for an agent with the right skill at their entry tier. After a wait
// they are offered to the next tier as well, and whoever is free first answers. Callers hang up after
// an exponential patience. Every change is tallied as it happens, by day and by interval.
import { DAY, MAX_TIERS, type CompiledGroup, type CompiledPlan, type CompiledTier } from './compile-plan.ts';
import { CALLBACK, ContactSlots, SERVING, WAITING } from './contact-slots.ts';
import { COMPLETION, TIMER, type EventHeap } from './event-heap.ts';
import type { Random } from './random.ts';
import { RingQueue } from './ring-queue.ts';
import { AS_DOUBLE, IntervalTally, type DayTally, type SeasonDayTally } from './season-tally.ts';

/** A tier's state: its agents' load, its queues by skill, and whether it takes PSHB's calls now. */
export class TierState {
  readonly plan: CompiledTier;
  /** This tier's figures, by day. */
  readonly days: readonly DayTally[];
  readonly interval = new IntervalTally();
  busy = 0;
  staffed = 0;
  /** When its agents' time was last added to the tallies. */
  since = AS_DOUBLE;
  // Set in the constructor (see there).
  hoursOpen = true;
  contingencyOpen = true;
  /** Live callers waiting here. */
  waiting = 0;
  callbackThreshold = Number.POSITIVE_INFINITY;
  callbackAcceptance = AS_DOUBLE;
  readonly queues: readonly RingQueue[];
  readonly queueLive: Int32Array;
  readonly callbacks: readonly RingQueue[];
  /** By skill: the groups that can answer it, fewest skills first. */
  servers: readonly (readonly GroupState[])[] = [];

  constructor(plan: CompiledTier, days: readonly DayTally[], skillCount: number) {
    this.plan = plan;
    this.days = days;
    this.queues = Array.from({ length: skillCount }, () => new RingQueue());
    this.queueLive = new Int32Array(skillCount);
    this.callbacks = Array.from({ length: skillCount }, () => new RingQueue());
    this.since = 0;
    this.callbackAcceptance = 0;
    // V8 treats a field never changed since construction as a constant of the optimized code, and throws
    // that code away when it first changes; these change during the season, so they change here first.
    this.hoursOpen = false;
    this.contingencyOpen = false;
  }

  /** A contingency tier's agents work their own lines until a level opens it to PSHB. */
  get active(): boolean {
    return this.hoursOpen && (this.plan.always || this.contingencyOpen);
  }
}

export class GroupState {
  readonly plan: CompiledGroup;
  readonly tier: TierState;
  busy = 0;
  staffed: number;

  constructor(plan: CompiledGroup, tier: TierState) {
    this.plan = plan;
    this.tier = tier;
    this.staffed = plan.agents;
  }
}

export class SupportNetwork {
  private readonly compiled: CompiledPlan;
  private readonly days: readonly SeasonDayTally[];
  private readonly heap: EventHeap;
  private readonly random: Random;
  now = AS_DOUBLE;
  /** Live callers waiting anywhere. */
  waiting = 0;
  readonly interval = new IntervalTally();
  readonly tiers: readonly TierState[];
  readonly groups: readonly GroupState[];
  /** By request type: the extra share the menu resolves while a contingency message plays. */
  readonly containmentBoost: Float64Array;
  private readonly contacts = new ContactSlots();
  private readonly networkDays: readonly DayTally[];

  constructor(compiled: CompiledPlan, days: readonly SeasonDayTally[], heap: EventHeap, random: Random) {
    this.compiled = compiled;
    this.days = days;
    this.heap = heap;
    this.random = random;
    this.networkDays = days.map((d) => d.network);
    this.tiers = compiled.tiers.map(
      (tier, t) =>
        new TierState(
          tier,
          days.map((d) => d.partners[t]!),
          compiled.skillCount,
        ),
    );
    this.groups = compiled.groups.map((group) => new GroupState(group, this.tiers[group.tier]!));
    for (const tier of this.tiers) {
      tier.servers = tier.plan.serversFor.map((list) => list.map((g) => this.groups[g]!));
      for (const group of this.groups) if (group.tier === tier) tier.staffed += group.staffed;
    }
    this.containmentBoost = new Float64Array(compiled.types.length);
    this.now = 0;
  }

  /** A contact reaches the phone menu now. */
  arrive(): void {
    const { dayCount, types } = this.compiled;
    const random = this.random;
    const day = Math.min(dayCount - 1, Math.floor(this.now / DAY));
    const tally = this.networkDays[day]!;
    tally.arrivals += 1;
    const u = random.next();
    let type = 0;
    while (types[type]!.cumulative <= u && type < types.length - 1) type++;
    const kind = types[type]!;
    if (random.next() < kind.containment + this.containmentBoost[type]!) {
      tally.contained += 1;
      return;
    }
    if (kind.entryTier < 0) {
      tally.referred += 1;
      this.days[day]!.referred[kind.referral]!++;
      return;
    }
    tally.offered += 1;
    const c = this.contacts;
    const slot = c.allocate();
    c.arrival[slot] = this.now;
    c.patienceEnd[slot] = this.now + random.exponential(this.compiled.plan.demand.patienceSeconds);
    c.type[slot] = type;
    c.day[slot] = day;
    c.state[slot] = WAITING;
    c.joined[slot] = 0;
    c.queued[slot] = 0;
    c.callback[slot] = 0;
    this.join(slot, kind.entryTier);
  }

  /** A waiting caller's timer: hang up, or be offered to the next tier if it is open. */
  onTimer(slot: number, generation: number): void {
    const c = this.contacts;
    if (c.generation[slot] !== generation || c.state[slot] !== WAITING) return;
    if (this.now >= c.patienceEnd[slot]!) {
      this.abandon(slot);
      return;
    }
    const last = this.tiers[c.lastTier[slot]!]!.plan;
    const next = last.nextFor[this.compiled.types[c.type[slot]!]!.skill]!;
    if (next < 0) {
      this.heap.push(c.patienceEnd[slot]!, TIMER, slot, generation);
    } else if (!this.tiers[next]!.active) {
      // The next tier is closed for now: look again after the same wait, in case a level opens it.
      this.heap.push(Math.min(c.patienceEnd[slot]!, this.now + last.overflowAfter), TIMER, slot, generation);
    } else {
      this.join(slot, next);
    }
  }

  onCompletion(g: number, slot: number): void {
    const group = this.groups[g]!;
    const tier = group.tier;
    this.account(tier);
    group.busy--;
    tier.busy--;
    this.contacts.release(slot);
    this.dispatch(group);
  }

  onHours(t: number, open: number): void {
    const tier = this.tiers[t]!;
    this.account(tier);
    tier.hoursOpen = open === 1;
    if (open) for (const group of this.groups) if (group.tier === tier) this.dispatch(group);
  }

  /** Adds every tier's agents' time up to now, as an interval closes. */
  accountAll(): void {
    for (const tier of this.tiers) this.account(tier);
  }

  resetIntervals(): void {
    for (const tier of this.tiers) tier.interval.reset();
    this.interval.reset();
  }

  // ---- What contingency actions change.

  openOverflow(t: number, on: boolean): void {
    const tier = this.tiers[t]!;
    this.account(tier);
    tier.contingencyOpen = on;
  }

  offerCallbacks(t: number, threshold: number, acceptance: number): void {
    const tier = this.tiers[t]!;
    tier.callbackThreshold = threshold;
    tier.callbackAcceptance = acceptance;
  }

  /** Overtime: agents join the group (or leave it, when negative); those joining take calls at once. */
  addAgents(g: number, agents: number, joining: boolean): void {
    const group = this.groups[g]!;
    this.account(group.tier);
    group.staffed += agents;
    group.tier.staffed += agents;
    if (joining) this.dispatch(group);
  }

  // ---- Contacts moving through the tiers.

  /** Offers a contact to tier t: answered at once, or queued there with its next timer. */
  private join(slot: number, t: number): void {
    const c = this.contacts;
    const tier = this.tiers[t]!;
    const skill = this.compiled.types[c.type[slot]!]!.skill;
    c.joined[slot]! |= 1 << t;
    c.lastTier[slot] = t;
    c.enter[slot * MAX_TIERS + t] = this.now;
    tier.days[c.day[slot]!]!.offered += 1;
    const group = freeServer(tier, skill);
    if (group !== null) {
      this.startService(group, slot);
      return;
    }
    if (
      c.queued[slot] === 0 &&
      tier.queueLive[skill]! >= tier.callbackThreshold &&
      this.random.next() < tier.callbackAcceptance
    ) {
      // Callbacks are offered only on arrival: someone who has already waited is not asked again.
      const day = c.day[slot]!;
      c.state[slot] = CALLBACK;
      c.callback[slot] = 1;
      tier.days[day]!.callbacksRequested += 1;
      this.networkDays[day]!.callbacksRequested += 1;
      this.leaveQueues(slot);
      tier.callbacks[skill]!.push(slot, c.generation[slot]!);
      return;
    }
    if (c.queued[slot] === 0) this.waiting++;
    c.queued[slot]! |= 1 << t;
    tier.queues[skill]!.push(slot, c.generation[slot]!);
    tier.queueLive[skill]!++;
    tier.waiting++;
    const next = tier.plan.nextFor[skill]!;
    const overflowAt = next >= 0 ? this.now + tier.plan.overflowAfter : Number.POSITIVE_INFINITY;
    this.heap.push(Math.min(c.patienceEnd[slot]!, overflowAt), TIMER, slot, c.generation[slot]!);
  }

  private startService(group: GroupState, slot: number): void {
    const c = this.contacts;
    const tier = group.tier;
    const now = this.now;
    const day = c.day[slot]!;
    const own = tier.days[day]!;
    const network = this.networkDays[day]!;
    if (c.callback[slot]) {
      own.callbacksHandled += 1;
      network.callbacksHandled += 1;
    } else {
      this.leaveQueues(slot);
      const wait = now - c.arrival[slot]!;
      const tierWait = now - c.enter[slot * MAX_TIERS + tier.plan.index]!;
      network.handled += 1;
      network.waitSum += wait;
      own.handled += 1;
      own.waitSum += tierWait;
      this.interval.handled++;
      this.interval.waitSum += wait;
      tier.interval.handled++;
      tier.interval.waitSum += tierWait;
      const answerWithin = this.compiled.plan.serviceTarget.answerWithinSeconds;
      if (wait <= answerWithin) {
        network.within += 1;
        this.interval.within++;
      }
      if (tierWait <= answerWithin) {
        own.within += 1;
        tier.interval.within++;
      }
    }
    c.state[slot] = SERVING;
    this.account(tier);
    group.busy++;
    tier.busy++;
    const aht = this.compiled.types[c.type[slot]!]!.ahtSeconds;
    this.heap.push(now + this.random.exponential(aht), COMPLETION, group.plan.index, slot);
  }

  /** The contact leaves every queue it waits in; each tier it was offered to counts it resolved. */
  private leaveQueues(slot: number): void {
    const c = this.contacts;
    const queued = c.queued[slot]!;
    const joined = c.joined[slot]!;
    const skill = this.compiled.types[c.type[slot]!]!.skill;
    for (const tier of this.tiers) {
      const bit = 1 << tier.plan.index;
      if (queued & bit) {
        tier.queueLive[skill]!--;
        tier.waiting--;
      }
      if (joined & bit) tier.interval.resolved++;
    }
    if (queued) this.waiting--;
    this.interval.resolved++;
    c.queued[slot] = 0;
  }

  private abandon(slot: number): void {
    const c = this.contacts;
    const day = c.day[slot]!;
    const joined = c.joined[slot]!;
    for (const tier of this.tiers) if (joined & (1 << tier.plan.index)) tier.interval.abandoned++;
    this.interval.abandoned++;
    this.leaveQueues(slot);
    this.tiers[c.lastTier[slot]!]!.days[day]!.abandoned += 1;
    this.networkDays[day]!.abandoned += 1;
    c.release(slot);
  }

  /** Gives free agents of a group the longest-waiting caller they can answer, then callbacks. */
  private dispatch(group: GroupState): void {
    const tier = group.tier;
    while (group.busy < group.staffed) {
      const live = this.oldestLive(tier, group.plan.skills);
      if (live !== null) {
        const slot = live.headSlot;
        live.shift();
        this.startService(group, slot);
        continue;
      }
      if (!tier.hoursOpen) return;
      const callback = this.oldestCallback(tier, group.plan.skills);
      if (callback === null) return;
      const slot = callback.headSlot;
      callback.shift();
      this.startService(group, slot);
    }
  }

  /** The tier's queue, among these skills', whose head caller has waited longest (dropping stale heads). */
  private oldestLive(tier: TierState, skills: Int32Array): RingQueue | null {
    const c = this.contacts;
    let best: RingQueue | null = null;
    let bestArrival = Number.POSITIVE_INFINITY;
    for (let k = 0; k < skills.length; k++) {
      const queue = tier.queues[skills[k]!]!;
      while (queue.size > 0) {
        const slot = queue.headSlot;
        if (c.generation[slot] === queue.headGeneration && c.state[slot] === WAITING) break;
        queue.shift();
      }
      if (queue.size > 0 && c.arrival[queue.headSlot]! < bestArrival) {
        best = queue;
        bestArrival = c.arrival[queue.headSlot]!;
      }
    }
    return best;
  }

  private oldestCallback(tier: TierState, skills: Int32Array): RingQueue | null {
    const c = this.contacts;
    let oldest: RingQueue | null = null;
    let oldestArrival = Number.POSITIVE_INFINITY;
    for (let k = 0; k < skills.length; k++) {
      const queue = tier.callbacks[skills[k]!]!;
      if (queue.size > 0 && c.arrival[queue.headSlot]! < oldestArrival) {
        oldest = queue;
        oldestArrival = c.arrival[queue.headSlot]!;
      }
    }
    return oldest;
  }

  /** Adds a tier's agents' time since it was last accounted, while it is open to PSHB. */
  private account(tier: TierState): void {
    if (tier.active) {
      const span = this.now - tier.since;
      if (span > 0) {
        const day = Math.min(this.compiled.dayCount - 1, Math.floor(tier.since / DAY));
        const busy = tier.busy * span;
        const staffed = tier.staffed * span;
        const own = tier.days[day]!;
        const network = this.networkDays[day]!;
        own.busy += busy;
        own.staffed += staffed;
        network.busy += busy;
        network.staffed += staffed;
        tier.interval.busy += busy;
        tier.interval.staffed += staffed;
        this.interval.busy += busy;
        this.interval.staffed += staffed;
      }
    }
    tier.since = this.now;
  }
}

/** The first group of the tier with a free agent for the skill, or null. */
function freeServer(tier: TierState, skill: number): GroupState | null {
  const servers = tier.servers[skill]!;
  for (let i = 0; i < servers.length; i++) {
    const group = servers[i]!;
    if (group.busy < group.staffed) return group;
  }
  return null;
}
