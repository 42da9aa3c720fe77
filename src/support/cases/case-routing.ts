// Where a new case goes: the plan's routing rule for its request type names the partner (the entry
// tier's, or the partner a referral goes to) and the request type names the skill. A partner answering
// overflow may keep the case it took, when the plan lets that partner handle the request type.
import { PshbError } from '../../errors.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import { partnersFor } from './transfer-policy.ts';

export interface CaseRoute {
  readonly partner: string;
  readonly skill: string;
  /** Why the case went there, in plain words. */
  readonly reason: string;
}

export function requestTypeOf(plan: SupportPlan, requestType: string) {
  const type = plan.requestTypes.find((t) => t.id === requestType);
  if (!type)
    throw new PshbError('INVALID_INPUT', `no request type "${requestType}" in plan ${plan.id}`, [
      {
        field: 'requestType',
        message: `one of ${plan.requestTypes.map((t) => t.id).join(', ')}`,
      },
    ]);
  return type;
}

/** The partner and skill queue of a new case; `takenBy` is the partner that answered the contact. */
export function routeNewCase(plan: SupportPlan, requestType: string, takenBy?: string): CaseRoute {
  const type = requestTypeOf(plan, requestType);
  const rule = plan.routing.rules.find((r) => r.requestType === requestType);
  if (!rule) throw new PshbError('INVALID_INPUT', `plan ${plan.id} has no routing rule for "${requestType}"`);
  const routed = rule.route === 'queue' ? rule.entryTier : rule.referTo;
  if (takenBy !== undefined && takenBy !== routed) {
    if (!partnersFor(plan, requestType).includes(takenBy))
      throw new PshbError(
        'TRANSFER_NOT_ALLOWED',
        `partner "${takenBy}" does not handle "${requestType}" in plan ${plan.id}; its cases go to "${routed}"`,
        [{ field: 'partner', message: `one of ${partnersFor(plan, requestType).join(', ')}` }],
      );
    return {
      partner: takenBy,
      skill: type.skill,
      reason: `taken by ${takenBy}, which the plan lets handle ${requestType}`,
    };
  }
  return {
    partner: routed,
    skill: type.skill,
    reason:
      rule.route === 'queue'
        ? `plan ${plan.id}: ${requestType} joins the ${routed} queue for skill ${type.skill}`
        : `plan ${plan.id}: ${requestType} is referred to ${routed}`,
  };
}
