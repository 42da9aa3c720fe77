// Plain-language names for the regulation paragraphs the open season report counts by, looked up in the
// dashboard strings; a paragraph without its own explanation gets the general one.
import type { TFunction } from 'i18next';

/** "5 CFR 890.1603(c)(1)" -> "890_1603_c_1", a key i18next can hold (no dots or brackets). */
export function citationKey(paragraph: string): string {
  return paragraph
    .replace(/^\d+\s+(CFR|U\.S\.C\.)\s+/, '')
    .replace(/[^0-9a-z]+/gi, '_')
    .replace(/^_+|_+$/g, '');
}

export function notEnrolledReason(t: TFunction<'dashboard'>, paragraph: string): string {
  return t(`reasons.${citationKey(paragraph)}`, { defaultValue: t('reasons.other') });
}
