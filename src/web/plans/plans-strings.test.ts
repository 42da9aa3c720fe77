import { describe, expect, it } from 'vitest';
import plansEn from '../i18n/locales/en/plans.json';
import plansEs from '../i18n/locales/es/plans.json';
import { translationMismatches } from '../i18n/translation-tree.ts';

describe('translations of plans', () => {
  it('English and Spanish have the same keys, none empty, the same placeholders', () => {
    expect(translationMismatches(plansEn, plansEs)).toEqual([]);
  });
});
