// The routing's cross-references: each tier belongs to a partner with staff and hours, overflow tiers
// form chains without loops, each request type has one rule whose entry tier is always open and can
// answer it, and the contingency levels watch and act on tiers, groups and messages that exist.
import type { ContingencyLevel } from './contingency.ts';
import type { PlanReferences } from './plan-references.ts';

/** Longest overflow chain the simulation follows. */
export const MAX_TIER_CHAIN = 8;

const RATIO_METRICS = new Set(['service-level', 'abandonment-rate', 'occupancy']);

/** Checks the tiers and their overflow; returns each partner's tier index. */
export function checkTiers(refs: PlanReferences): Map<string, number> {
  const tiers = refs.plan.routing.tiers;
  const tierByPartner = new Map<string, number>();
  tiers.forEach((tier, index) => {
    const field = `routing.tiers[${index}]`;
    if (tierByPartner.has(tier.partner))
      refs.problem(`${field}.partner`, `partner "${tier.partner}" already has a tier`);
    tierByPartner.set(tier.partner, index);
    if (!refs.knownPartner(`${field}.partner`, tier.partner)) return;
    const partner = refs.partnerById.get(tier.partner)!;
    if (!partner.staff)
      refs.problem(`${field}.partner`, `partner "${tier.partner}" has no staff to answer a tier`);
    if (!partner.hours)
      refs.problem(`${field}.partner`, `partner "${tier.partner}" has no hours to answer a tier`);
    if ((tier.overflowTo === null) !== (tier.overflowAfterSeconds === null))
      refs.problem(
        `${field}.overflowAfterSeconds`,
        'give overflowAfterSeconds exactly when overflowTo is set',
      );
  });
  checkOverflowTargets(refs, tierByPartner);
  checkOverflowChains(refs, tierByPartner);
  return tierByPartner;
}

/** Each tier overflows to a tier that exists, and no tier takes overflow from two. */
function checkOverflowTargets(refs: PlanReferences, tierByPartner: ReadonlyMap<string, number>): void {
  const predecessors = new Map<string, number>();
  refs.plan.routing.tiers.forEach((tier, index) => {
    if (tier.overflowTo === null) return;
    const field = `routing.tiers[${index}].overflowTo`;
    if (!tierByPartner.has(tier.overflowTo))
      refs.problem(field, `no tier for partner "${tier.overflowTo}" in routing.tiers`);
    if (predecessors.has(tier.overflowTo))
      refs.problem(
        field,
        `tier "${tier.overflowTo}" already takes overflow from routing.tiers[${predecessors.get(tier.overflowTo)}]`,
      );
    predecessors.set(tier.overflowTo, index);
  });
}

/** Following overflow from any tier ends, within the chain length the simulation follows. */
function checkOverflowChains(refs: PlanReferences, tierByPartner: ReadonlyMap<string, number>): void {
  const tiers = refs.plan.routing.tiers;
  tiers.forEach((tier, index) => {
    const seen = new Set<string>([tier.partner]);
    let next = tier.overflowTo;
    while (next !== null) {
      if (seen.has(next)) {
        refs.problem(
          `routing.tiers[${index}].overflowTo`,
          `overflow from "${tier.partner}" loops back to "${next}"`,
        );
        return;
      }
      seen.add(next);
      const at = tierByPartner.get(next);
      next = at === undefined ? null : tiers[at]!.overflowTo;
    }
    if (seen.size > MAX_TIER_CHAIN)
      refs.problem(
        `routing.tiers[${index}]`,
        `the overflow chain has ${seen.size} tiers; at most ${MAX_TIER_CHAIN}`,
      );
  });
}

