// A discrete-event simulation of an open season across the support network. Contacts arrive by the
// plan's forecast, the phone menu resolves some and refers others, the rest queue for an agent with
// the right skill at their entry tier; after a wait they are offered to the next tier as well, and
// whoever is free first answers. Callers hang up after an exponential patience. Every interval the
// contingency triggers are measured and levels fire or stand down, their actions taking effect at
// once. The state lives in typed arrays indexed by slot, reused as contacts leave, so a season of
// millions of contacts allocates almost nothing per contact.
import { minutesOfDay } from '../plan/operating-hours.ts';
import type { ContingencyAction, ContingencyLevel, TriggerCondition } from '../plan/contingency.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import { arrivalCurve, SLOT_SECONDS } from './arrival-curve.ts';
import { EventHeap } from './event-heap.ts';
import { Random } from './random.ts';
import { RingQueue } from './ring-queue.ts';
import type {
  Conservation,
  DayReport,
  Measures,
  NetworkMeasures,
  SimulationReport,
} from './simulation-report.ts';

export interface SimulationOptions {
  readonly seed?: number;
  /** Contacts to forecast over the season instead of the plan's total. */
  readonly contacts?: number;
  /** Scale every partner's agents (and queue thresholds) with the contacts, to size a larger network. */
  readonly scaleStaff?: boolean;
  /** Called once a simulated day is done. */
  readonly onProgress?: (daysDone: number, days: number) => void;
}

const DAY = 86_400;
const MAX_TIERS = 8;

// Event kinds.
const TIMER = 0;
const COMPLETION = 1;
const TICK = 2;
const HOURS = 3;

// Contact states.
const FREE = 0;
const WAITING = 1;
const SERVING = 2;
const CALLBACK = 3;

// Per-day statistics fields.
const OFFERED = 0;
const HANDLED = 1;
const WITHIN = 2;
const ABANDONED = 3;
const WAIT_SUM = 4;
const BUSY = 5;
const STAFFED = 6;
const CB_REQUESTED = 7;
const CB_HANDLED = 8;
const ARRIVALS = 9;
const CONTAINED = 10;
const REFERRED = 11;
const FIELDS = 12;

// Per-interval statistics fields, for the contingency triggers.
const I_RESOLVED = 0;
const I_WITHIN = 1;
const I_ABANDONED = 2;
const I_HANDLED = 3;
const I_WAIT_SUM = 4;
const I_BUSY = 5;
const I_STAFFED = 6;
const I_FIELDS = 7;

interface CompiledGroup {
  readonly tier: number;
  readonly skills: readonly number[];
  readonly agents: number;
}

