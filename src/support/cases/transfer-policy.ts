// Which partners may hold a case of a request type: those the plan's RACI row makes responsible,
// accountable or consulted, the routing rule's partner, and the tiers its callers overflow to. A warm
// transfer goes only to one of them; an escalation follows the plan's escalation path.
import { PshbError } from '../../errors.ts';
import type { SupportPlan } from '../plan/support-plan.ts';

export function partnersFor(plan: SupportPlan, requestType: string): string[] {
  const partners = new Set<string>();
  const row = plan.raci.find((r) => r.requestType === requestType);
  if (row) {
    row.responsible.forEach((p) => partners.add(p));
    partners.add(row.accountable);
    row.consulted.forEach((p) => partners.add(p));
  }
  const rule = plan.routing.rules.find((r) => r.requestType === requestType);
  if (rule?.route === 'refer') partners.add(rule.referTo);
  if (rule?.route === 'queue') {
    let tier: string | null = rule.entryTier;
    const seen = new Set<string>();
    while (tier !== null && !seen.has(tier)) {
      seen.add(tier);
      partners.add(tier);
      tier = plan.routing.tiers.find((t) => t.partner === tier)?.overflowTo ?? null;
    }
  }
  return [...partners].sort();
}

/** Refuses a transfer the plan does not allow (TRANSFER_NOT_ALLOWED). */
export function checkTransfer(plan: SupportPlan, requestType: string, from: string, to: string): void {
  if (to === from)
    throw new PshbError('TRANSFER_NOT_ALLOWED', `the case is already with "${to}"`, [
      { field: 'toPartner', message: 'a partner other than the one holding the case' },
    ]);
  const allowed = partnersFor(plan, requestType);
  if (!allowed.includes(to))
    throw new PshbError(
      'TRANSFER_NOT_ALLOWED',
      `plan ${plan.id} does not let "${to}" handle "${requestType}"; transfer to one of ${allowed.filter((p) => p !== from).join(', ')}`,
      [{ field: 'toPartner', message: `one of ${allowed.filter((p) => p !== from).join(', ')}` }],
    );
}

export interface EscalationTarget {
  readonly partner: string;
  readonly path: string | null;
  readonly withinMinutes: number | null;
  readonly channel: string | null;
}

/**
 * Where an escalation goes: the first step of the named path that is not the partner holding the case,
 * or without a path, the partner the RACI row holds accountable.
 */
export function escalationTarget(
  plan: SupportPlan,
  requestType: string,
  from: string,
  pathId?: string,
): EscalationTarget {
  if (pathId !== undefined) {
    const path = plan.escalationPaths.find((p) => p.id === pathId);
    if (!path)
      throw new PshbError('INVALID_INPUT', `no escalation path "${pathId}" in plan ${plan.id}`, [
        { field: 'path', message: `one of ${plan.escalationPaths.map((p) => p.id).join(', ') || 'none'}` },
      ]);
    const step = path.steps.find((s) => s.partner !== from);
    if (!step)
      throw new PshbError(
        'TRANSFER_NOT_ALLOWED',
        `escalation path "${pathId}" leads nowhere beyond "${from}"`,
      );
    return { partner: step.partner, path: path.id, withinMinutes: step.withinMinutes, channel: step.channel };
  }
  const row = plan.raci.find((r) => r.requestType === requestType);
  if (!row || row.accountable === from)
    throw new PshbError(
      'TRANSFER_NOT_ALLOWED',
      `"${from}" is accountable for "${requestType}"; name an escalation path to escalate beyond it`,
      [{ field: 'path', message: `one of ${plan.escalationPaths.map((p) => p.id).join(', ') || 'none'}` }],
    );
  return { partner: row.accountable, path: null, withinMinutes: null, channel: null };
}
