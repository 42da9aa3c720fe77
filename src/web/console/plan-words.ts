// Names of the plan's partners, request types and skills, and of the case fields' values, in the
// reader's language. The plan's own English name is the fallback for anything a newer plan adds.
import { useTranslation } from 'react-i18next';
import type { SupportPlan } from './console-types.ts';

export interface PlanWords {
  partner(id: string): string;
  requestType(id: string): string;
  skill(id: string): string;
  /** A value of a case field: status, channel, priority, event kind... */
  value(field: 'status' | 'channel' | 'priority' | 'eventKind', id: string): string;
}

export function usePlanWords(plan: SupportPlan | undefined): PlanWords {
  const { t } = useTranslation('console');
  const named = (list: readonly { id: string; name: string }[] | undefined, id: string) =>
    list?.find((item) => item.id === id)?.name ?? id;
  return {
    partner: (id) => t(`partners.${id}`, { defaultValue: named(plan?.partners, id) }),
    requestType: (id) => t(`requestTypes.${id}`, { defaultValue: named(plan?.requestTypes, id) }),
    skill: (id) => t(`skills.${id}`, { defaultValue: named(plan?.skills, id) }),
    value: (field, id) => t(`values.${field}.${id}`, { defaultValue: id }),
  };
}
