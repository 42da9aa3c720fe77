// An invitation's link: the survey form's address with the token and the invitation's language.
import { describe, expect, it } from 'vitest';
import { CX_TEST_KEYS } from '../../../test-support/cx-fixtures.ts';
import { invitationLink } from './invitation-link.ts';

describe('invitationLink', () => {
  it('points to the survey form with the language as ?lang=', () => {
    expect(invitationLink('abc_-1', 'es')).toBe('/survey/abc_-1?lang=es');
    expect(invitationLink('abc', 'en', 'https://pshb.example/')).toBe(
      'https://pshb.example/survey/abc?lang=en',
    );
  });

  it('keeps a real token as it is, and escapes anything else', () => {
    const token = CX_TEST_KEYS.tokenFor('election', 'election:1:season:2024-11-12');
    expect(invitationLink(token, 'en')).toBe(`/survey/${token}?lang=en`);
    expect(invitationLink('a/b?c', 'en')).toBe('/survey/a%2Fb%3Fc?lang=en');
  });
});
