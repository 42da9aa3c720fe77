// The support plan cases are worked under: the shipped open season plan, or the one PSHB_SUPPORT_PLAN
// names (a shipped plan's name or a file), chosen by the entry point. Read once per process; a changed plan needs a restart, so a
// case never sees two plans within one request.
import { resolveSupportPlan } from '../plan/load-plan.ts';
import type { SupportPlan } from '../plan/support-plan.ts';

export const DEFAULT_CASE_PLAN = 'open-season-77';

let loaded: { name: string; plan: SupportPlan } | undefined;

let configured = DEFAULT_CASE_PLAN;

/** Chooses the plan (PSHB_SUPPORT_PLAN, read at the entry point); unset keeps the shipped default. */
export function useCaseSupportPlan(name: string | null): void {
  configured = name ?? DEFAULT_CASE_PLAN;
}

/** The plan cases are worked under: the one chosen at the start of the process, loaded once. */
export function caseSupportPlan(name: string = configured): SupportPlan {
  if (loaded?.name !== name) loaded = { name, plan: resolveSupportPlan(name).plan };
  return loaded.plan;
}
