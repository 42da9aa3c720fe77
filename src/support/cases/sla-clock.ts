// The SLA clock of a case: when it is due, from the plan's resolution targets for its request type and
// priority. The clock starts when the case is opened and starts again when it is reopened; escalating to
// a higher priority moves the due time to what the new priority allows from the same start.
import type { CasePriority, CaseTargets } from '../plan/case-targets.ts';
import type { SupportPlan } from '../plan/support-plan.ts';

/** For a plan without `caseTargets`; the shipped plans state their own. */
export const DEFAULT_CASE_TARGETS: CaseTargets = {
  resolveWithinHours: { urgent: 4, high: 24, normal: 72, low: 120 },
  requestTypes: [],
};

export interface SlaTarget {
  readonly resolveWithinHours: number;
  /** Where the figure comes from, for the case record. */
  readonly basis: string;
}

export function slaTarget(plan: SupportPlan, requestType: string, priority: CasePriority): SlaTarget {
  const targets = plan.caseTargets ?? DEFAULT_CASE_TARGETS;
  const specific = targets.requestTypes.find((t) => t.requestType === requestType && t.priority === priority);
  if (specific)
    return {
      resolveWithinHours: specific.resolveWithinHours,
      basis: `plan ${plan.id}: ${requestType} at ${priority} priority`,
    };
  return {
    resolveWithinHours: targets.resolveWithinHours[priority],
    basis: plan.caseTargets ? `plan ${plan.id}: ${priority} priority` : `default: ${priority} priority`,
  };
}

/** The instant the case is due, `resolveWithinHours` after the clock started (wall-clock hours). */
export function dueAt(
  plan: SupportPlan,
  requestType: string,
  priority: CasePriority,
  clockStartedAt: Date,
): Date {
  const { resolveWithinHours } = slaTarget(plan, requestType, priority);
  return new Date(clockStartedAt.getTime() + resolveWithinHours * 3_600_000);
}

export const PRIORITY_RANK: Readonly<Record<CasePriority, number>> = {
  urgent: 0,
  high: 1,
  normal: 2,
  low: 3,
};
