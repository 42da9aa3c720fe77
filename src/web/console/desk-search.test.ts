import { describe, expect, it } from 'vitest';
import { folded, matchesQuery } from './desk-search.ts';

describe('desk search', () => {
  it('ignores case and accents', () => {
    expect(folded('Inscripción ÁÉ')).toBe('inscripcion ae');
    expect(matchesQuery('INSCRIPCION', ['La inscripción entra en vigor'])).toBe(true);
  });

  it('needs every word of the query, in any of the texts', () => {
    const texts = ['When an open season choice takes effect', 'January 1 of the next year'];
    expect(matchesQuery('open january', texts)).toBe(true);
    expect(matchesQuery('open medicare', texts)).toBe(false);
    expect(matchesQuery('   ', texts)).toBe(true);
  });
});
