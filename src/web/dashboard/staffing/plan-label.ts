// A short name for a shipped support plan: the plans' own names are long sentences.
import type { TFunction } from 'i18next';

export function planLabel(t: TFunction<'dashboard'>, planId: string): string {
  return t(`simulation.plans.${planId}`, { defaultValue: planId });
}
