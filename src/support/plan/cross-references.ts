// Checks the schema cannot express: every name used in the plan refers to something the plan defines,
// every request type has exactly one accountable partner and one route, overflow tiers form chains
// without loops, and triggers watch partners that answer calls.
import type { ProblemDetail } from '../../errors.ts';
import { minutesOfDay } from './operating-hours.ts';
import type { SupportPlan } from './support-plan.ts';

/** Longest overflow chain the simulation follows. */
export const MAX_TIER_CHAIN = 8;

const RATIO_METRICS = new Set(['service-level', 'abandonment-rate', 'occupancy']);

export function crossReferenceProblems(plan: SupportPlan): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  const problem = (field: string, message: string): void => {
    problems.push({ field, message });
  };

  const unique = (field: string, ids: readonly string[], what: string): Set<string> => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) problem(`${field}[${index}].id`, `${what} "${id}" is defined twice`);
      seen.add(id);
    });
    return seen;
  };
  const partners = unique(
    'partners',
    plan.partners.map((p) => p.id),
    'partner',
  );
  const skills = unique(
    'skills',
    plan.skills.map((s) => s.id),
    'skill',
  );
  const requestTypes = unique(
    'requestTypes',
    plan.requestTypes.map((r) => r.id),
    'request type',
  );
  const messages = unique(
    'ivr.messages',
    plan.ivr.messages.map((m) => m.id),
    'message',
  );
  const paths = unique(
    'escalationPaths',
    plan.escalationPaths.map((e) => e.id),
    'escalation path',
  );
  unique(
    'contingency.levels',
    plan.contingency.levels.map((l) => l.id),
    'contingency level',
  );
  unique(
    'scriptedAnswers',
    plan.scriptedAnswers.map((s) => s.id),
    'scripted answer',
  );
  const partnerById = new Map(plan.partners.map((p) => [p.id, p]));
  const knownPartner = (field: string, id: string): boolean => {
    if (partners.has(id)) return true;
    problem(field, `no partner "${id}" is defined in partners`);
    return false;
  };
  const knownRequestType = (field: string, id: string): void => {
    if (!requestTypes.has(id)) problem(field, `no request type "${id}" is defined in requestTypes`);
  };

  plan.partners.forEach((partner, p) => {
    if (!partner.staff) return;
    const groups = new Set<string>();
    let agents = 0;
    partner.staff.groups.forEach((group, g) => {
      const field = `partners[${p}].staff.groups[${g}]`;
      if (groups.has(group.id)) problem(`${field}.id`, `group "${group.id}" is defined twice`);
      groups.add(group.id);
      agents += group.agents;
      group.skills.forEach((s, k) => {
        if (!skills.has(s)) problem(`${field}.skills[${k}]`, `no skill "${s}" is defined in skills`);
      });
    });
    if (agents > partner.staff.headcount)
      problem(
        `partners[${p}].staff.groups`,
        `the groups have ${agents} agents, more than the headcount of ${partner.staff.headcount}`,
      );
  });

  let shares = 0;
  plan.requestTypes.forEach((type, index) => {
    shares += type.share;
    if (!skills.has(type.skill))
      problem(`requestTypes[${index}].skill`, `no skill "${type.skill}" is defined in skills`);
  });
  if (Math.abs(shares - 1) > 0.001)
    problem('requestTypes', `the shares add up to ${shares.toFixed(4)}; they must add up to 1`);

  const raciRows = new Map<string, number>();
  plan.raci.forEach((row, index) => {
    const field = `raci[${index}]`;
    knownRequestType(`${field}.requestType`, row.requestType);
    if (raciRows.has(row.requestType))
      problem(
        `${field}.requestType`,
        `request type "${row.requestType}" already has an accountable partner (raci[${raciRows.get(row.requestType)}]); each has exactly one`,
      );
    raciRows.set(row.requestType, index);
    row.responsible.forEach((id, k) => knownPartner(`${field}.responsible[${k}]`, id));
    knownPartner(`${field}.accountable`, row.accountable);
    row.consulted.forEach((id, k) => knownPartner(`${field}.consulted[${k}]`, id));
    row.informed.forEach((id, k) => knownPartner(`${field}.informed[${k}]`, id));
  });
  plan.requestTypes.forEach((type, index) => {
    if (!raciRows.has(type.id))
      problem(`requestTypes[${index}]`, `request type "${type.id}" has no accountable partner in raci`);
  });

  if (!messages.has(plan.ivr.greeting))
    problem('ivr.greeting', `no message "${plan.ivr.greeting}" in ivr.messages`);
  const keys = new Map<string, number>();
  const menuTypes = new Map<string, number>();
  plan.ivr.options.forEach((option, index) => {
    const field = `ivr.options[${index}]`;
    if (keys.has(option.key))
      problem(`${field}.key`, `key "${option.key}" is used by ivr.options[${keys.get(option.key)}] too`);
    keys.set(option.key, index);
    knownRequestType(`${field}.requestType`, option.requestType);
    if (menuTypes.has(option.requestType))
      problem(`${field}.requestType`, `request type "${option.requestType}" already has a menu option`);
    menuTypes.set(option.requestType, index);
  });
  plan.requestTypes.forEach((type, index) => {
    if (!menuTypes.has(type.id))
      problem(`requestTypes[${index}]`, `request type "${type.id}" has no option in ivr.options`);
  });

  const tierByPartner = new Map<string, number>();
  plan.routing.tiers.forEach((tier, index) => {
    const field = `routing.tiers[${index}]`;
    if (tierByPartner.has(tier.partner))
      problem(`${field}.partner`, `partner "${tier.partner}" already has a tier`);
    tierByPartner.set(tier.partner, index);
    if (!knownPartner(`${field}.partner`, tier.partner)) return;
    const partner = partnerById.get(tier.partner)!;
    if (!partner.staff)
      problem(`${field}.partner`, `partner "${tier.partner}" has no staff to answer a tier`);
    if (!partner.hours)
      problem(`${field}.partner`, `partner "${tier.partner}" has no hours to answer a tier`);
    if ((tier.overflowTo === null) !== (tier.overflowAfterSeconds === null))
      problem(`${field}.overflowAfterSeconds`, 'give overflowAfterSeconds exactly when overflowTo is set');
  });
  const predecessors = new Map<string, number>();
  plan.routing.tiers.forEach((tier, index) => {
    if (tier.overflowTo === null) return;
    const field = `routing.tiers[${index}].overflowTo`;
    if (!tierByPartner.has(tier.overflowTo))
      problem(field, `no tier for partner "${tier.overflowTo}" in routing.tiers`);
    if (predecessors.has(tier.overflowTo))
      problem(
        field,
        `tier "${tier.overflowTo}" already takes overflow from routing.tiers[${predecessors.get(tier.overflowTo)}]`,
      );
    predecessors.set(tier.overflowTo, index);
  });
  plan.routing.tiers.forEach((tier, index) => {
    const seen = new Set<string>([tier.partner]);
    let next = tier.overflowTo;
    while (next !== null) {
      if (seen.has(next)) {
        problem(
          `routing.tiers[${index}].overflowTo`,
          `overflow from "${tier.partner}" loops back to "${next}"`,
        );
        return;
      }
      seen.add(next);
      const at = tierByPartner.get(next);
      next = at === undefined ? null : plan.routing.tiers[at]!.overflowTo;
    }
    if (seen.size > MAX_TIER_CHAIN)
      problem(
        `routing.tiers[${index}]`,
        `the overflow chain has ${seen.size} tiers; at most ${MAX_TIER_CHAIN}`,
      );
  });

  const ruled = new Map<string, number>();
  const typeById = new Map(plan.requestTypes.map((t) => [t.id, t]));
  plan.routing.rules.forEach((rule, index) => {
    const field = `routing.rules[${index}]`;
    knownRequestType(`${field}.requestType`, rule.requestType);
    if (ruled.has(rule.requestType))
      problem(
        `${field}.requestType`,
        `request type "${rule.requestType}" already has a rule (routing.rules[${ruled.get(rule.requestType)}])`,
      );
    ruled.set(rule.requestType, index);
    if (rule.route === 'refer') {
      knownPartner(`${field}.referTo`, rule.referTo);
      if (!messages.has(rule.message))
        problem(`${field}.message`, `no message "${rule.message}" in ivr.messages`);
      return;
    }
    const at = tierByPartner.get(rule.entryTier);
    if (at === undefined) {
      problem(`${field}.entryTier`, `no tier for partner "${rule.entryTier}" in routing.tiers`);
      return;
    }
    const tier = plan.routing.tiers[at]!;
    if (tier.opens !== 'always')
      problem(
        `${field}.entryTier`,
        `tier "${rule.entryTier}" opens only on contingency; callers need a tier that is always open`,
      );
    const needed = typeById.get(rule.requestType)?.skill;
    const staff = partnerById.get(tier.partner)?.staff;
    if (needed && staff && !staff.groups.some((g) => g.skills.includes(needed)))
      problem(
        `${field}.entryTier`,
        `no agent group of "${tier.partner}" has skill "${needed}" for "${rule.requestType}"`,
      );
  });
  plan.requestTypes.forEach((type, index) => {
    if (!ruled.has(type.id))
      problem(`requestTypes[${index}]`, `request type "${type.id}" has no rule in routing.rules`);
  });

  plan.contingency.levels.forEach((level, l) => {
    level.triggers.forEach((trigger, t) => {
      const field = `contingency.levels[${l}].triggers[${t}]`;
      if (trigger.scope !== 'network' && !tierByPartner.has(trigger.scope))
        problem(
          `${field}.scope`,
          `"${trigger.scope}" is neither "network" nor a partner with a tier in routing.tiers`,
        );
      if (RATIO_METRICS.has(trigger.metric) && trigger.threshold > 1)
        problem(`${field}.threshold`, `${trigger.metric} is a fraction: the threshold must be at most 1`);
    });
    level.actions.forEach((action, a) => {
      const field = `contingency.levels[${l}].actions[${a}]`;
      switch (action.type) {
        case 'open-overflow': {
          const at = tierByPartner.get(action.tier);
          if (at === undefined)
            problem(`${field}.tier`, `no tier for partner "${action.tier}" in routing.tiers`);
          else if (plan.routing.tiers[at]!.opens !== 'contingency')
            problem(
              `${field}.tier`,
              `tier "${action.tier}" is always open; only contingency tiers can be opened`,
            );
          break;
        }
        case 'offer-callbacks':
          if (!tierByPartner.has(action.partner))
            problem(`${field}.partner`, `"${action.partner}" has no tier in routing.tiers to call back from`);
          break;
        case 'overtime': {
          if (!knownPartner(`${field}.partner`, action.partner)) break;
          const staff = partnerById.get(action.partner)!.staff;
          if (!staff?.groups.some((g) => g.id === action.group))
            problem(`${field}.group`, `partner "${action.partner}" has no agent group "${action.group}"`);
          break;
        }
        case 'ivr-message':
          if (!messages.has(action.message))
            problem(`${field}.message`, `no message "${action.message}" in ivr.messages`);
          action.requestTypes.forEach((id, k) => knownRequestType(`${field}.requestTypes[${k}]`, id));
          break;
        case 'escalate':
          if (!paths.has(action.path))
            problem(`${field}.path`, `no escalation path "${action.path}" in escalationPaths`);
          break;
      }
    });
  });

  plan.escalationPaths.forEach((path, e) =>
    path.steps.forEach((step, s) => knownPartner(`escalationPaths[${e}].steps[${s}].partner`, step.partner)),
  );
  plan.scriptedAnswers.forEach((answer, index) => {
    knownRequestType(`scriptedAnswers[${index}].requestType`, answer.requestType);
    answer.usedBy.forEach((id, k) => knownPartner(`scriptedAnswers[${index}].usedBy[${k}]`, id));
  });

  plan.caseTargets?.requestTypes.forEach((target, index) =>
    knownRequestType(`caseTargets.requestTypes[${index}].requestType`, target.requestType),
  );
  const demand = plan.demand;
  if (demand.end < demand.start) problem('demand.end', 'the season ends before it starts');
  if (demand.extendedTo < demand.end)
    problem('demand.extendedTo', 'the extension ends before the season does');
  const open = minutesOfDay(plan.ivr.hours.open);
  const close = minutesOfDay(plan.ivr.hours.close);
  const openWeight = demand.hourOfDayWeights.reduce(
    (sum, w, hour) => sum + (hour * 60 + 60 > open && hour * 60 < close ? w : 0),
    0,
  );
  if (openWeight <= 0)
    problem('demand.hourOfDayWeights', 'no weight falls in the hours the phone menu is open');
  return problems;
}
