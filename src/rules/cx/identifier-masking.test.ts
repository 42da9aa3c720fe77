import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MBI_LETTERS, MBI_POSITIONS } from '../../domain/medicare-number.ts';
import { maskIdentifiers } from './identifier-masking.ts';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

const ssn = fc
  .tuple(digits(3), digits(2), digits(4), fc.constantFrom('-', '', ' '))
  .map(([a, b, c, s]) => `${a}${s}${b}${s}${c}`);
const phone = fc
  .tuple(digits(3), digits(3), digits(4), fc.constantFrom('plain', 'dashes', 'dots', 'parens', 'intl'))
  .map(([a, b, c, style]) =>
    style === 'plain'
      ? `${a}${b}${c}`
      : style === 'dashes'
        ? `${a}-${b}-${c}`
        : style === 'dots'
          ? `${a}.${b}.${c}`
          : style === 'parens'
            ? `(${a}) ${b}-${c}`
            : `+1 ${a} ${b} ${c}`,
  );
const mbiChar = (kind: (typeof MBI_POSITIONS)[number]) =>
  kind === 'nonzero digit'
    ? fc.constantFrom(...'123456789')
    : kind === 'digit'
      ? fc.constantFrom(...'0123456789')
      : kind === 'letter'
        ? fc.constantFrom(...MBI_LETTERS)
        : fc.constantFrom(...MBI_LETTERS, ...'0123456789');
const mbi = fc
  .tuple(fc.tuple(...MBI_POSITIONS.map(mbiChar)), fc.boolean(), fc.boolean())
  .map(([chars, dashed, lower]) => {
    const text = dashed
      ? `${chars.slice(0, 4).join('')}-${chars.slice(4, 7).join('')}-${chars.slice(7).join('')}`
      : chars.join('');
    return lower ? text.toLowerCase() : text;
  });
const email = fc.emailAddress();
const identifier = fc.oneof(ssn, phone, mbi, email);
/** Text dense in the characters the screen looks for, where a mask could be taken for part of an identifier. */
const punctuated = fc
  .array(fc.constantFrom(...'@[]().-+!/ 1aA'), { maxLength: 16 })
  .map((chars) => chars.join(''));

describe('5 U.S.C. 552a(e)(1) / A-11 Section 280: personal identifiers are masked in free text', () => {
  it('masks an SSN with and without dashes, a Medicare number, a phone number and an e-mail address', () => {
    const masked = maskIdentifiers(
      'My SSN is 123-45-6789 (or 123456789), MBI 1EG4-TE5-MK73, call 555-867-5309 or write to jo@example.com.',
    );
    expect(masked.text).toBe(
      'My SSN is [SSN removed] (or [SSN removed]), MBI [Medicare number removed], call [phone removed] or write to [email removed].',
    );
    expect(masked.found).toEqual({ email: 1, medicare_number: 1, ssn: 2, phone: 1, number: 0 });
  });

  it('leaves ordinary text, dates and short numbers alone', () => {
    const text = 'I called on 2024-11-15 about plan 481, waited 20 minutes; the agent was great!';
    expect(maskIdentifiers(text).text).toBe(text);
  });

  it('property: no generated identifier survives masking, whatever text surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), identifier, fc.string(), (before, id, after) => {
        const masked = maskIdentifiers(`${before}${id}${after}`).text;
        expect(masked.includes(id)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('masks text that already holds a mask only once', () => {
    const once = maskIdentifiers('!@!@/ 1AA0AA0AA00').text;
    expect(once).toBe('!@[email removed] [Medicare number removed]');
    expect(maskIdentifiers(once).text).toBe(once);
  });

  it('property: masking is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), punctuated), identifier, (text, id) => {
        const once = maskIdentifiers(`${text} ${id}`).text;
        expect(maskIdentifiers(once).text).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });
});
