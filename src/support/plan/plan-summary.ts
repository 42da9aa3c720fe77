// A plan in a line: what it is and how much it holds, as `pshb support validate` and the API's plan
// check report it once the plan is known to be valid.
import type { SupportPlan } from './support-plan.ts';

export interface PlanSummary {
  readonly id: string;
  readonly version: string;
  readonly partners: number;
  readonly requestTypes: number;
  readonly tiers: number;
  readonly contingencyLevels: number;
  readonly scriptedAnswers: number;
}

export function planSummary(plan: SupportPlan): PlanSummary {
  return {
    id: plan.id,
    version: plan.version,
    partners: plan.partners.length,
    requestTypes: plan.requestTypes.length,
    tiers: plan.routing.tiers.length,
    contingencyLevels: plan.contingency.levels.length,
    scriptedAnswers: plan.scriptedAnswers.length,
  };
}

/** The summary as one line of text. */
export function describePlanSummary(summary: PlanSummary): string {
  return `${summary.id} version ${summary.version}: ${summary.partners} partners, ${summary.requestTypes} request types, ${summary.tiers} tiers, ${summary.contingencyLevels} contingency levels, ${summary.scriptedAnswers} scripted answers`;
}
