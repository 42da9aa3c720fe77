// Asking for reconsideration (5 CFR 890.1607): which decision (a recorded change, or another decision
// named with its date), why, and whether the person was not told of it or was kept from asking in time.
import { hasErrors, type FieldErrors } from '../forms/field-errors.ts';
import { isoDateOf } from './memorable-date-value.ts';

export const OTHER_DECISION = 'other';

export interface ReconsiderationValues {
  /** A transition id, or OTHER_DECISION. */
  readonly decision: string;
  readonly subject: string;
  readonly month: string;
  readonly day: string;
  readonly year: string;
  readonly grounds: string;
  readonly notNotified: boolean;
  readonly prevented: boolean;
}

export type ReconsiderationField = 'decision' | 'subject' | 'decisionDate' | 'grounds';

export const EMPTY_RECONSIDERATION: ReconsiderationValues = {
  decision: '',
  subject: '',
  month: '',
  day: '',
  year: '',
  grounds: '',
  notNotified: false,
  prevented: false,
};

export const GROUNDS_MAX = 4000;

export function reconsiderationRequest(
  values: ReconsiderationValues,
): { readonly body: object } | { readonly errors: FieldErrors<ReconsiderationField> } {
  const errors: FieldErrors<ReconsiderationField> = {};
  const other = values.decision === OTHER_DECISION;
  if (!values.decision) errors.decision = 'reconsideration.errors.decision';
  if (other && !values.subject.trim()) errors.subject = 'reconsideration.errors.subject';
  const decidedOn = other ? isoDateOf(values.month, values.day, values.year) : null;
  if (other && decidedOn === null) errors.decisionDate = 'reconsideration.errors.decisionDate';
  if (!values.grounds.trim()) errors.grounds = 'reconsideration.errors.grounds';
  else if (values.grounds.length > GROUNDS_MAX) errors.grounds = 'reconsideration.errors.groundsTooLong';
  if (hasErrors(errors)) return { errors };
  const contested = other
    ? { subject: values.subject.trim(), initialDecisionOn: decidedOn }
    : { transitionId: Number(values.decision) };
  return {
    body: {
      ...contested,
      grounds: values.grounds.trim(),
      notNotified: values.notNotified,
      preventedByCircumstancesBeyondControl: values.prevented,
    },
  };
}
