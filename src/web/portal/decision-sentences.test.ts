import { describe, expect, it } from 'vitest';
import { decisionSentenceKey } from './decision-sentences.ts';
import en from '../i18n/locales/en/portal.json';

const lookup = (key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);

describe('decisionSentenceKey', () => {
  it.each([
    ['eligibility', 'eligible', 'outcomes.eligibility.eligible'],
    ['part-b', 'pending_evidence', 'outcomes.partB.pending_evidence'],
    ['enrollment', 'automatic_enrollment', 'outcomes.enrollment.automatic_enrollment'],
  ])('maps %s %s to a plain sentence', (rule, outcome, key) => {
    expect(decisionSentenceKey({ rule, outcome })).toBe(key);
    expect(typeof lookup(key)).toBe('string');
  });

  it('leaves an outcome it does not know to the API explanation', () => {
    expect(decisionSentenceKey({ rule: 'enrollment', outcome: 'something_new' })).toBeNull();
    expect(decisionSentenceKey({ rule: 'life-event', outcome: 'change_permitted' })).toBeNull();
  });

  it('has an English sentence for every known outcome', () => {
    const known = {
      eligibility: ['eligible', 'not_eligible'],
      'part-b': ['not_required', 'enrolled', 'excepted', 'pending_evidence', 'required_not_enrolled'],
      enrollment: ['open_season_election', 'automatic_enrollment', 'not_enrolled', 'open_season_decline'],
    };
    for (const [rule, outcomes] of Object.entries(known)) {
      for (const outcome of outcomes) {
        const key = decisionSentenceKey({ rule, outcome });
        expect(key && typeof lookup(key), `${rule} ${outcome}`).toBe('string');
      }
    }
  });
});
