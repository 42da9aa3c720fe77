// The survey's words: English and Spanish have the same keys, none empty, the same placeholders, and
// every key the survey's screens name exists (each refusal's page too).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en/survey.json';
import es from '../i18n/locales/es/survey.json';
import { flattenTranslations, translationMismatches } from '../i18n/translation-tree.ts';

const english = flattenTranslations(en);
const has = (key: string) => english.has(key) || english.has(`${key}_one`);

describe('translations of survey', () => {
  it('have the same keys in English and Spanish, none empty, the same placeholders', () => {
    expect(translationMismatches(en, es)).toEqual([]);
  });

  it('have every key the screens name', () => {
    const source = readdirSync(import.meta.dirname)
      .filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'))
      .map((file) => readFileSync(join(import.meta.dirname, file), 'utf8'))
      .join('\n');
    const named = [...source.matchAll(/\bt\(\s*'([a-zA-Z.]+)'/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(20);
    for (const key of named) expect(has(key), key).toBe(true);
    const messages = [...source.matchAll(/'(errors\.[a-zA-Z.]+)'/g)].map((m) => m[1] ?? '');
    for (const key of messages) expect(has(key), key).toBe(true);
  });

  it('name every refusal, answer of the trust scale and way to be contacted', () => {
    for (const refusal of ['notFound', 'used', 'invitationExpired', 'surveyExpired'])
      for (const part of ['title', 'body']) expect(has(`refusal.${refusal}.${part}`), refusal).toBe(true);
    for (const value of ['1', '2', '3', '4', '5']) expect(has(`trust.scaleLabels.${value}`)).toBe(true);
    for (const value of ['up', 'down']) expect(has(`trust.${value}`) && has(`trust.${value}Icon`)).toBe(true);
    for (const method of ['none', 'phone', 'email']) expect(has(`contact.${method}`)).toBe(true);
    for (const method of ['phone', 'email'])
      for (const part of ['Label', 'Hint']) expect(has(`contact.${method}${part}`)).toBe(true);
    for (const method of ['phone', 'email']) expect(has(`errors.contact.${method}`)).toBe(true);
  });
});
