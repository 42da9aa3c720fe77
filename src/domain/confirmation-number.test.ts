import { describe, expect, it } from 'vitest';
import { confirmationNumber, parseConfirmationNumber } from './confirmation-number.ts';

describe('confirmation numbers of recorded changes', () => {
  it('are short, grouped and read back to the transition id', () => {
    expect(confirmationNumber(1)).toMatch(/^PSHB-[0-9A-Z]{3}-[0-9A-Z]{4}$/);
    for (const id of [1, 2, 31, 32, 1000, 123_456, 987_654_321]) {
      expect(parseConfirmationNumber(confirmationNumber(id))).toBe(id);
    }
  });

  it('are read back however they are typed: lower case, spaces, O for 0, without the prefix', () => {
    const code = confirmationNumber(4242);
    const typed = code.toLowerCase().replace('pshb-', '').replace(/-/g, ' ').replace(/0/g, 'o');
    expect(parseConfirmationNumber(typed)).toBe(4242);
  });

  it('reject any one character mistyped and any two neighbours swapped', () => {
    const code = confirmationNumber(73_519)
      .replace(/^PSHB-/, '')
      .replace('-', '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < code.length; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        expect(parseConfirmationNumber(code.slice(0, i) + c + code.slice(i + 1))).toBeNull();
      }
      if (i + 1 < code.length && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(parseConfirmationNumber(swapped)).toBeNull();
      }
    }
  });

  it('are not made for ids out of range', () => {
    expect(() => confirmationNumber(0)).toThrow(RangeError);
    expect(parseConfirmationNumber('PSHB-123')).toBeNull();
  });
});
