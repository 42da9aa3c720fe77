// English words on a Spanish screen: the app's own English strings (every locale file's English value
// that differs from its Spanish one, three words or more, placeholders left out) found in the page's
// text. Text the server writes in English is marked lang="en" on the page and is left out, and so are
// names (every word capitalised, as "Postal Health Benefits Team"), which recorded text may quote.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { flattenTranslations, type TranslationTree } from '../../src/web/i18n/translation-tree.ts';

const LOCALES = join(import.meta.dirname, '../../src/web/i18n/locales');

/** The English strings that must not appear on a Spanish screen. */
export function englishOnlyStrings(): string[] {
  const strings = new Set<string>();
  for (const file of readdirSync(join(LOCALES, 'en'))) {
    const read = (language: string) =>
      flattenTranslations(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as TranslationTree);
    const spanish = read('es');
    for (const [key, english] of read('en')) {
      const words = english.trim().split(/\s+/);
      const name = words.every((word) => /^[A-Z]/.test(word));
      const sentence = !english.includes('{{') && words.length >= 3 && !name;
      if (sentence && spanish.get(key) !== english) strings.add(english.trim());
    }
  }
  return [...strings];
}

/** The English strings found on the page, outside anything marked lang="en". */
export async function englishOn(page: Page, english: readonly string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const marked of body.querySelectorAll('[lang^="en"], script, style')) marked.remove();
    return body.innerText.replace(/\s+/g, ' ');
  });
  return english.filter((sentence) => text.includes(sentence));
}
