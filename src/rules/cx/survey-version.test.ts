import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, versionChange } from './survey-version.ts';

describe('5 CFR 1320.5(g) / A-11 Section 280: a survey version with responses cannot change', () => {
  it('registers a new version', () => {
    expect(versionChange('a11-v2 1', null, 'h1').outcome).toBe('new');
  });
  it('the same content again changes nothing', () => {
    expect(versionChange('a11-v2 1', { contentHash: 'h1', responses: 5 }, 'h1').outcome).toBe('unchanged');
  });
  it('changed content without responses may replace it', () => {
    expect(versionChange('a11-v2 1', { contentHash: 'h1', responses: 0 }, 'h2').outcome).toBe('replaced');
  });
  it('changed content after responses is refused: a change is a new version', () => {
    const made = versionChange('a11-v2 1', { contentHash: 'h1', responses: 1 }, 'h2');
    expect(made.outcome).toBe('refused');
    expect(made.explanation).toContain('new version');
  });
  it('property: canonical JSON does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
      }),
    );
  });
});
