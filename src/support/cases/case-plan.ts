// The support plan cases are worked under: the shipped open season plan, or the one PSHB_SUPPORT_PLAN
// names (a shipped plan's name or a file). Read once per process; a changed plan needs a restart, so a
// case never sees two plans within one request.
import { resolveSupportPlan } from '../plan/load-plan.ts';
import type { SupportPlan } from '../plan/support-plan.ts';

export const DEFAULT_CASE_PLAN = 'open-season-77';

let loaded: { name: string; plan: SupportPlan } | undefined;

export function caseSupportPlan(
  name: string = process.env.PSHB_SUPPORT_PLAN || DEFAULT_CASE_PLAN,
): SupportPlan {
  if (loaded?.name !== name) loaded = { name, plan: resolveSupportPlan(name).plan };
  return loaded.plan;
}
