// The support plan in force: request types, partners, escalation paths and scripted answers come from
// it, so the console offers exactly what the plan (and so the API) allows.
import { useApi } from '../api/use-api.ts';
import type { SupportPlan } from './console-types.ts';

/** The shipped plan the server uses unless told otherwise (docs/support-cases.md). */
export const DEFAULT_PLAN_ID = 'open-season-77';

export function useSupportPlan(planId: string | null = DEFAULT_PLAN_ID) {
  return useApi<SupportPlan>(planId ? `support/plans/${encodeURIComponent(planId)}` : null);
}
