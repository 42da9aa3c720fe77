// Checks the schema cannot express: every name used in the plan refers to something the plan defines,
// every request type has exactly one accountable partner and one route, overflow tiers form chains
// without loops, and triggers watch partners that answer calls. Each check adds its problems in the
// order it finds them, so the same plan always reports the same list.
import type { ProblemDetail } from '../../errors.ts';
import { minutesOfDay } from './operating-hours.ts';
import { PlanReferences } from './plan-references.ts';
import { checkContingencyLevels, checkRules, checkTiers } from './routing-references.ts';
import type { SupportPlan } from './support-plan.ts';

export { MAX_TIER_CHAIN } from './routing-references.ts';

export function crossReferenceProblems(plan: SupportPlan): ProblemDetail[] {
  const refs = new PlanReferences(plan);
  checkStaff(refs);
  checkRequestTypes(refs);
  checkRaci(refs);
  checkMenu(refs);
  const tierByPartner = checkTiers(refs);
  checkRules(refs, tierByPartner);
  checkContingencyLevels(refs, tierByPartner);
  checkEscalationsAndAnswers(refs);
  checkDemand(refs);
  return refs.problems;
}

/** Agent groups are named once per partner, have defined skills, and fit the headcount. */
function checkStaff(refs: PlanReferences): void {
  refs.plan.partners.forEach((partner, p) => {
    if (!partner.staff) return;
    const groups = new Set<string>();
    let agents = 0;
    partner.staff.groups.forEach((group, g) => {
      const field = `partners[${p}].staff.groups[${g}]`;
      if (groups.has(group.id)) refs.problem(`${field}.id`, `group "${group.id}" is defined twice`);
      groups.add(group.id);
      agents += group.agents;
      group.skills.forEach((s, k) => {
        if (!refs.skills.has(s))
          refs.problem(`${field}.skills[${k}]`, `no skill "${s}" is defined in skills`);
      });
    });
    if (agents > partner.staff.headcount)
      refs.problem(
        `partners[${p}].staff.groups`,
        `the groups have ${agents} agents, more than the headcount of ${partner.staff.headcount}`,
      );
  });
}

/** Request types need defined skills, and their shares of the contacts add up to one. */
function checkRequestTypes(refs: PlanReferences): void {
  let shares = 0;
  refs.plan.requestTypes.forEach((type, index) => {
    shares += type.share;
    if (!refs.skills.has(type.skill))
      refs.problem(`requestTypes[${index}].skill`, `no skill "${type.skill}" is defined in skills`);
  });
  if (Math.abs(shares - 1) > 0.001)
    refs.problem('requestTypes', `the shares add up to ${shares.toFixed(4)}; they must add up to 1`);
}

/** Each request type has exactly one RACI row, naming defined partners. */
function checkRaci(refs: PlanReferences): void {
  const raciRows = new Map<string, number>();
  refs.plan.raci.forEach((row, index) => {
    const field = `raci[${index}]`;
    refs.knownRequestType(`${field}.requestType`, row.requestType);
    if (raciRows.has(row.requestType))
      refs.problem(
        `${field}.requestType`,
        `request type "${row.requestType}" already has an accountable partner (raci[${raciRows.get(row.requestType)}]); each has exactly one`,
      );
    raciRows.set(row.requestType, index);
    row.responsible.forEach((id, k) => refs.knownPartner(`${field}.responsible[${k}]`, id));
    refs.knownPartner(`${field}.accountable`, row.accountable);
    row.consulted.forEach((id, k) => refs.knownPartner(`${field}.consulted[${k}]`, id));
    row.informed.forEach((id, k) => refs.knownPartner(`${field}.informed[${k}]`, id));
  });
  refs.plan.requestTypes.forEach((type, index) => {
    if (!raciRows.has(type.id))
      refs.problem(`requestTypes[${index}]`, `request type "${type.id}" has no accountable partner in raci`);
  });
}

/** The phone menu greets with a defined message and offers each request type under one key. */
function checkMenu(refs: PlanReferences): void {
  const { ivr } = refs.plan;
  if (!refs.messages.has(ivr.greeting))
    refs.problem('ivr.greeting', `no message "${ivr.greeting}" in ivr.messages`);
  const keys = new Map<string, number>();
  const menuTypes = new Map<string, number>();
  ivr.options.forEach((option, index) => {
    const field = `ivr.options[${index}]`;
    if (keys.has(option.key))
      refs.problem(`${field}.key`, `key "${option.key}" is used by ivr.options[${keys.get(option.key)}] too`);
    keys.set(option.key, index);
    refs.knownRequestType(`${field}.requestType`, option.requestType);
    if (menuTypes.has(option.requestType))
      refs.problem(`${field}.requestType`, `request type "${option.requestType}" already has a menu option`);
    menuTypes.set(option.requestType, index);
  });
  refs.plan.requestTypes.forEach((type, index) => {
    if (!menuTypes.has(type.id))
      refs.problem(`requestTypes[${index}]`, `request type "${type.id}" has no option in ivr.options`);
  });
}

/** Escalation steps, scripted answers and case targets name defined partners and request types. */
function checkEscalationsAndAnswers(refs: PlanReferences): void {
  const { plan } = refs;
  plan.escalationPaths.forEach((path, e) =>
    path.steps.forEach((step, s) =>
      refs.knownPartner(`escalationPaths[${e}].steps[${s}].partner`, step.partner),
    ),
  );
  plan.scriptedAnswers.forEach((answer, index) => {
    refs.knownRequestType(`scriptedAnswers[${index}].requestType`, answer.requestType);
    answer.usedBy.forEach((id, k) => refs.knownPartner(`scriptedAnswers[${index}].usedBy[${k}]`, id));
  });
  plan.caseTargets?.requestTypes.forEach((target, index) =>
    refs.knownRequestType(`caseTargets.requestTypes[${index}].requestType`, target.requestType),
  );
}

/** The forecast's dates are in order and some of its hourly weight falls while the menu is open. */
function checkDemand(refs: PlanReferences): void {
  const { demand, ivr } = refs.plan;
  if (demand.end < demand.start) refs.problem('demand.end', 'the season ends before it starts');
  if (demand.extendedTo < demand.end)
    refs.problem('demand.extendedTo', 'the extension ends before the season does');
  const open = minutesOfDay(ivr.hours.open);
  const close = minutesOfDay(ivr.hours.close);
  const openWeight = demand.hourOfDayWeights.reduce(
    (sum, w, hour) => sum + (hour * 60 + 60 > open && hour * 60 < close ? w : 0),
    0,
  );
  if (openWeight <= 0)
    refs.problem('demand.hourOfDayWeights', 'no weight falls in the hours the phone menu is open');
}
