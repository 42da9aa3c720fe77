import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { legacySurvey, v2Survey } from '../../../test-support/cx-surveys.ts';
import { isNegativeResponse, validateAnswers } from './answer-validation.ts';
import { DRIVERS } from './survey-instrument.ts';

const v2 = v2Survey();
const five = v2Survey({ trustScale: 'five-point', positiveFrom: 4 });
const legacy = legacySurvey();

describe('A-11 Section 280 v2: drivers follow the trust answer', () => {
  it('positive drivers after thumbs up', () => {
    const checked = validateAnswers(v2, { trust: 'up', positive: ['ease', 'employee'] }, 2000);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect([...checked.answers.positive]).toEqual(['ease', 'employee']);
  });
  it('negative drivers after a positive answer are refused, naming the field', () => {
    const checked = validateAnswers(v2, { trust: 'up', negative: ['ease'] }, 2000);
    expect(checked).toMatchObject({ ok: false, problems: [{ field: 'negative' }] });
  });
  it('positive drivers after thumbs down are refused', () => {
    const checked = validateAnswers(v2, { trust: 'down', positive: ['ease'] }, 2000);
    expect(checked).toMatchObject({ ok: false, problems: [{ field: 'positive' }] });
  });
  it('an unknown driver names its position', () => {
    const checked = validateAnswers(v2, { trust: 'down', negative: ['speed'] }, 2000);
    expect(checked).toMatchObject({ ok: false, problems: [{ field: 'negative[0]' }] });
  });
  it('the trust answer is required and on its scale', () => {
    expect(validateAnswers(v2, {}, 2000)).toMatchObject({ ok: false, problems: [{ field: 'trust' }] });
    expect(validateAnswers(v2, { trust: 4 }, 2000)).toMatchObject({
      ok: false,
      problems: [{ field: 'trust' }],
    });
    expect(validateAnswers(five, { trust: 'up' }, 2000)).toMatchObject({
      ok: false,
      problems: [{ field: 'trust' }],
    });
  });
  it('on the five-point scale, 4 and 5 are positive', () => {
    const checked = validateAnswers(
      five,
      { trust: 2, negative: ['efficiency'], contactRequested: true },
      2000,
    );
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(isNegativeResponse(checked.answers)).toBe(true);
  });
  it('property: a driver is accepted exactly when its side matches the trust answer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('up', 'down'),
        fc.subarray([...DRIVERS]),
        fc.subarray([...DRIVERS]),
        (trust, positive, negative) => {
          const checked = validateAnswers(v2, { trust, positive, negative }, 2000);
          const allowed = trust === 'up' ? negative.length === 0 : positive.length === 0;
          expect(checked.ok).toBe(allowed);
        },
      ),
    );
  });
  it('free text longer than the limit is refused', () => {
    expect(validateAnswers(v2, { trust: 'up', freeText: 'x'.repeat(11) }, 10)).toMatchObject({
      ok: false,
      problems: [{ field: 'freeText' }],
    });
  });
});

describe('A-11 Section 280 legacy set: 1 to 5 on each statement', () => {
  it('accepts answers from 1 to 5', () => {
    const checked = validateAnswers(legacy, { legacy: { satisfaction: 5, trust: 1 } }, 2000);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(isNegativeResponse(checked.answers)).toBe(true);
  });
  it('refuses 0, 6 and unknown statements, each by field', () => {
    const checked = validateAnswers(legacy, { legacy: { satisfaction: 0, ease: 6, speed: 3 } }, 2000);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems.map((p) => p.field).sort()).toEqual([
        'legacy.ease',
        'legacy.satisfaction',
        'legacy.speed',
      ]);
  });
  it('refuses v2 answers on the legacy set', () => {
    expect(validateAnswers(legacy, { trust: 'up', legacy: { ease: 3 } }, 2000)).toMatchObject({
      ok: false,
      problems: [{ field: 'trust' }],
    });
  });
  it('property: every integer answer is accepted exactly when it is 1..5', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 9 }), (value) => {
        expect(validateAnswers(legacy, { legacy: { ease: value } }, 2000).ok).toBe(value >= 1 && value <= 5);
      }),
    );
  });
});
