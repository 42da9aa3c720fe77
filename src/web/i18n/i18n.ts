// English and Spanish through i18next. Each area keeps its strings in its own namespace file
// (locales/<lang>/<namespace>.json) and adds them when its code loads (addAreaTranslations), so the
// first load carries only the common strings; i18n.test.ts checks that both languages have the same
// keys. The chosen language is kept in localStorage and set on <html lang> so screen readers
// pronounce it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonEn from './locales/en/common.json';
import commonEs from './locales/es/common.json';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type AreaNamespace =
  'portal' | 'notices' | 'console' | 'dashboard' | 'performance' | 'survey' | 'documents' | 'plans';
type Strings = { readonly [key: string]: string | Strings };

/** An area's strings in each language; called once, when the area's code loads. */
export function addAreaTranslations(namespace: AreaNamespace, strings: Record<Language, Strings>): void {
  for (const language of LANGUAGES) i18next.addResourceBundle(language, namespace, strings[language]);
}

const STORAGE_KEY = 'pshb.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language a link chooses: ?lang= (or ?language=, as survey invitations may say), if any. */
export function languageOfLink(search: string): Language | null {
  const query = new URLSearchParams(search);
  const chosen = query.get('lang') ?? query.get('language');
  return isLanguage(chosen) ? chosen : null;
}

/** ?lang= first (so a link can choose), then the last choice, then the browser's, then English. */
function initialLanguage(): Language {
  const fromQuery = languageOfLink(window.location.search);
  if (fromQuery) {
    // Kept like a choice made with the switch, so it lasts through sign-in and later visits.
    window.localStorage.setItem(STORAGE_KEY, fromQuery);
    return fromQuery;
  }
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

export function startI18n(): void {
  void i18next.use(initReactI18next).init({
    resources: { en: { common: commonEn }, es: { common: commonEs } },
    lng: initialLanguage(),
    fallbackLng: 'en',
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    window.localStorage.setItem(STORAGE_KEY, language);
  });
}
