// The plans namespace (locales/<lang>/plans.json): the strings of the plan costs, the comparison and the
// public "Browse plans" page, shared by the portal's plan comparison, the public page and the landing
// page's link. Added on first use rather than on import: the landing page is imported before i18next
// starts, and a bundle added then would be lost.
import i18next from 'i18next';
import plansEn from '../i18n/locales/en/plans.json';
import plansEs from '../i18n/locales/es/plans.json';
import { addAreaTranslations } from '../i18n/i18n.ts';

/** Adds the plans strings once i18next has started; idempotent. */
export function usePlansStrings(): void {
  if (!i18next.hasResourceBundle('en', 'plans')) addAreaTranslations('plans', { en: plansEn, es: plansEs });
}