/** One rule per request type, referring to a partner or queueing at a tier able to answer it. */
export function checkRules(refs: PlanReferences, tierByPartner: ReadonlyMap<string, number>): void {
  const { plan } = refs;
  const ruled = new Map<string, number>();
  const typeById = new Map(plan.requestTypes.map((t) => [t.id, t]));
  plan.routing.rules.forEach((rule, index) => {
    const field = `routing.rules[${index}]`;
    refs.knownRequestType(`${field}.requestType`, rule.requestType);
    if (ruled.has(rule.requestType))
      refs.problem(
        `${field}.requestType`,
        `request type "${rule.requestType}" already has a rule (routing.rules[${ruled.get(rule.requestType)}])`,
      );
    ruled.set(rule.requestType, index);
    if (rule.route === 'refer') {
      refs.knownPartner(`${field}.referTo`, rule.referTo);
      if (!refs.messages.has(rule.message))
        refs.problem(`${field}.message`, `no message "${rule.message}" in ivr.messages`);
      return;
    }
    const at = tierByPartner.get(rule.entryTier);
    if (at === undefined) {
      refs.problem(`${field}.entryTier`, `no tier for partner "${rule.entryTier}" in routing.tiers`);
      return;
    }
    const tier = plan.routing.tiers[at]!;
    if (tier.opens !== 'always')
      refs.problem(
        `${field}.entryTier`,
        `tier "${rule.entryTier}" opens only on contingency; callers need a tier that is always open`,
      );
    const needed = typeById.get(rule.requestType)?.skill;
    const staff = refs.partnerById.get(tier.partner)?.staff;
    if (needed && staff && !staff.groups.some((g) => g.skills.includes(needed)))
      refs.problem(
        `${field}.entryTier`,
        `no agent group of "${tier.partner}" has skill "${needed}" for "${rule.requestType}"`,
      );
  });
  plan.requestTypes.forEach((type, index) => {
    if (!ruled.has(type.id))
      refs.problem(`requestTypes[${index}]`, `request type "${type.id}" has no rule in routing.rules`);
  });
}

export function checkContingencyLevels(
  refs: PlanReferences,
  tierByPartner: ReadonlyMap<string, number>,
): void {
  refs.plan.contingency.levels.forEach((level, l) => {
    checkTriggers(refs, tierByPartner, level, l);
    checkActions(refs, tierByPartner, level, l);
  });
}

/** Triggers watch the network or a tier, and ratios are compared with fractions. */
function checkTriggers(
  refs: PlanReferences,
  tierByPartner: ReadonlyMap<string, number>,
  level: ContingencyLevel,
  l: number,
): void {
  level.triggers.forEach((trigger, t) => {
    const field = `contingency.levels[${l}].triggers[${t}]`;
    if (trigger.scope !== 'network' && !tierByPartner.has(trigger.scope))
      refs.problem(
        `${field}.scope`,
        `"${trigger.scope}" is neither "network" nor a partner with a tier in routing.tiers`,
      );
    if (RATIO_METRICS.has(trigger.metric) && trigger.threshold > 1)
      refs.problem(`${field}.threshold`, `${trigger.metric} is a fraction: the threshold must be at most 1`);
  });
}

/** Actions open contingency tiers, call back from tiers, and name groups, messages and paths that exist. */
function checkActions(
  refs: PlanReferences,
  tierByPartner: ReadonlyMap<string, number>,
  level: ContingencyLevel,
  l: number,
): void {
  level.actions.forEach((action, a) => {
    const field = `contingency.levels[${l}].actions[${a}]`;
    switch (action.type) {
      case 'open-overflow': {
        const at = tierByPartner.get(action.tier);
        if (at === undefined)
          refs.problem(`${field}.tier`, `no tier for partner "${action.tier}" in routing.tiers`);
        else if (refs.plan.routing.tiers[at]!.opens !== 'contingency')
          refs.problem(
            `${field}.tier`,
            `tier "${action.tier}" is always open; only contingency tiers can be opened`,
          );
        break;
      }
      case 'offer-callbacks':
        if (!tierByPartner.has(action.partner))
          refs.problem(
            `${field}.partner`,
            `"${action.partner}" has no tier in routing.tiers to call back from`,
          );
        break;
      case 'overtime': {
        if (!refs.knownPartner(`${field}.partner`, action.partner)) break;
        const staff = refs.partnerById.get(action.partner)!.staff;
        if (!staff?.groups.some((g) => g.id === action.group))
          refs.problem(`${field}.group`, `partner "${action.partner}" has no agent group "${action.group}"`);
        break;
      }
      case 'ivr-message':
        if (!refs.messages.has(action.message))
          refs.problem(`${field}.message`, `no message "${action.message}" in ivr.messages`);
        action.requestTypes.forEach((id, k) => refs.knownRequestType(`${field}.requestTypes[${k}]`, id));
        break;
      case 'escalate':
        if (!refs.paths.has(action.path))
          refs.problem(`${field}.path`, `no escalation path "${action.path}" in escalationPaths`);
        break;
    }
  });
}
