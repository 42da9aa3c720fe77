// The performance screens' words: English and Spanish have the same keys, none empty, the same
// placeholders; every key the screens name exists; every state, event and money kind has its words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en/performance.json';
import es from '../i18n/locales/es/performance.json';
import { EVALUATION_STATES, MONEY_KINDS } from './performance-api-types.ts';
import { flattenTranslations, placeholdersOf } from '../i18n/translation-tree.ts';

const english = flattenTranslations(en);
const spanish = flattenTranslations(es);
const placeholders = placeholdersOf;
const has = (key: string) => english.has(key) || english.has(`${key}_one`);

describe('translations of performance', () => {
  it('have the same keys in English and Spanish, none empty, the same placeholders', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
    for (const [key, text] of english)
      expect(placeholders(spanish.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('have every key the screens name', () => {
    const source = readdirSync(import.meta.dirname)
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => readFileSync(join(import.meta.dirname, file), 'utf8'))
      .join('\n');
    const named = [...source.matchAll(/\bt\(\s*'([a-zA-Z.]+)'/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(100);
    for (const key of named) expect(has(key), key).toBe(true);
  });

  it('name every state, event, money kind and outcome', () => {
    for (const state of EVALUATION_STATES) expect(has(`states.${state}`), state).toBe(true);
    for (const kind of MONEY_KINDS) expect(has(`moneyForm.kinds.${kind}`), kind).toBe(true);
    for (const kind of [
      'proposed',
      'factor_decided',
      'accepted',
      'evidence_attached',
      'notice_issued',
      'carrier_responded',
      'reconsideration_requested',
      'reconsideration_decided',
      'final_determination',
      'rebate_received',
      'withhold_scheduled',
      'withheld',
      'reserve_deposited',
      'settled',
    ])
      expect(has(`events.${kind}`), kind).toBe(true);
    for (const outcome of ['granted', 'partly', 'denied'])
      expect(has(`reconsideration.outcomes.${outcome}`)).toBe(true);
    for (const problem of ['factorRequired', 'factorNotNumber', 'factorOutOfRange'])
      expect(has(`form.${problem}`)).toBe(true);
  });
});
