// Every string is translated: English and Spanish have the same keys in every namespace, none empty,
// and the same {{placeholders}} in each pair.
import { describe, expect, it } from 'vitest';
import commonEn from './locales/en/common.json';
import commonEs from './locales/es/common.json';
import consoleEn from './locales/en/console.json';
import consoleEs from './locales/es/console.json';
import dashboardEn from './locales/en/dashboard.json';
import dashboardEs from './locales/es/dashboard.json';
import documentsEn from './locales/en/documents.json';
import documentsEs from './locales/es/documents.json';
import noticesEn from './locales/en/notices.json';
import noticesEs from './locales/es/notices.json';
import portalEn from './locales/en/portal.json';
import portalEs from './locales/es/portal.json';
import { flattenTranslations, placeholdersOf } from './translation-tree.ts';

const RESOURCES = {
  en: {
    common: commonEn,
    portal: portalEn,
    notices: noticesEn,
    console: consoleEn,
    dashboard: dashboardEn,
    documents: documentsEn,
  },
  es: {
    common: commonEs,
    portal: portalEs,
    notices: noticesEs,
    console: consoleEs,
    dashboard: dashboardEs,
    documents: documentsEs,
  },
} as const;
const NAMESPACES = ['common', 'portal', 'notices', 'console', 'dashboard', 'documents'] as const;

const placeholders = placeholdersOf;

describe.each(NAMESPACES)('translations of %s', (namespace) => {
  const english = flattenTranslations(RESOURCES.en[namespace]);
  const spanish = flattenTranslations(RESOURCES.es[namespace]);

  it('have the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
  });

  it('keep the same placeholders', () => {
    for (const [key, text] of english)
      expect(placeholders(spanish.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
