// The words of a notice in the reader's language: a plan by its name and enrollment type ("FEP Blue
// Focus: Standard, Self Plus One"), never its code, and each fact written as decision-messages.ts says
// (a day, dollars, yes or no, a word).
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { eventKey, type FactText } from './decision-messages.ts';
import { payFrequencyOf } from './plan-list.ts';
import { offerByCode, offerLabel } from './plan-options.ts';
import type { PlanOffer } from './portal-types.ts';
import { useAllPlans } from './use-all-plans.ts';

export interface NoticeWords {
  /** A plan by its code and, when known, its enrollment type. */
  plan(enrollmentCode: string | null | undefined, enrollmentType?: string | null): string;
  fact(text: FactText): string;
  /** What an enrollment event was, in a sentence with its plan. */
  event(eventType: string, enrollmentCode: string | null, enrollmentType?: string | null): string;
}

/** The words, with the plan names of the catalogue of the enrollee's kind (employee or annuitant). */
export function useNoticeWords(enrolleeKind: 'employee' | 'annuitant' | undefined): NoticeWords {
  const { plans } = useAllPlans(enrolleeKind ? payFrequencyOf(enrolleeKind) : null);
  return useNoticeWordsWith(plans ?? []);
}

export function useNoticeWordsWith(plans: readonly PlanOffer[]): NoticeWords {
  const { t } = useTranslation('notices');
  const format = useFormat();
  const plan: NoticeWords['plan'] = (enrollmentCode, enrollmentType) => {
    if (!enrollmentCode) return t('plan.none');
    const offer = offerByCode(plans, enrollmentCode);
    const typeCode = enrollmentType ?? offer?.enrollmentType;
    const type = typeCode ? t(`values.${typeCode}`) : '';
    if (!offer) return t('plan.unnamed', { code: enrollmentCode, type }).replace(/, $/, '');
    return type ? t('plan.named', { plan: offerLabel(offer), type }) : offerLabel(offer);
  };
  return {
    plan,
    event: (eventType, enrollmentCode, enrollmentType) =>
      t(eventKey(eventType), {
        plan: enrollmentCode ? plan(enrollmentCode, enrollmentType) : t('plan.yours'),
      }),
    fact(text) {
      switch (text.kind) {
        case 'none':
          return t('facts.none');
        case 'yesNo':
          return text.yes ? t('facts.yes') : t('facts.no');
        case 'number':
          return format.number(text.value);
        case 'money':
          return format.money(text.cents);
        case 'date':
          return format.date(text.isoDate);
        case 'word':
          return t(text.key);
        case 'plan':
          return plan(text.enrollmentCode);
        case 'code':
          return text.code;
      }
    },
  };
}
