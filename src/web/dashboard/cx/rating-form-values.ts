// The "record a rating" form as typed, checked before sending, and turned into the body of
// POST /api/v1/cx/maturity/{year}/ratings (one evidence link, which a rating needs at least).
import { MATURITY_DIMENSIONS, MATURITY_RATINGS } from './cx-labels.ts';

export interface RatingFormValues {
  readonly dimension: string;
  readonly rating: string;
  readonly summary: string;
  readonly evidenceLabel: string;
  readonly evidenceLink: string;
}

export type RatingField = keyof RatingFormValues;
export const RATING_FIELDS: readonly RatingField[] = [
  'dimension',
  'rating',
  'summary',
  'evidenceLabel',
  'evidenceLink',
];

export const EMPTY_RATING_FORM: RatingFormValues = {
  dimension: '',
  rating: '',
  summary: '',
  evidenceLabel: '',
  evidenceLink: '',
};

/** The problem's message key under cx.maturity.form.errors. */
export type RatingProblem = 'choose' | 'required';

export function checkRatingForm(values: RatingFormValues): Partial<Record<RatingField, RatingProblem>> {
  const problems: Partial<Record<RatingField, RatingProblem>> = {};
  if (!(MATURITY_DIMENSIONS as readonly string[]).includes(values.dimension)) problems.dimension = 'choose';
  if (!(MATURITY_RATINGS as readonly number[]).includes(Number(values.rating)) || values.rating === '')
    problems.rating = 'choose';
  if (values.evidenceLabel.trim() === '') problems.evidenceLabel = 'required';
  if (values.evidenceLink.trim() === '') problems.evidenceLink = 'required';
  return problems;
}

export function ratingBody(values: RatingFormValues) {
  return {
    dimension: values.dimension,
    rating: Number(values.rating),
    summary: values.summary.trim(),
    evidence: [{ label: values.evidenceLabel.trim(), link: values.evidenceLink.trim() }],
  };
}