export function simulateSeason(plan: SupportPlan, options: SimulationOptions = {}): SimulationReport {
  const seed = options.seed ?? 1;
  const forecastContacts = options.contacts ?? plan.demand.totalContacts;
  const scale = options.scaleStaff ? forecastContacts / plan.demand.totalContacts : 1;
  const random = new Random(seed);
  const curve = arrivalCurve(plan, forecastContacts);
  const dayCount = curve.days.length;
  const target = plan.serviceTarget;
  const answerWithin = target.answerWithinSeconds;

  // ---- The plan compiled to indices.
  const skillIndex = new Map(plan.skills.map((s, i) => [s.id, i]));
  const skillCount = plan.skills.length;
  const tiers = plan.routing.tiers;
  const tierCount = tiers.length;
  if (tierCount > MAX_TIERS) throw new RangeError(`at most ${MAX_TIERS} tiers can be simulated`);
  const tierIndex = new Map(tiers.map((t, i) => [t.partner, i]));
  const partnerById = new Map(plan.partners.map((p) => [p.id, p]));
  const tierNext = Int32Array.from(tiers, (t) => (t.overflowTo === null ? -1 : tierIndex.get(t.overflowTo)!));
  const tierOverflowAfter = Float64Array.from(
    tiers,
    (t) => t.overflowAfterSeconds ?? Number.POSITIVE_INFINITY,
  );
  const tierAlways = Uint8Array.from(tiers, (t) => (t.opens === 'always' ? 1 : 0));
  const tierContingencyOpen = new Uint8Array(tierCount);
  const tierHoursOpen = new Uint8Array(tierCount);
  const groups: CompiledGroup[] = [];
  const groupIndex = new Map<string, number>();
  tiers.forEach((tier, t) => {
    const staff = partnerById.get(tier.partner)!.staff!;
    // Agents with fewer skills are offered a contact first, keeping the versatile ones free.
    const sorted = [...staff.groups].sort((a, b) => a.skills.length - b.skills.length);
    for (const group of sorted) {
      groupIndex.set(`${tier.partner}/${group.id}`, groups.length);
      groups.push({
        tier: t,
        skills: group.skills.map((s) => skillIndex.get(s)!),
        agents: Math.round(group.agents * scale * (1 - staff.shrinkage)),
      });
    }
  });
  const groupCount = groups.length;
  const groupTier = Int32Array.from(groups, (g) => g.tier);
  const groupStaffed = Int32Array.from(groups, (g) => g.agents);
  const groupBusy = new Int32Array(groupCount);
  const groupSkills = groups.map((g) => Int32Array.from(g.skills));
  const serversOf: Int32Array[] = [];
  for (let t = 0; t < tierCount; t++)
    for (let s = 0; s < skillCount; s++)
      serversOf.push(
        Int32Array.from(groups.flatMap((g, i) => (g.tier === t && g.skills.includes(s) ? [i] : []))),
      );

  const typeCount = plan.requestTypes.length;
  const typeCumulative = new Float64Array(typeCount);
  const typeSkill = new Int32Array(typeCount);
  const typeAht = new Float64Array(typeCount);
  const typeContainment = new Float64Array(typeCount);
  const typeBoost = new Float64Array(typeCount);
  const typeEntry = new Int32Array(typeCount);
  const typeReferral = new Int32Array(typeCount);
  const referralPartners: string[] = [];
  const optionByType = new Map(plan.ivr.options.map((o) => [o.requestType, o]));
  const ruleByType = new Map(plan.routing.rules.map((r) => [r.requestType, r]));
  const typeIndex = new Map(plan.requestTypes.map((r, i) => [r.id, i]));
  let cumulative = 0;
  plan.requestTypes.forEach((type, i) => {
    cumulative += type.share;
    typeCumulative[i] = cumulative;
    typeSkill[i] = skillIndex.get(type.skill)!;
    typeAht[i] = type.ahtSeconds;
    typeContainment[i] = optionByType.get(type.id)?.selfServiceContainment ?? 0;
    const rule = ruleByType.get(type.id)!;
    if (rule.route === 'queue') {
      typeEntry[i] = tierIndex.get(rule.entryTier)!;
      typeReferral[i] = -1;
    } else {
      typeEntry[i] = -1;
      if (!referralPartners.includes(rule.referTo)) referralPartners.push(rule.referTo);
      typeReferral[i] = referralPartners.indexOf(rule.referTo);
    }
  });
  typeCumulative[typeCount - 1] = 1;

  // ---- Statistics.
  const scopes = tierCount + 1;
  const NETWORK = tierCount;
  const dayStats = new Float64Array(dayCount * scopes * FIELDS);
  const referredStats = new Float64Array(dayCount * Math.max(1, referralPartners.length));
  const intervalStats = new Float64Array(scopes * I_FIELDS);
  const addDay = (day: number, scope: number, field: number, value: number): void => {
    dayStats[(day * scopes + scope) * FIELDS + field]! += value;
  };

  // ---- Contacts, by reusable slot.
  let capacity = 1024;
  let slotArrival = new Float64Array(capacity);
  let slotPatienceEnd = new Float64Array(capacity);
  let slotEnter = new Float64Array(capacity * MAX_TIERS);
  let slotType = new Uint8Array(capacity);
  let slotDay = new Uint16Array(capacity);
  let slotState = new Uint8Array(capacity);
  let slotGeneration = new Int32Array(capacity);
  let slotJoined = new Uint8Array(capacity);
  let slotQueued = new Uint8Array(capacity);
  let slotLastTier = new Int8Array(capacity);
  let slotCallback = new Uint8Array(capacity);
  let freeSlots = new Int32Array(capacity);
  let freeCount = 0;
  let used = 0;
  const growSlots = (): void => {
    const size = capacity * 2;
    const grow = <T extends Float64Array | Uint8Array | Uint16Array | Int32Array | Int8Array>(
      from: T,
      make: (n: number) => T,
      width = 1,
    ): T => {
      const to = make(size * width);
      to.set(from);
      return to;
    };
    slotArrival = grow(slotArrival, (n) => new Float64Array(n));
    slotPatienceEnd = grow(slotPatienceEnd, (n) => new Float64Array(n));
    slotEnter = grow(slotEnter, (n) => new Float64Array(n), MAX_TIERS);
    slotType = grow(slotType, (n) => new Uint8Array(n));
    slotDay = grow(slotDay, (n) => new Uint16Array(n));
    slotState = grow(slotState, (n) => new Uint8Array(n));
    slotGeneration = grow(slotGeneration, (n) => new Int32Array(n));
    slotJoined = grow(slotJoined, (n) => new Uint8Array(n));
    slotQueued = grow(slotQueued, (n) => new Uint8Array(n));
    slotLastTier = grow(slotLastTier, (n) => new Int8Array(n));
    slotCallback = grow(slotCallback, (n) => new Uint8Array(n));
    freeSlots = grow(freeSlots, (n) => new Int32Array(n));
    capacity = size;
  };
  const allocate = (): number => {
    if (freeCount > 0) return freeSlots[--freeCount]!;
    if (used === capacity) growSlots();
    return used++;
  };
  const release = (slot: number): void => {
    slotState[slot] = FREE;
    slotGeneration[slot] = (slotGeneration[slot]! + 1) | 0;
    freeSlots[freeCount++] = slot;
  };

  // ---- Queues: live callers per tier and skill, and callers waiting for a callback.
  const queues = Array.from({ length: tierCount * skillCount }, () => new RingQueue());
  const queueLive = new Int32Array(tierCount * skillCount);
  const callbacks = Array.from({ length: tierCount * skillCount }, () => new RingQueue());
  const tierWaiting = new Int32Array(tierCount);
  let networkWaiting = 0;
  const callbackThreshold = new Float64Array(tierCount).fill(Number.POSITIVE_INFINITY);
  const callbackAcceptance = new Float64Array(tierCount);

  // ---- Agents' time, integrated while each tier is open.
  const tierBusy = new Int32Array(tierCount);
  const tierStaffed = new Int32Array(tierCount);
  for (let g = 0; g < groupCount; g++) tierStaffed[groupTier[g]!]! += groupStaffed[g]!;
  const tierSince = new Float64Array(tierCount);
  let now = 0;
  // A contingency tier's agents work their own lines until it opens: only time open to PSHB counts.
  const account = (t: number): void => {
    if (tierHoursOpen[t] && (tierAlways[t] || tierContingencyOpen[t])) {
      const span = now - tierSince[t]!;
      if (span > 0) {
        const day = Math.min(dayCount - 1, Math.floor(tierSince[t]! / DAY));
        const busy = tierBusy[t]! * span;
        const staffed = tierStaffed[t]! * span;
        addDay(day, t, BUSY, busy);
        addDay(day, t, STAFFED, staffed);
        addDay(day, NETWORK, BUSY, busy);
        addDay(day, NETWORK, STAFFED, staffed);
        intervalStats[t * I_FIELDS + I_BUSY]! += busy;
        intervalStats[t * I_FIELDS + I_STAFFED]! += staffed;
        intervalStats[NETWORK * I_FIELDS + I_BUSY]! += busy;
        intervalStats[NETWORK * I_FIELDS + I_STAFFED]! += staffed;
      }
    }
    tierSince[t] = now;
  };

  const heap = new EventHeap();
  let events = 0;

  const tierActive = (t: number): boolean =>
    tierHoursOpen[t] === 1 && (tierAlways[t] === 1 || tierContingencyOpen[t] === 1);

  const freeServer = (t: number, skill: number): number => {
    const servers = serversOf[t * skillCount + skill]!;
    for (let i = 0; i < servers.length; i++) {
      const g = servers[i]!;
      if (groupBusy[g]! < groupStaffed[g]!) return g;
    }
    return -1;
  };

  /** The contact leaves every queue it waits in; each tier it was offered to counts it resolved. */
  const leaveQueues = (slot: number): void => {
    const queued = slotQueued[slot]!;
    const joined = slotJoined[slot]!;
    const skill = typeSkill[slotType[slot]!]!;
    for (let t = 0; t < tierCount; t++) {
      const bit = 1 << t;
      if (queued & bit) {
        queueLive[t * skillCount + skill]!--;
        tierWaiting[t]!--;
      }
      if (joined & bit) intervalStats[t * I_FIELDS + I_RESOLVED]!++;
    }
    if (queued) networkWaiting--;
    intervalStats[NETWORK * I_FIELDS + I_RESOLVED]!++;
    slotQueued[slot] = 0;
  };

  const startService = (g: number, slot: number): void => {
    const t = groupTier[g]!;
    const type = slotType[slot]!;
    const day = slotDay[slot]!;
    if (slotCallback[slot]) {
      addDay(day, t, CB_HANDLED, 1);
      addDay(day, NETWORK, CB_HANDLED, 1);
    } else {
      leaveQueues(slot);
      const wait = now - slotArrival[slot]!;
      const tierWait = now - slotEnter[slot * MAX_TIERS + t]!;
      addDay(day, NETWORK, HANDLED, 1);
      addDay(day, NETWORK, WAIT_SUM, wait);
      addDay(day, t, HANDLED, 1);
      addDay(day, t, WAIT_SUM, tierWait);
      const n = NETWORK * I_FIELDS;
      intervalStats[n + I_HANDLED]!++;
      intervalStats[n + I_WAIT_SUM]! += wait;
      const i = t * I_FIELDS;
      intervalStats[i + I_HANDLED]!++;
      intervalStats[i + I_WAIT_SUM]! += tierWait;
      if (wait <= answerWithin) {
        addDay(day, NETWORK, WITHIN, 1);
        intervalStats[n + I_WITHIN]!++;
      }
      if (tierWait <= answerWithin) {
        addDay(day, t, WITHIN, 1);
        intervalStats[i + I_WITHIN]!++;
      }
    }
    slotState[slot] = SERVING;
    account(t);
    groupBusy[g]!++;
    tierBusy[t]!++;
    heap.push(now + random.exponential(typeAht[type]!), COMPLETION, g, slot);
  };

  /** Offers a contact to tier t: answered at once, or queued there with its next timer. */
  const join = (slot: number, t: number): void => {
    const skill = typeSkill[slotType[slot]!]!;
    slotJoined[slot]! |= 1 << t;
    slotLastTier[slot] = t;
    slotEnter[slot * MAX_TIERS + t] = now;
    addDay(slotDay[slot]!, t, OFFERED, 1);
    const g = freeServer(t, skill);
    if (g >= 0) {
      startService(g, slot);
      return;
    }
    const q = t * skillCount + skill;
    if (
      slotQueued[slot] === 0 &&
      queueLive[q]! >= callbackThreshold[t]! &&
      random.next() < callbackAcceptance[t]!
    ) {
      // Callbacks are offered only on arrival: someone who has already waited is not asked again.
      const day = slotDay[slot]!;
      slotState[slot] = CALLBACK;
      slotCallback[slot] = 1;
      addDay(day, t, CB_REQUESTED, 1);
      addDay(day, NETWORK, CB_REQUESTED, 1);
      leaveQueues(slot);
      callbacks[q]!.push(slot, slotGeneration[slot]!);
      return;
    }
    if (slotQueued[slot] === 0) networkWaiting++;
    slotQueued[slot]! |= 1 << t;
    queues[q]!.push(slot, slotGeneration[slot]!);
    queueLive[q]!++;
    tierWaiting[t]!++;
    scheduleTimer(slot, t);
  };

  const scheduleTimer = (slot: number, t: number): void => {
    const next = nextTierFor(t, typeSkill[slotType[slot]!]!);
    const overflowAt = next >= 0 ? now + tierOverflowAfter[t]! : Number.POSITIVE_INFINITY;
    heap.push(Math.min(slotPatienceEnd[slot]!, overflowAt), TIMER, slot, slotGeneration[slot]!);
  };

  const nextTierFor = (t: number, skill: number): number => {
    let next = tierNext[t]!;
    while (next >= 0 && serversOf[next * skillCount + skill]!.length === 0) next = tierNext[next]!;
    return next;
  };

  const abandon = (slot: number): void => {
    const day = slotDay[slot]!;
    const joined = slotJoined[slot]!;
    for (let t = 0; t < tierCount; t++) if (joined & (1 << t)) intervalStats[t * I_FIELDS + I_ABANDONED]!++;
    intervalStats[NETWORK * I_FIELDS + I_ABANDONED]!++;
    leaveQueues(slot);
    addDay(day, slotLastTier[slot]!, ABANDONED, 1);
    addDay(day, NETWORK, ABANDONED, 1);
    release(slot);
  };

  const onTimer = (slot: number, generation: number): void => {
    if (slotGeneration[slot] !== generation || slotState[slot] !== WAITING) return;
    if (now >= slotPatienceEnd[slot]!) {
      abandon(slot);
      return;
    }
    const last = slotLastTier[slot]!;
    const next = nextTierFor(last, typeSkill[slotType[slot]!]!);
    if (next < 0) {
      heap.push(slotPatienceEnd[slot]!, TIMER, slot, generation);
    } else if (!tierActive(next)) {
      // The next tier is closed for now: look again after the same wait, in case a level opens it.
      heap.push(Math.min(slotPatienceEnd[slot]!, now + tierOverflowAfter[last]!), TIMER, slot, generation);
    } else {
      join(slot, next);
    }
  };

  /** Gives free agents of group g the longest-waiting caller they can answer, then callbacks. */
  const dispatch = (g: number): void => {
    const t = groupTier[g]!;
    const skills = groupSkills[g]!;
    while (groupBusy[g]! < groupStaffed[g]!) {
      let best = -1;
      let bestArrival = Number.POSITIVE_INFINITY;
      for (let k = 0; k < skills.length; k++) {
        const queue = queues[t * skillCount + skills[k]!]!;
        while (queue.size > 0) {
          const slot = queue.headSlot;
          if (slotGeneration[slot] === queue.headGeneration && slotState[slot] === WAITING) break;
          queue.shift();
        }
        if (queue.size > 0 && slotArrival[queue.headSlot]! < bestArrival) {
          best = k;
          bestArrival = slotArrival[queue.headSlot]!;
        }
      }
      if (best >= 0) {
        const queue = queues[t * skillCount + skills[best]!]!;
        const slot = queue.headSlot;
        queue.shift();
        startService(g, slot);
        continue;
      }
      if (!tierHoursOpen[t]) return;
      let oldest = -1;
      let oldestArrival = Number.POSITIVE_INFINITY;
      for (let k = 0; k < skills.length; k++) {
        const queue = callbacks[t * skillCount + skills[k]!]!;
        if (queue.size > 0 && slotArrival[queue.headSlot]! < oldestArrival) {
          oldest = k;
          oldestArrival = slotArrival[queue.headSlot]!;
        }
      }
      if (oldest < 0) return;
      const queue = callbacks[t * skillCount + skills[oldest]!]!;
      const slot = queue.headSlot;
      queue.shift();
      startService(g, slot);
    }
  };

  const onCompletion = (g: number, slot: number): void => {
    const t = groupTier[g]!;
    account(t);
    groupBusy[g]!--;
    tierBusy[t]!--;
    release(slot);
    dispatch(g);
  };

  const arrive = (): void => {
    const day = Math.min(dayCount - 1, Math.floor(now / DAY));
    addDay(day, NETWORK, ARRIVALS, 1);
    const u = random.next();
    let type = 0;
    while (typeCumulative[type]! <= u && type < typeCount - 1) type++;
    if (random.next() < typeContainment[type]! + typeBoost[type]!) {
      addDay(day, NETWORK, CONTAINED, 1);
      return;
    }
    const entry = typeEntry[type]!;
    if (entry < 0) {
      addDay(day, NETWORK, REFERRED, 1);
      referredStats[day * referralPartners.length + typeReferral[type]!]!++;
      return;
    }
    addDay(day, NETWORK, OFFERED, 1);
    const slot = allocate();
    slotArrival[slot] = now;
    slotPatienceEnd[slot] = now + random.exponential(plan.demand.patienceSeconds);
    slotType[slot] = type;
    slotDay[slot] = day;
    slotState[slot] = WAITING;
    slotJoined[slot] = 0;
    slotQueued[slot] = 0;
    slotCallback[slot] = 0;
    join(slot, entry);
  };

  // ---- Arrivals: a Poisson process with a rate constant within each quarter hour.
  const rates = curve.rates;
  const nextArrival = (from: number): number => {
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
  };

  // ---- Opening hours of each tier.
  tiers.forEach((tier, t) => {
    const hours = partnerById.get(tier.partner)!.hours!;
    const open = minutesOfDay(hours.open) * 60;
    const close = minutesOfDay(hours.close) * 60;
    curve.days.forEach((day, d) => {
      if (!day.open || !hours.days.includes(day.weekday)) return;
      heap.push(d * DAY + open, HOURS, t, 1);
      heap.push(d * DAY + close, HOURS, t, 0);
    });
  });

  // ---- Contingency levels.
  const intervalSeconds = plan.contingency.intervalMinutes * 60;
  const ivrOpen = minutesOfDay(plan.ivr.hours.open) * 60;
  const ivrClose = minutesOfDay(plan.ivr.hours.close) * 60;
  const levels = plan.contingency.levels;
  const levelActive = new Uint8Array(levels.length);
  const conditionRuns = levels.map((level) => new Int32Array(level.triggers.length));
  const clearRuns = new Int32Array(levels.length);
  const firings: { level: number; at: number; trigger: string; value: number; releasedAt: number | null }[] =
    [];
  const openFiring = new Int32Array(levels.length).fill(-1);
  const scopeOf = (scope: string): number => (scope === 'network' ? NETWORK : tierIndex.get(scope)!);
  const measure = (condition: TriggerCondition): number | null => {
    const scope = scopeOf(condition.scope);
    const base = scope * I_FIELDS;
    const resolved = intervalStats[base + I_RESOLVED]!;
    switch (condition.metric) {
      case 'service-level':
        return resolved > 0 ? intervalStats[base + I_WITHIN]! / resolved : null;
      case 'abandonment-rate':
        return resolved > 0 ? intervalStats[base + I_ABANDONED]! / resolved : null;
      case 'average-speed-of-answer': {
        const handled = intervalStats[base + I_HANDLED]!;
        return handled > 0 ? intervalStats[base + I_WAIT_SUM]! / handled : null;
      }
      case 'occupancy': {
        const staffed = intervalStats[base + I_STAFFED]!;
        return staffed > 0 ? intervalStats[base + I_BUSY]! / staffed : null;
      }
      case 'queue-length':
        return scope === NETWORK ? networkWaiting : tierWaiting[scope]!;
    }
  };
  const thresholdOf = (condition: TriggerCondition): number =>
    condition.metric === 'queue-length' ? condition.threshold * scale : condition.threshold;

  const applyAction = (action: ContingencyAction, on: boolean): void => {
    const sign = on ? 1 : -1;
    switch (action.type) {
      case 'open-overflow': {
        account(tierIndex.get(action.tier)!);
        tierContingencyOpen[tierIndex.get(action.tier)!] = on ? 1 : 0;
        break;
      }
      case 'offer-callbacks': {
        const t = tierIndex.get(action.partner)!;
        callbackThreshold[t] = on ? action.whenQueueAbove * scale : Number.POSITIVE_INFINITY;
        callbackAcceptance[t] = on ? action.acceptance : 0;
        break;
      }
      case 'overtime': {
        const g = groupIndex.get(`${action.partner}/${action.group}`);
        if (g === undefined) break;
        const t = groupTier[g]!;
        account(t);
        const agents = Math.round(action.agents * scale) * sign;
        groupStaffed[g]! += agents;
        tierStaffed[t]! += agents;
        if (on) dispatch(g);
        break;
      }
      case 'ivr-message':
        for (const id of action.requestTypes)
          typeBoost[typeIndex.get(id)!]! += sign * action.containmentIncrease;
        break;
      case 'escalate':
        break;
    }
  };
  const describeAction = (action: ContingencyAction): string => {
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
  };

  const evaluateLevels = (): void => {
    levels.forEach((level: ContingencyLevel, l) => {
      const runs = conditionRuns[l]!;
      let firedBy = -1;
      let firedValue = 0;
      let anyHolds = false;
      level.triggers.forEach((condition, c) => {
        const value = measure(condition);
        const holds =
          value !== null &&
          (condition.comparison === 'below'
            ? value < thresholdOf(condition)
            : value > thresholdOf(condition));
        runs[c] = holds ? runs[c]! + 1 : 0;
        if (holds) anyHolds = true;
        if (holds && runs[c]! >= condition.forIntervals && firedBy < 0) {
          firedBy = c;
          firedValue = value;
        }
      });
      if (!levelActive[l]) {
        if (firedBy < 0) return;
        levelActive[l] = 1;
        clearRuns[l] = 0;
        for (const action of level.actions) applyAction(action, true);
        const c = level.triggers[firedBy]!;
        openFiring[l] = firings.length;
        firings.push({
          level: l,
          at: now,
          trigger: `${c.metric} of ${c.scope} ${c.comparison} ${c.threshold} for ${c.forIntervals} interval(s)`,
          value: firedValue,
          releasedAt: null,
        });
        return;
      }
      clearRuns[l] = anyHolds ? 0 : clearRuns[l]! + 1;
      if (clearRuns[l]! >= level.releaseAfterIntervals) {
        levelActive[l] = 0;
        for (const action of level.actions) applyAction(action, false);
        firings[openFiring[l]!]!.releasedAt = now;
      }
    });
  };

  const onTick = (): void => {
    for (let t = 0; t < tierCount; t++) account(t);
    const clock = now % DAY;
    const day = Math.floor(now / DAY);
    // Only intervals the phone menu was open in are measured: a quiet night says nothing.
    if (clock > ivrOpen && clock <= ivrClose && curve.days[day]?.open) evaluateLevels();
    intervalStats.fill(0);
    if (clock === 0 && options.onProgress) options.onProgress(day, dayCount);
    const next = now + intervalSeconds;
    if (next <= dayCount * DAY) heap.push(next, TICK, 0, 0);
  };

  const onHours = (t: number, open: number): void => {
    account(t);
    tierHoursOpen[t] = open;
    if (open) for (let g = 0; g < groupCount; g++) if (groupTier[g] === t) dispatch(g);
  };

  // ---- The run.
  heap.push(intervalSeconds, TICK, 0, 0);
  let arrival = nextArrival(0);
  for (;;) {
    const eventTime = heap.peekTime();
    if (arrival === Number.POSITIVE_INFINITY && eventTime === Number.POSITIVE_INFINITY) break;
    events++;
    if (arrival <= eventTime) {
      now = arrival;
      arrive();
      arrival = nextArrival(now);
      continue;
    }
    now = eventTime;
    const kind = heap.topKind;
    const first = heap.topFirst;
    const second = heap.topSecond;
    heap.pop();
    if (kind === TIMER) onTimer(first, second);
    else if (kind === COMPLETION) onCompletion(first, second);
    else if (kind === TICK) onTick();
    else onHours(first, second);
  }
  options.onProgress?.(dayCount, dayCount);

  return buildReport();

  function buildReport(): SimulationReport {
    const field = (day: number, scope: number, f: number): number =>
      dayStats[(day * scopes + scope) * FIELDS + f]!;
    const measures = (get: (f: number) => number): Measures => {
      const offered = get(OFFERED);
      const handled = get(HANDLED);
      const staffed = get(STAFFED);
      return {
        offered,
        handled,
        answeredWithinTarget: get(WITHIN),
        abandoned: get(ABANDONED),
        serviceLevel: offered > 0 ? get(WITHIN) / offered : null,
        asaSeconds: handled > 0 ? get(WAIT_SUM) / handled : null,
        abandonmentRate: offered > 0 ? get(ABANDONED) / offered : null,
        occupancy: staffed > 0 ? get(BUSY) / staffed : null,
        busySeconds: get(BUSY),
        callbacksRequested: get(CB_REQUESTED),
        callbacksHandled: get(CB_HANDLED),
      };
    };
    const network = (get: (f: number) => number, referred: (r: number) => number): NetworkMeasures => ({
      arrivals: get(ARRIVALS),
      contained: get(CONTAINED),
      referred: Object.fromEntries(referralPartners.map((id, r) => [id, referred(r)])),
      ...measures(get),
    });
    const meets = (m: Measures): boolean => m.serviceLevel === null || m.serviceLevel >= target.serviceLevel;
    const days: DayReport[] = [];
    curve.days.forEach((day, d) => {
      if (!day.open) return;
      const net = network(
        (f) => field(d, NETWORK, f),
        (r) => referredStats[d * referralPartners.length + r]!,
      );
      days.push({
        date: day.date,
        network: net,
        partners: Object.fromEntries(tiers.map((tier, t) => [tier.partner, measures((f) => field(d, t, f))])),
        meetsTarget: meets(net),
      });
    });
    const total = (scope: number, f: number): number => {
      let sum = 0;
      for (let d = 0; d < dayCount; d++) sum += field(d, scope, f);
      return sum;
    };
    const totalReferred = (r: number): number => {
      let sum = 0;
      for (let d = 0; d < dayCount; d++) sum += referredStats[d * referralPartners.length + r]!;
      return sum;
    };
    const seasonNetwork = network((f) => total(NETWORK, f), totalReferred);
    const referred = Object.values(seasonNetwork.referred).reduce((a, b) => a + b, 0);
    const conservation: Conservation = {
      arrivals: seasonNetwork.arrivals,
      contained: seasonNetwork.contained,
      referred,
      queued: seasonNetwork.offered,
      handled: seasonNetwork.handled,
      abandoned: seasonNetwork.abandoned,
      callbacksRequested: seasonNetwork.callbacksRequested,
      callbacksHandled: seasonNetwork.callbacksHandled,
      callbacksPending: seasonNetwork.callbacksRequested - seasonNetwork.callbacksHandled,
      balanced:
        seasonNetwork.arrivals === seasonNetwork.contained + referred + seasonNetwork.offered &&
        seasonNetwork.offered ===
          seasonNetwork.handled + seasonNetwork.abandoned + seasonNetwork.callbacksRequested &&
        networkWaiting === 0,
    };
    const seasonSl = seasonNetwork.serviceLevel ?? 1;
    return {
      plan: { id: plan.id, name: plan.name, version: plan.version },
      seed,
      forecastContacts,
      staffScale: scale,
      target: {
        serviceLevel: target.serviceLevel,
        answerWithinSeconds: target.answerWithinSeconds,
        maxAbandonmentRate: target.maxAbandonmentRate,
      },
      partners: tiers.map((tier, t) => ({
        id: tier.partner,
        name: partnerById.get(tier.partner)!.name,
        agents: groups.reduce((sum, g) => sum + (g.tier === t ? g.agents : 0), 0),
      })),
      days,
      season: {
        network: seasonNetwork,
        partners: Object.fromEntries(tiers.map((tier, t) => [tier.partner, measures((f) => total(t, f))])),
        meetsServiceLevel: seasonSl >= target.serviceLevel,
        meetsAbandonment: (seasonNetwork.abandonmentRate ?? 0) <= target.maxAbandonmentRate,
        serviceLevelGap: seasonSl - target.serviceLevel,
        daysMeetingTarget: days.filter((d) => d.meetsTarget).length,
        openDays: days.length,
      },
      contingencies: firings.map((f) => ({
        level: levels[f.level]!.id,
        name: levels[f.level]!.name,
        firedAt: clockText(f.at),
        trigger: f.trigger,
        value: f.value,
        actions: levels[f.level]!.actions.map(describeAction),
        releasedAt: f.releasedAt === null ? null : clockText(f.releasedAt),
      })),
      conservation,
      events,
    };
  }

  function clockText(at: number): string {
    const day = Math.min(dayCount - 1, Math.floor(at / DAY));
    const minutes = Math.round((at - day * DAY) / 60);
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${curve.days[day]!.date} ${hh}:${mm}`;
  }
}
