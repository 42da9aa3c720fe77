// The plan compiled for the simulation: skills, tiers, agent groups and request types turned into
// records that point at each other by index, so the event loop never looks an identifier up. The
// records hold only what the plan says; what changes during the season lives in support-network.ts.
import { minutesOfDay } from '../plan/operating-hours.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import { arrivalCurve, type ArrivalCurve } from './arrival-curve.ts';

export const DAY = 86_400;
/** A contact's tiers are kept as bits of one byte. */
export const MAX_TIERS = 8;

export interface CompiledTier {
  readonly index: number;
  readonly partner: string;
  readonly name: string;
  /** Seconds a caller waits here before the next tier is offered the call too. */
  readonly overflowAfter: number;
  /** Open to PSHB whenever its hours are (rather than only when a contingency level opens it). */
  readonly always: boolean;
  /** By skill: the next tier down the overflow chain with agents for it, or -1. */
  readonly nextFor: Int32Array;
  /** By skill: the groups that can answer it, fewest skills first. */
  readonly serversFor: readonly (readonly number[])[];
  /** The tier's opening and closing, in seconds from each open day's midnight. */
  readonly opensAt: number;
  readonly closesAt: number;
  readonly weekdays: readonly string[];
}

export interface CompiledGroup {
  readonly index: number;
  readonly tier: number;
  readonly skills: Int32Array;
  /** Agents on the phones: the plan's, scaled, less shrinkage. */
  readonly agents: number;
}

export interface CompiledRequestType {
  /** The share of contacts of this type and those before it; the last is exactly 1. */
  readonly cumulative: number;
  readonly skill: number;
  readonly ahtSeconds: number;
  readonly containment: number;
  /** The tier a queued contact enters at, or -1 when the menu refers it. */
  readonly entryTier: number;
  /** The partner the menu refers it to (index into referralPartners), or -1 when it queues. */
  readonly referral: number;
}

export interface CompiledPlan {
  readonly plan: SupportPlan;
  readonly seed: number;
  readonly forecastContacts: number;
  /** Agents and queue thresholds are multiplied by this to size a larger network. */
  readonly scale: number;
  readonly curve: ArrivalCurve;
  readonly dayCount: number;
  readonly skillCount: number;
  readonly tiers: readonly CompiledTier[];
  readonly groups: readonly CompiledGroup[];
  readonly types: readonly CompiledRequestType[];
  readonly referralPartners: readonly string[];
  readonly tierIndex: ReadonlyMap<string, number>;
  readonly groupIndex: ReadonlyMap<string, number>;
  readonly typeIndex: ReadonlyMap<string, number>;
}

export interface CompileOptions {
  readonly seed?: number;
  readonly contacts?: number;
  readonly scaleStaff?: boolean;
}

export function compilePlan(plan: SupportPlan, options: CompileOptions = {}): CompiledPlan {
  const forecastContacts = options.contacts ?? plan.demand.totalContacts;
  const scale = options.scaleStaff ? forecastContacts / plan.demand.totalContacts : 1;
  const curve = arrivalCurve(plan, forecastContacts);
  const skillIndex = new Map(plan.skills.map((s, i) => [s.id, i]));
  const routingTiers = plan.routing.tiers;
  if (routingTiers.length > MAX_TIERS) throw new RangeError(`at most ${MAX_TIERS} tiers can be simulated`);
  const tierIndex = new Map(routingTiers.map((t, i) => [t.partner, i]));
  const { groups, groupIndex } = compileGroups(plan, skillIndex, scale);
  const skillCount = plan.skills.length;
  const serversFor = routingTiers.map((_, t) =>
    Array.from({ length: skillCount }, (_, s) =>
      groups.filter((g) => g.tier === t && g.skills.includes(s)).map((g) => g.index),
    ),
  );
  const tiers = routingTiers.map((tier, t): CompiledTier => {
    const partner = partnerOf(plan, tier.partner);
    const hours = partner.hours!;
    return {
      index: t,
      partner: tier.partner,
      name: partner.name,
      overflowAfter: tier.overflowAfterSeconds ?? Number.POSITIVE_INFINITY,
      always: tier.opens === 'always',
      nextFor: Int32Array.from({ length: skillCount }, (_, s) => {
        let next = tier.overflowTo === null ? -1 : tierIndex.get(tier.overflowTo)!;
        while (next >= 0 && serversFor[next]![s]!.length === 0) {
          const after = routingTiers[next]!.overflowTo;
          next = after === null ? -1 : tierIndex.get(after)!;
        }
        return next;
      }),
      serversFor: serversFor[t]!,
      opensAt: minutesOfDay(hours.open) * 60,
      closesAt: minutesOfDay(hours.close) * 60,
      weekdays: hours.days,
    };
  });
  const { types, referralPartners } = compileRequestTypes(plan, skillIndex, tierIndex);
  return {
    plan,
    seed: options.seed ?? 1,
    forecastContacts,
    scale,
    curve,
    dayCount: curve.days.length,
    skillCount,
    tiers,
    groups,
    types,
    referralPartners,
    tierIndex,
    groupIndex,
    typeIndex: new Map(plan.requestTypes.map((r, i) => [r.id, i])),
  };
}

function partnerOf(plan: SupportPlan, id: string): SupportPlan['partners'][number] {
  return plan.partners.find((p) => p.id === id)!;
}

function compileGroups(
  plan: SupportPlan,
  skillIndex: ReadonlyMap<string, number>,
  scale: number,
): { groups: CompiledGroup[]; groupIndex: Map<string, number> } {
  const groups: CompiledGroup[] = [];
  const groupIndex = new Map<string, number>();
  plan.routing.tiers.forEach((tier, t) => {
    const staff = partnerOf(plan, tier.partner).staff!;
    // Agents with fewer skills are offered a contact first, keeping the versatile ones free.
    const sorted = [...staff.groups].sort((a, b) => a.skills.length - b.skills.length);
    for (const group of sorted) {
      groupIndex.set(`${tier.partner}/${group.id}`, groups.length);
      groups.push({
        index: groups.length,
        tier: t,
        skills: Int32Array.from(group.skills, (s) => skillIndex.get(s)!),
        agents: Math.round(group.agents * scale * (1 - staff.shrinkage)),
      });
    }
  });
  return { groups, groupIndex };
}

function compileRequestTypes(
  plan: SupportPlan,
  skillIndex: ReadonlyMap<string, number>,
  tierIndex: ReadonlyMap<string, number>,
): { types: CompiledRequestType[]; referralPartners: string[] } {
  const optionByType = new Map(plan.ivr.options.map((o) => [o.requestType, o]));
  const ruleByType = new Map(plan.routing.rules.map((r) => [r.requestType, r]));
  const referralPartners: string[] = [];
  let cumulative = 0;
  const types = plan.requestTypes.map((type, i): CompiledRequestType => {
    cumulative += type.share;
    const rule = ruleByType.get(type.id)!;
    if (rule.route !== 'queue' && !referralPartners.includes(rule.referTo))
      referralPartners.push(rule.referTo);
    return {
      cumulative: i === plan.requestTypes.length - 1 ? 1 : cumulative,
      skill: skillIndex.get(type.skill)!,
      ahtSeconds: type.ahtSeconds,
      containment: optionByType.get(type.id)?.selfServiceContainment ?? 0,
      entryTier: rule.route === 'queue' ? tierIndex.get(rule.entryTier)! : -1,
      referral: rule.route === 'queue' ? -1 : referralPartners.indexOf(rule.referTo),
    };
  });
  return { types, referralPartners };
}
