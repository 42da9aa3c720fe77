import { describe, expect, it } from 'vitest';
import { checkRatingForm, EMPTY_RATING_FORM, ratingBody } from './rating-form-values.ts';

describe('the record-a-rating form', () => {
  it('names every missing field', () => {
    expect(checkRatingForm(EMPTY_RATING_FORM)).toEqual({
      dimension: 'choose',
      rating: 'choose',
      evidenceLabel: 'required',
      evidenceLink: 'required',
    });
    expect(checkRatingForm({ ...EMPTY_RATING_FORM, dimension: 'speed', rating: '6' })).toMatchObject({
      dimension: 'choose',
      rating: 'choose',
    });
  });

  it('sends the rating with its one evidence link, trimmed', () => {
    const values = {
      dimension: 'measurement',
      rating: '3',
      summary: ' Surveys after each transaction. ',
      evidenceLabel: ' Quarterly CX data ',
      evidenceLink: '/api/v1/cx/report?fiscalYear=2025&quarter=4 ',
    };
    expect(checkRatingForm(values)).toEqual({});
    expect(ratingBody(values)).toEqual({
      dimension: 'measurement',
      rating: 3,
      summary: 'Surveys after each transaction.',
      evidence: [{ label: 'Quarterly CX data', link: '/api/v1/cx/report?fiscalYear=2025&quarter=4' }],
    });
  });
});
