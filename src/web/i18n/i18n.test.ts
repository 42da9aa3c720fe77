// Every string is translated: English and Spanish have the same keys in every namespace, none empty,
// and the same {{placeholders}} in each pair.
import { describe, expect, it } from 'vitest';
import commonEn from './locales/en/common.json';
import commonEs from './locales/es/common.json';
import consoleEn from './locales/en/console.json';
import consoleEs from './locales/es/console.json';
import dashboardEn from './locales/en/dashboard.json';
import dashboardEs from './locales/es/dashboard.json';
import portalEn from './locales/en/portal.json';
import portalEs from './locales/es/portal.json';

const RESOURCES = {
  en: { common: commonEn, portal: portalEn, console: consoleEn, dashboard: dashboardEn },
  es: { common: commonEs, portal: portalEs, console: consoleEs, dashboard: dashboardEs },
} as const;
const NAMESPACES = ['common', 'portal', 'console', 'dashboard'] as const;

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES)('translations of %s', (namespace) => {
  const english = flatten(RESOURCES.en[namespace] as Tree);
  const spanish = flatten(RESOURCES.es[namespace] as Tree);

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
