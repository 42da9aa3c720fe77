import { describe, expect, it } from 'vitest';
import { citationKey } from './citation-labels.ts';

describe('citationKey', () => {
  it('turns a citation into a key without dots or brackets', () => {
    expect(citationKey('5 CFR 890.1603(c)(1)')).toBe('890_1603_c_1');
    expect(citationKey('5 CFR 890.1604(d)(1)(i)')).toBe('890_1604_d_1_i');
    expect(citationKey('5 U.S.C. 8903c(a)')).toBe('8903c_a');
  });
});
