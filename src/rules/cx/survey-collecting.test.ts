import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { v2Survey } from '../../../test-support/cx-surveys.ts';
import { surveyCollecting } from './survey-collecting.ts';

describe('5 CFR 1320.6 / 44 U.S.C. 3512: a survey collects only while its OMB approval is current', () => {
  const survey = v2Survey({ pra: { ...v2Survey().pra, expiresOn: '2025-09-30' } });

  it('collects through its expiration date', () => {
    expect(surveyCollecting(survey, '2025-09-30').outcome).toBe('collecting');
  });

  it('refuses from the day after, and says so with the control number', () => {
    const made = surveyCollecting(survey, '2025-10-01');
    expect(made.outcome).toBe('expired');
    expect(made.explanation).toContain('3206-0000');
    expect(made.explanation).toContain('2025-09-30');
    expect(made.citations).toContain('5 CFR 1320.6');
  });

  it('property: collecting exactly when today is not after the expiration date', () => {
    const day = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (expires, today) => {
        const s = v2Survey({ pra: { ...survey.pra, expiresOn: expires } });
        expect(surveyCollecting(s, today).outcome === 'collecting').toBe(today <= expires);
      }),
    );
  });
});
